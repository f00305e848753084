// kubectl's printPod (pkg/printers/internalversion/printers.go): READY, STATUS and RESTARTS.
import type { KubeObject } from "../types";
import { rfc3339ToMs, sinceText } from "../node/time";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Status = any;

export interface PodCells {
  ready: string;
  status: string;
  restarts: string;
}

function isRestartableInit(pod: KubeObject, name: string): boolean {
  const c = (pod.spec?.initContainers ?? []).find((x: any) => x.name === name);
  return c?.restartPolicy === "Always";
}

/** Cells READY, STATUS, RESTARTS computed exactly as kubectl 1.34 does. */
export function podCells(pod: KubeObject, nowVirtualMs: number, epochMs?: number): PodCells {
  const status: Status = pod.status ?? {};
  // Sidecars (restartable init containers) count in READY's total.
  const total = (pod.spec?.containers ?? []).length +
    (pod.spec?.initContainers ?? []).filter((c: any) => c.restartPolicy === "Always").length;
  let ready = 0;
  let restarts = 0;
  let sidecarRestarts = 0;
  let lastRestart = "";
  let lastSidecarRestart = "";
  const later = (a: string, b: string | undefined) => (b && (!a || rfc3339ToMs(b) > rfc3339ToMs(a)) ? b : a);
  const phase: string = status.phase ?? "";
  let reason: string = status.reason || phase;
  for (const c of status.conditions ?? []) {
    if (c.type === "PodScheduled" && c.reason === "SchedulingGated") reason = "SchedulingGated";
  }
  const inits: Status[] = status.initContainerStatuses ?? [];
  const initCount = (pod.spec?.initContainers ?? []).length;
  let initializing = false;
  for (let i = 0; i < inits.length; i++) {
    const c = inits[i];
    restarts += c.restartCount ?? 0;
    const fin = c.lastState?.terminated?.finishedAt;
    lastRestart = later(lastRestart, fin);
    const sidecar = isRestartableInit(pod, c.name);
    if (sidecar) {
      sidecarRestarts += c.restartCount ?? 0;
      lastSidecarRestart = later(lastSidecarRestart, fin);
    }
    const t = c.state?.terminated;
    const w = c.state?.waiting;
    if (t && (t.exitCode ?? 0) === 0) continue;
    if (sidecar && c.started) {
      if (c.ready) ready++;
      continue;
    }
    if (t) {
      if (!t.reason) reason = t.signal ? `Init:Signal:${t.signal}` : `Init:ExitCode:${t.exitCode ?? 0}`;
      else reason = `Init:${t.reason}`;
    } else if (w?.reason && w.reason !== "PodInitializing") {
      reason = `Init:${w.reason}`;
    } else {
      reason = `Init:${i}/${initCount}`;
    }
    initializing = true;
    break;
  }
  const initializedTrue = (status.conditions ?? []).some((c: any) => c.type === "Initialized" && c.status === "True");
  if (!initializing || initializedTrue) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    const cs: Status[] = status.containerStatuses ?? [];
    for (let i = cs.length - 1; i >= 0; i--) {
      const c = cs[i];
      restarts += c.restartCount ?? 0;
      lastRestart = later(lastRestart, c.lastState?.terminated?.finishedAt);
      const w = c.state?.waiting;
      const t = c.state?.terminated;
      if (w?.reason) reason = w.reason;
      else if (t?.reason) reason = t.reason;
      else if (t) reason = t.signal ? `Signal:${t.signal}` : `ExitCode:${t.exitCode ?? 0}`;
      else if (c.ready && c.state?.running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === "Completed" && hasRunning) {
      const podReady = (status.conditions ?? []).some((c: any) => c.type === "Ready" && c.status === "True");
      reason = podReady ? "Running" : "NotReady";
    }
  }
  if (pod.metadata.deletionTimestamp && status.reason === "NodeLost") reason = "Unknown";
  else if (pod.metadata.deletionTimestamp && phase !== "Succeeded" && phase !== "Failed") reason = "Terminating";
  let restartsText = String(restarts);
  if (restarts !== 0 && lastRestart) restartsText = `${restarts} (${sinceText(lastRestart, nowVirtualMs, epochMs)} ago)`;
  return { ready: `${ready}/${total}`, status: reason, restarts: restartsText };
}

/** -o wide READINESS GATES: "<true>/<total>" or <none>. */
export function readinessGatesCell(pod: KubeObject): string {
  const gates: any[] = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return "<none>";
  const conds: any[] = pod.status?.conditions ?? [];
  const trueCount = gates.filter((g) => conds.some((c) => c.type === g.conditionType && c.status === "True")).length;
  return `${trueCount}/${gates.length}`;
}
