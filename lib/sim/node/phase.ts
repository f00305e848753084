// Pod phase from container states (kubelet_pods.go#getPhase) and the Ready/ContainersReady
// conditions (status/generate.go).


export type RestartPolicy = "Always" | "OnFailure" | "Never";

/** Container status as the API shows it (state.running / waiting / terminated). */
export interface ContainerStatusLike {
  state?: { running?: object; waiting?: { reason?: string }; terminated?: { exitCode?: number; reason?: string } };
  lastState?: { terminated?: object };
  ready?: boolean;
  started?: boolean;
}

export function podPhase(restartPolicy: RestartPolicy, initStatuses: readonly ContainerStatusLike[],
  statuses: readonly ContainerStatusLike[], specContainers: number,
  /** Per init status: a restartable (sidecar) init container (restartPolicy Always). */
  sidecars: readonly boolean[] = [],
  /** The pod has initialized before (a regular container started): restarting sidecars no longer hold it Pending. */
  initialized = false): string {
  let pendingInit = 0;
  let failedInit = 0;
  let pendingSidecars = 0;
  let running = 0, waiting = 0, stopped = 0, succeeded = 0;
  initStatuses.forEach((s, i) => {
    const t = s.state?.terminated;
    if (sidecars[i]) {
      // Sidecars count as running while they run; a stopped (or restarting) one is ignored.
      if (s.state?.running) {
        running++;
        if (!s.started) pendingSidecars++;
      } else if (!t && !s.lastState?.terminated) {
        pendingSidecars++;
        waiting++;
      }
      return;
    }
    if (t && (t.exitCode ?? 0) === 0) return;
    if (t) { failedInit++; return; }
    pendingInit++;
  });
  if (failedInit > 0 && restartPolicy === "Never") return "Failed";
  if (pendingInit > 0 || failedInit > 0 || (pendingSidecars > 0 && !initialized)) return "Pending";
  for (const s of statuses) {
    if (s.state?.running) running++;
    else if (s.state?.terminated) {
      stopped++;
      if ((s.state.terminated.exitCode ?? 0) === 0) succeeded++;
    } else if (s.state?.waiting) {
      // A waiting container that ran before counts as stopped (it will be restarted).
      if (s.lastState?.terminated) stopped++;
      else waiting++;
    } else waiting++;
  }
  waiting += Math.max(0, specContainers - statuses.length);
  if (waiting > 0) return "Pending";
  if (running > 0) return "Running";
  if (stopped === specContainers && stopped > 0) {
    if (restartPolicy === "Always") return "Running";
    if (succeeded === stopped) return "Succeeded";
    if (restartPolicy === "OnFailure") return "Running";
    return "Failed";
  }
  return "Pending";
}

/** ContainersReady and Ready: all containers ready (and every readiness gate True). */
export function readyConditions(statuses: readonly ContainerStatusLike[], specContainers: number, gatesTrue = true):
  { ContainersReady: "True" | "False"; Ready: "True" | "False" } {
  const all = statuses.length === specContainers && statuses.every((s) => s.ready);
  const cr = all ? "True" : "False";
  return { ContainersReady: cr, Ready: all && gatesTrue ? "True" : "False" };
}
