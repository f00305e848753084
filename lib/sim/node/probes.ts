// The kubelet prober (pkg/kubelet/prober worker.go, prober.go, prober_manager.go): one worker per
// container and probe type, ticking every periodSeconds on a periodic timer (settle() does not
// wait for it). Readiness starts as Failure, liveness as Success, startup as Unknown; a result
// counts only after successThreshold/failureThreshold identical results in a row. The startup
// probe gates the others; a liveness/startup failure kills the container and holds the worker
// until a new container ID appears. What a probe sees is decided by the simulated app (app.ts).
import type { ControllerContext, KubeObject } from "../types";
import type { KubeletState, PState } from "./kubelet";
import { changePoints, runProbe } from "./app";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const PROBE_TYPES = ["startup", "liveness", "readiness"] as const;
export type ProbeType = (typeof PROBE_TYPES)[number];
type Result = "success" | "failure" | "unknown";

export interface ProbeState {
  /** Container ID the results belong to; a new one resets the result to its initial value. */
  cid: string;
  result: Result;
  lastResult: Result;
  run: number;
  onHold?: boolean;
}

/** `init`: the container is a sidecar (restartable init container) at initContainers[i]. */
export interface ProbeTimer { key: string; uid: string; i: number; type: ProbeType; init?: boolean }

export interface ProbeHooks {
  state(ctx: ControllerContext): KubeletState;
  writeStatus(pod: KubeObject, ps: PState, ctx: ControllerContext): void;
  kill(pod: KubeObject, ps: PState, i: number, type: ProbeType, ctx: ControllerContext, init?: boolean): void;
  /** A sidecar passed its startup probe: the kubelet may move on to the next init container. */
  sidecarStarted?(pod: KubeObject, ps: PState, i: number, ctx: ControllerContext): void;
}

/** The container spec and kubelet state a worker probes (a sidecar's live in the init lists). */
const target = (pod: KubeObject, ps: PState, i: number, init?: boolean) =>
  ({ spec: (init ? pod.spec.initContainers : pod.spec.containers)?.[i], c: (init ? ps.init : ps.app)[i] });

const initial = (type: ProbeType): Result => (type === "readiness" ? "failure" : type === "liveness" ? "success" : "unknown");
const title = (type: ProbeType) => `${type[0]!.toUpperCase()}${type.slice(1)}`;
const keyOf = (p: KubeObject) => `${p.metadata.namespace}/${p.metadata.name}`;
const periodMs = (probe: any) => Math.max(1, probe.periodSeconds ?? 10) * 1000;

/** prober_manager.AddPod: a worker per probe of every app container and sidecar, first tick one period on. */
export function startProbeWorkers(pod: KubeObject, uid: string, ctx: ControllerContext): void {
  const add = (spec: any, i: number, init: boolean) => {
    for (const type of PROBE_TYPES) {
      const probe = spec[`${type}Probe`];
      // The first tick counts as pending work: only then can the worker tell whether it is in motion.
      if (probe) ctx.schedule(periodMs(probe), { kind: "kubelet.probe", payload: { key: keyOf(pod), uid, i, type, ...(init ? { init } : {}) } satisfies ProbeTimer });
    }
  };
  (pod.spec.initContainers ?? []).forEach((spec: any, i: number) => { if (spec.restartPolicy === "Always") add(spec, i, true); });
  (pod.spec.containers ?? []).forEach((spec: any, i: number) => add(spec, i, false));
}

/** One worker tick: probe, then schedule the next tick unless the worker stops. */
export function probeTick(t: ProbeTimer, ctx: ControllerContext, hooks: ProbeHooks): void {
  const st = hooks.state(ctx);
  const ps = st.pods[t.key];
  const [ns, name] = t.key.split("/") as [string, string];
  const pod = ctx.lister.get("pods", ns, name);
  // The worker stops with its pod (deleted, replaced, terminating or terminal).
  if (!pod || !ps || ps.uid !== t.uid || pod.metadata.uid !== t.uid || ps.killing) return;
  if (pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed") return;
  const { spec, c } = target(pod, ps, t.i, t.init);
  const probe = spec?.[`${t.type}Probe`];
  if (!probe || !c) return;
  // A terminated container that will not be restarted ends the worker (worker.go doProbe).
  if (c.state.terminated && (t.init ? ps.finishing : pod.spec.restartPolicy === "Never")) return;
  const down = st.downNodes.includes(ps.node);
  if (!down) doProbe(pod, ps, t.i, t.type, ctx, hooks, t.init); // a stopped kubelet does not probe
  ctx.schedule(periodMs(probe), { kind: "kubelet.probe", payload: t, periodic: down || !inMotion(pod, ps, t.i, t.type, ctx, t.init) });
}

/**
 * Will this worker's result still change (the app's answer differs from the current result now
 * or at one of its change points)? Then its tick is real pending work and settle() waits for it;
 * a worker in a steady state ticks as periodic housekeeping.
 */
function inMotion(pod: KubeObject, ps: PState, i: number, type: ProbeType, ctx: ControllerContext, init?: boolean): boolean {
  const { spec, c } = target(pod, ps, i, init);
  const probe = spec[`${type}Probe`];
  if (!c) return false;
  if (!c.state.running || !c.imageID) return false;
  if (c.started ? type === "startup" : type !== "startup") return false;
  const w = c.probes?.[type];
  if (w?.onHold) return false;
  const current = w && w.cid === c.imageID ? w.result : initial(type);
  const since = ctx.now() - (c.startedMs ?? ctx.now());
  const delay = (probe.initialDelaySeconds ?? 0) * 1000;
  const times = [since + periodMs(probe), ...changePoints(spec).filter((x) => x > since)].map((x) => Math.max(x, delay));
  return times.some((x) => (runProbe(probe, spec, ps.ip, x).ok ? "success" : "failure") !== current);
}

/** The manual trigger of UpdatePodStatus: run the worker now without moving its ticker. */
export function triggerProbe(pod: KubeObject, ps: PState, i: number, type: ProbeType, ctx: ControllerContext, hooks: ProbeHooks, init?: boolean): void {
  doProbe(pod, ps, i, type, ctx, hooks, init);
}

function doProbe(pod: KubeObject, ps: PState, i: number, type: ProbeType, ctx: ControllerContext, hooks: ProbeHooks, init?: boolean): void {
  const { spec, c } = target(pod, ps, i, init);
  const probe = spec[`${type}Probe`];
  if (!c || !c.state.running || !c.imageID) return;
  const probes = (c.probes ??= {});
  let w = probes[type];
  if (!w || w.cid !== c.imageID) {
    // New container: results start over and a held worker resumes.
    w = probes[type] = { cid: c.imageID, result: initial(type), lastResult: w?.lastResult ?? "unknown", run: w?.run ?? 0 };
  }
  if (w.onHold) return;
  const sinceStart = ctx.now() - (c.startedMs ?? ctx.now());
  if (sinceStart < (probe.initialDelaySeconds ?? 0) * 1000) return;
  if (c.started ? type === "startup" : type !== "startup") return;

  const out = runProbe(probe, spec, ps.ip, sinceStart);
  const result: Result = out.ok ? "success" : "failure";
  if (!out.ok) ctx.event(pod, "Warning", "Unhealthy", `${title(type)} probe failed: ${out.output}`);
  if (w.lastResult === result) w.run++;
  else {
    w.lastResult = result;
    w.run = 1;
  }
  if ((result === "failure" && w.run < (probe.failureThreshold ?? 3)) || (result === "success" && w.run < (probe.successThreshold ?? 1))) return;
  const changed = w.result !== result;
  w.result = result;
  if (result === "failure" && type !== "readiness") {
    w.onHold = true;
    w.run = 0;
    return hooks.kill(pod, ps, i, type, ctx, init);
  }
  if (!changed) return;
  if (type === "readiness") {
    c.ready = result === "success";
    hooks.writeStatus(pod, ps, ctx);
  } else if (type === "startup" && result === "success") {
    c.started = true;
    c.ready = !spec.readinessProbe;
    hooks.writeStatus(pod, ps, ctx);
    if (init) hooks.sidecarStarted?.(pod, ps, i, ctx);
    if (spec.readinessProbe) doProbe(pod, ps, i, "readiness", ctx, hooks, init);
  }
}
