// The kubelet of every node as one controller keyed by pod (deterministic order): sandbox + IP,
// image pulls with back-off, container start/exit/restart with CrashLoopBackOff, probes
// (prober workers on periodic timers, node/probes.ts), env from ConfigMaps/Secrets, graceful
// termination. Timers carry a generation so a stale timer (container restarted or pod deleted
// meanwhile) does nothing. While a node's kubelet is down its due timers are deferred and
// replayed in order when it comes back (the kubelet resyncs what happened meanwhile).
import type { Controller, ControllerContext, KubeObject, WatchEvent } from "../types";
import { backoffGet, backoffNext, CONTAINER_BACKOFF, IMAGE_BACKOFF, type BackoffEntry } from "./backoff";
import { goDuration, lookupImage, normalizeImage, pullErrorMessage, pullMs } from "./images";
import { behaviourOf } from "./app";
import { heartbeat, postStatusIfNeeded, startHeartbeat, type HeartbeatState } from "./heartbeat";
import { PROBE_TYPES, probeTick, startProbeWorkers, triggerProbe, type ProbeState, type ProbeTimer } from "./probes";
import { alreadyPresentMessage, backOffPullMessage, backOffRestartMessage, formatPod, pullingMessage } from "./messages";
import { podPhase, readyConditions } from "./phase";
import { userEnv } from "../network/programs/env";
import { mountedFiles, projectVolumes, subPathCopies, VOLUME_SYNC_MS, type ProjectedVolumes } from "./volumes";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface CState {
  needsPrepare?: boolean; state: any; lastState: any; restartCount: number; ready: boolean; gen: number;
  /** Exited and due to be restarted: restartCount goes up when the new container is created. */
  restarting?: boolean;
  /** The image the container was prepared with (pulled/started); a different spec image is a definition change. */
  image?: string;
  /** Being stopped because its definition changed; restarted at once when it exits. */
  replacing?: boolean;
  pullBackoff?: BackoffEntry; crashBackoff?: BackoffEntry; imageID?: string;
  /** Virtual ms the running container started (initialDelaySeconds, app behaviour over time). */
  startedMs?: number;
  /** containerStatuses[].started: running and past its startup probe. */
  started?: boolean;
  probes?: Partial<Record<(typeof PROBE_TYPES)[number], ProbeState>>;
  /** Exited and will not be restarted (restartPolicy Never/OnFailure). */
  done?: boolean;
  /** env/envFrom as resolved when this container was created: later ConfigMap/Secret edits do not reach it. */
  env?: [string, string][];
  /** subPath mounts of ConfigMap/Secret volumes: copies taken when the container started. */
  subPaths?: Record<string, string>;
}
export interface PState {
  uid: string; node: string; ip: string; init: CState[]; app: CState[]; killing?: boolean; startTime: string;
  /** The regular containers were started: the pod has initialized (restarting sidecars no longer hold it). */
  initialized?: boolean;
  /** Every regular container is done: the sidecars are being stopped and are not restarted. */
  finishing?: boolean;
  /** ConfigMap/Secret volume files, refreshed on each periodic pod sync (node/volumes.ts). */
  volumes?: ProjectedVolumes;
}
export interface KubeletState {
  pods: Record<string, PState>; images: Record<string, string[]>; nextIp: Record<string, number>; downNodes: string[];
  /** Node heartbeat loops (lease renewals, status reports). */
  heartbeat?: HeartbeatState;
  /** Timers that fell due while their node's kubelet was down, replayed on recovery. */
  deferred?: Record<string, { kind: string; payload: unknown }[]>;
}

export const emptyState = (): KubeletState => ({ pods: {}, images: {}, nextIp: {}, downNodes: [] });

/** What a running container of this pod (same uid) sees: the env it was created with and its mounted ConfigMap/Secret files. */
export function containerView(st: KubeletState, pod: KubeObject, container: string): { env?: [string, string][]; files: Record<string, string> } | undefined {
  const ps = st.pods[`${pod.metadata.namespace}/${pod.metadata.name}`];
  if (!ps || ps.uid !== pod.metadata.uid) return undefined;
  const app = (pod.spec?.containers ?? []).findIndex((c: { name: string }) => c.name === container);
  const init = (pod.spec?.initContainers ?? []).findIndex((c: { name: string }) => c.name === container);
  const c = app >= 0 ? ps.app[app] : init >= 0 ? ps.init[init] : undefined;
  const spec = app >= 0 ? pod.spec.containers[app] : init >= 0 ? pod.spec.initContainers[init] : undefined;
  if (!c || !spec) return undefined;
  return { env: c.env, files: mountedFiles(spec, ps.volumes ?? {}, c.subPaths) };
}
interface Timer { key: string; uid: string; init: boolean; i: number; gen: number; forcedExit?: number; probeKill?: boolean; specChanged?: boolean }

export const KUBELET = "kubelet";
const keyOf = (p: KubeObject) => `${p.metadata.namespace}/${p.metadata.name}`;
const containerID = (ctx: ControllerContext) => `containerd://${ctx.random.string(64, "0123456789abcdef")}`;

export const kubelet: Controller = {
  name: KUBELET,
  watches: ["pods", "nodes"],
  keysFor: (e: WatchEvent) => {
    // A registered node starts its kubelet's heartbeat loop ("node:" cannot be a namespace).
    if (e.resource === "nodes") return e.type === "ADDED" ? [`node:${e.object.metadata.name}`] : [];
    return e.object.spec?.nodeName ? [keyOf(e.object)] : [];
  },
  reconcile(key, ctx) {
    const st = ctx.state(emptyState);
    if (key.startsWith("node:")) return startHeartbeat(key.slice(5), (st.heartbeat ??= { lastReport: {} }), ctx);
    const [ns, name] = key.split("/") as [string, string];
    const pod = ctx.lister.get("pods", ns, name);
    const ps = st.pods[key];
    if (!pod || (ps && ps.uid !== pod.metadata.uid)) delete st.pods[key];
    if (!pod || st.downNodes.includes(pod.spec.nodeName)) return;
    if (!st.pods[key]) {
      if (pod.metadata.deletionTimestamp) return void ctx.api.delete("pods", ns, name, { gracePeriodSeconds: 0 });
      if (pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed") return;
      return startPod(pod, st, ctx);
    }
    if (pod.metadata.deletionTimestamp) {
      if (!st.pods[key]!.killing) killPod(pod, st.pods[key]!, ctx);
    } else syncImageChanges(pod, st.pods[key]!, ctx);
  },
  timers: {
    "kubelet.run": (p, ctx) => withTimer("kubelet.run", p as Timer, ctx, runContainer),
    "kubelet.exit": (p, ctx) => withTimer("kubelet.exit", p as Timer, ctx, containerExited),
    "kubelet.probe": (p, ctx) => probeTick(p as ProbeTimer, ctx, probeHooks),
    // Periodic pod sync: ConfigMap/Secret volumes are re-projected (a stopped kubelet skips it).
    "kubelet.syncVolumes": (p, ctx) => {
      const { key, uid } = p as { key: string; uid: string };
      const ps = ctx.state(emptyState).pods[key];
      const [ns, name] = key.split("/") as [string, string];
      const pod = ctx.lister.get("pods", ns, name);
      if (!pod || !ps || ps.uid !== uid || ps.killing) return;
      if (!ctx.state(emptyState).downNodes.includes(ps.node)) ps.volumes = projectVolumes(pod, ctx.lister);
      ctx.schedule(VOLUME_SYNC_MS, { kind: "kubelet.syncVolumes", payload: { key, uid }, periodic: true });
    },
    "kubelet.heartbeat": (p, ctx) => {
      const st = ctx.state(emptyState);
      const node = (p as { node: string }).node;
      heartbeat(node, (st.heartbeat ??= { lastReport: {} }), st.downNodes.includes(node), ctx);
    },
    "kubelet.pullBackOff": (p, ctx) => withTimer("kubelet.pullBackOff", p as Timer, ctx, (pod, ps, c, t) => {
      const spec = specOf(pod, t);
      c.state = { waiting: { reason: "ImagePullBackOff", message: backOffPullMessage(spec.image) } };
      ctx.event(pod, "Normal", "BackOff", backOffPullMessage(spec.image));
      ctx.event(pod, "Warning", "Failed", "Error: ImagePullBackOff");
      writeStatus(pod, ps, ctx);
    }),
    "kubelet.killed": (p, ctx) => {
      const t = p as Timer;
      const [ns, name] = t.key.split("/") as [string, string];
      const pod = ctx.lister.get("pods", ns, name);
      if (!pod || pod.metadata.uid !== t.uid) return;
      const st = ctx.state(emptyState);
      // A stopped kubelet cannot confirm the deletion: it does so when it comes back.
      if (st.downNodes.includes(pod.spec.nodeName)) return void ((st.deferred ??= {})[pod.spec.nodeName] ??= []).push({ kind: "kubelet.killed", payload: t });
      ctx.api.delete("pods", ns, name, { gracePeriodSeconds: 0 });
    },
  },
};

function withTimer(kind: string, t: Timer, ctx: ControllerContext, fn: (pod: KubeObject, ps: PState, c: CState, t: Timer, ctx: ControllerContext) => void): void {
  const st = ctx.state(emptyState);
  const ps = st.pods[t.key];
  const [ns, name] = t.key.split("/") as [string, string];
  const pod = ctx.lister.get("pods", ns, name);
  const c = ps && (t.init ? ps.init : ps.app)[t.i];
  if (!pod || !ps || !c || ps.uid !== t.uid || c.gen !== t.gen || ps.killing) return;
  if (st.downNodes.includes(ps.node)) {
    ((st.deferred ??= {})[ps.node] ??= []).push({ kind, payload: t });
    return;
  }
  fn(pod, ps, c, t, ctx);
}

/** What the prober needs from the kubelet (kept as hooks so probes.ts stays free of wiring). */
const probeHooks = {
  state: (ctx: ControllerContext) => ctx.state(emptyState),
  writeStatus: (pod: KubeObject, ps: PState, ctx: ControllerContext) => writeStatus(pod, ps, ctx),
  kill: (pod: KubeObject, ps: PState, i: number, type: string, ctx: ControllerContext, init?: boolean) => probeKill(pod, ps, i, type, ctx, init),
  sidecarStarted: (pod: KubeObject, ps: PState, i: number, ctx: ControllerContext) => sidecarStarted(pod, ps, i, ctx),
};

/** A sidecar's first start (past its startup probe) lets the kubelet move on to the next init container. */
function sidecarStarted(pod: KubeObject, ps: PState, i: number, ctx: ControllerContext): void {
  if (ps.init[i]!.restartCount === 0 && !ps.initialized) startInitFrom(pod, ps, i + 1, ctx);
}

const specOf = (pod: KubeObject, t: { init: boolean; i: number }) => (t.init ? pod.spec.initContainers : pod.spec.containers)[t.i];
/** A native sidecar: an init container with restartPolicy Always (SidecarContainers, GA in 1.33). */
const isSidecar = (pod: KubeObject, t: { init: boolean; i: number }) => t.init && pod.spec.initContainers?.[t.i]?.restartPolicy === "Always";

/** Start init container `i`, or the regular containers once every init container is through. */
function startInitFrom(pod: KubeObject, ps: PState, i: number, ctx: ControllerContext): void {
  if (i < ps.init.length) return prepareContainer(pod, ps, { init: true, i }, ctx);
  ps.initialized = true;
  pod.spec.containers.forEach((_: unknown, j: number) => {
    ps.app[j]!.state = { waiting: { reason: "ContainerCreating" } };
    prepareContainer(pod, ps, { init: false, i: j }, ctx);
  });
}

function startPod(pod: KubeObject, st: KubeletState, ctx: ControllerContext): void {
  const node = pod.spec.nodeName as string;
  const n = (st.nextIp[node] ?? 1) + 1;
  st.nextIp[node] = n > 254 ? 2 : n;
  const nodeObj = ctx.lister.get("nodes", undefined, node);
  const cidr: string = nodeObj?.spec?.podCIDR ?? "10.244.1.0/24";
  const ip = `${cidr.split(".").slice(0, 3).join(".")}.${n}`;
  const hasInit = (pod.spec.initContainers ?? []).length > 0;
  const mk = (reason: string): CState => ({ state: { waiting: { reason } }, lastState: {}, restartCount: 0, ready: false, gen: 0 });
  const ps: PState = {
    uid: pod.metadata.uid, node, ip, startTime: ctx.timestamp(), initialized: !hasInit,
    init: (pod.spec.initContainers ?? []).map(() => mk("PodInitializing")),
    app: pod.spec.containers.map(() => mk(hasInit ? "PodInitializing" : "ContainerCreating")),
  };
  st.pods[keyOf(pod)] = ps;
  if ((pod.spec.volumes ?? []).some((v: any) => v.configMap || v.secret)) {
    ps.volumes = projectVolumes(pod, ctx.lister);
    ctx.schedule(VOLUME_SYNC_MS, { kind: "kubelet.syncVolumes", payload: { key: keyOf(pod), uid: ps.uid }, periodic: true });
  }
  ctx.trace({ type: "kubelet", node, pod: keyOf(pod), action: "SyncPod", message: `created sandbox, pod IP ${ip}` });
  writeStatus(pod, ps, ctx);
  startProbeWorkers(pod, ps.uid, ctx);
  if (hasInit) prepareContainer(pod, ps, { init: true, i: 0 }, ctx);
  else pod.spec.containers.forEach((_: unknown, i: number) => prepareContainer(pod, ps, { init: false, i }, ctx));
}

/** Resolve env (ConfigMap/Secret refs) then pull the image (or use the cached one). */
function prepareContainer(pod: KubeObject, ps: PState, t: { init: boolean; i: number }, ctx: ControllerContext): void {
  const st = ctx.state(emptyState);
  const spec = specOf(pod, t);
  const c = (t.init ? ps.init : ps.app)[t.i]!;
  const timer = (kind: string, delay: number) => ctx.schedule(delay, { kind, payload: { key: keyOf(pod), uid: ps.uid, init: t.init, i: t.i, gen: c.gen } satisfies Timer });
  // A pod whose claims are not Bound yet stays ContainerCreating (volume mount waits).
  const unbound = (pod.spec.volumes ?? []).find((v: any) => v.persistentVolumeClaim &&
    ctx.lister.get("persistentvolumeclaims", pod.metadata.namespace, v.persistentVolumeClaim.claimName)?.status?.phase !== "Bound");
  if (unbound) {
    c.state = { waiting: { reason: "ContainerCreating" } };
    c.needsPrepare = true;
    return timer("kubelet.run", 2000);
  }
  c.needsPrepare = false;
  c.image = spec.image;
  const missing = missingConfig(pod, spec, ctx);
  if (missing) {
    c.state = { waiting: { reason: "CreateContainerConfigError", message: missing } };
    ctx.event(pod, "Warning", "Failed", `Error: ${missing}`);
    writeStatus(pod, ps, ctx);
    return timer("kubelet.run", 10_000);
  }
  const info = lookupImage(spec.image);
  const cached = (st.images[ps.node] ?? []).includes(normalizeImage(spec.image).full);
  if (cached && spec.imagePullPolicy !== "Always") {
    ctx.event(pod, "Normal", "Pulled", alreadyPresentMessage(spec.image));
    return timer("kubelet.run", 200);
  }
  ctx.event(pod, "Normal", "Pulling", pullingMessage(spec.image));
  if (!info) {
    const msg = pullErrorMessage(spec.image);
    ctx.event(pod, "Warning", "Failed", msg);
    ctx.event(pod, "Warning", "Failed", "Error: ErrImagePull");
    c.state = { waiting: { reason: "ErrImagePull", message: msg.replace(/^Failed to pull image "[^"]*": /, "") } };
    writeStatus(pod, ps, ctx);
    const delay = backoffGet(c.pullBackoff, ctx.now(), IMAGE_BACKOFF) || IMAGE_BACKOFF.initialMs;
    c.pullBackoff = backoffNext(c.pullBackoff, ctx.now(), IMAGE_BACKOFF);
    timer("kubelet.pullBackOff", 1000);
    return timer("kubelet.run", delay);
  }
  const ms = pullMs(info);
  ctx.event(pod, "Normal", "Pulled", `Successfully pulled image "${spec.image}" in ${goDuration(ms)} (${goDuration(ms)} including waiting). Image size: ${info.sizeBytes} bytes.`);
  (st.images[ps.node] ??= []).push(normalizeImage(spec.image).full);
  timer("kubelet.run", ms);
}

/** The `kubelet.run` timer: re-check config/image if needed, then create and start. */
function runContainer(pod: KubeObject, ps: PState, c: CState, t: Timer, ctx: ControllerContext): void {
  // Re-entry after a config error or pull failure goes back through prepare.
  const spec = specOf(pod, t);
  const w = c.state.waiting?.reason;
  if (c.needsPrepare || w === "CreateContainerConfigError" || w === "ErrImagePull" || w === "ImagePullBackOff") {
    c.state = { waiting: { reason: "ContainerCreating" } };
    return prepareContainer(pod, ps, t, ctx);
  }
  const cid = containerID(ctx);
  if (c.restarting) {
    c.restartCount++;
    c.restarting = false;
  }
  c.state = { running: { startedAt: ctx.timestamp() } };
  c.imageID = cid;
  c.startedMs = ctx.now();
  c.env = userEnv(pod, spec, ctx.lister);
  c.subPaths = subPathCopies(spec, ps.volumes ?? {});
  ctx.event(pod, "Normal", "Created", `Created container: ${spec.name}`);
  ctx.event(pod, "Normal", "Started", `Started container ${spec.name}`);
  const b = behaviourOf(spec);
  const payload = { key: keyOf(pod), uid: ps.uid, init: t.init, i: t.i, gen: c.gen };
  if (b.kind !== "server" && Number.isFinite(b.afterMs)) ctx.schedule(Math.max(b.afterMs, 1), { kind: "kubelet.exit", payload });
  if (!t.init || isSidecar(pod, t)) {
    // prober_manager.UpdatePodStatus: started without a startup probe; ready without a
    // readiness probe, else not ready until the probe succeeds (a run is triggered at once).
    c.started = !spec.startupProbe;
    c.ready = c.started && !spec.readinessProbe;
  }
  writeStatus(pod, ps, ctx);
  // A sidecar started without a startup probe lets the kubelet move on at once.
  if (isSidecar(pod, t) && c.started) sidecarStarted(pod, ps, t.i, ctx);
  if (c.started && spec.readinessProbe && (!t.init || isSidecar(pod, t))) triggerProbe(pod, ps, t.i, "readiness", ctx, probeHooks, t.init);
}

/** Liveness/startup failure: kill the container (grace period), then restart it per policy. */
function probeKill(pod: KubeObject, ps: PState, i: number, type: string, ctx: ControllerContext, init = false): void {
  const spec = specOf(pod, { init, i });
  const c = (init ? ps.init : ps.app)[i]!;
  const probe = spec[`${type}Probe`] ?? {};
  ctx.event(pod, "Normal", "Killing", `Container ${spec.name} failed ${type} probe, will be restarted`);
  ctx.trace({ type: "kubelet", node: ps.node, pod: keyOf(pod), container: spec.name, action: "KillContainer", message: `failed ${type} probe` });
  const { stopMs, exitCode } = stopOnSigterm(spec, (probe.terminationGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30) * 1000);
  ctx.schedule(Math.max(stopMs, 1), { kind: "kubelet.exit", payload: { key: keyOf(pod), uid: ps.uid, init, i, gen: c.gen, forcedExit: exitCode, probeKill: true } satisfies Timer });
}

/**
 * `kubectl set image` on a Pod (spec.containers[*].image and spec.initContainers[*].image are
 * the mutable fields): computePodActions sees the container's spec hash change. A running
 * container is killed ("Container web definition changed, will be restarted") and started
 * again with the new image, whatever the restart policy; one waiting on a failed pull tries
 * the new image at once (the pull back-off is keyed by image). Completed init containers are
 * not re-run.
 */
function syncImageChanges(pod: KubeObject, ps: PState, ctx: ControllerContext): void {
  if (ps.killing || ps.finishing) return;
  const check = (init: boolean) => (init ? ps.init : ps.app).forEach((c, i) => {
    const spec = specOf(pod, { init, i });
    if (!c.image || c.image === spec.image || c.replacing || c.done) return;
    if (init && !isSidecar(pod, { init, i }) && c.state.terminated) return;
    const pullFailed = c.state.waiting?.reason === "ErrImagePull" || c.state.waiting?.reason === "ImagePullBackOff";
    if (pullFailed) {
      c.gen++;
      c.pullBackoff = undefined;
      c.state = { waiting: { reason: init ? "PodInitializing" : "ContainerCreating" } };
      return prepareContainer(pod, ps, { init, i }, ctx);
    }
    if (!c.state.running) return;
    c.replacing = true;
    ctx.event(pod, "Normal", "Killing", `Container ${spec.name} definition changed, will be restarted`);
    ctx.trace({ type: "kubelet", node: ps.node, pod: keyOf(pod), container: spec.name, action: "KillContainer", message: "definition changed" });
    const { stopMs, exitCode } = stopOnSigterm(spec, (pod.spec.terminationGracePeriodSeconds ?? 30) * 1000);
    ctx.schedule(Math.max(stopMs, 1), { kind: "kubelet.exit", payload: { key: keyOf(pod), uid: ps.uid, init, i, gen: c.gen, forcedExit: exitCode, specChanged: true } satisfies Timer });
  });
  check(true);
  check(false);
}

/** Servers stop within their stopMs (exit 0); sh as PID 1 ignores SIGTERM and is killed at the grace period (137). */
function stopOnSigterm(spec: any, graceMs: number): { stopMs: number; exitCode: number } {
  const b = behaviourOf(spec);
  if (b.kind === "server" && b.stopMs <= graceMs) return { stopMs: b.stopMs, exitCode: 0 };
  return { stopMs: graceMs, exitCode: 137 };
}

function containerExited(pod: KubeObject, ps: PState, c: CState, t: Timer, ctx: ControllerContext): void {
  const spec = specOf(pod, t);
  const b = behaviourOf(spec);
  const exitCode = t.forcedExit ?? (b.kind === "oom" ? 137 : b.kind === "exit" ? b.exitCode : 0);
  const reason = b.kind === "oom" && t.forcedExit === undefined ? "OOMKilled" : exitCode === 0 ? "Completed" : "Error";
  const terminated = { exitCode, reason, startedAt: c.state.running?.startedAt, finishedAt: ctx.timestamp(), containerID: c.imageID };
  c.ready = false;
  c.started = false;
  c.gen++;
  const policy = pod.spec.restartPolicy;
  const sidecar = isSidecar(pod, t);
  if (t.init && !sidecar && exitCode === 0) {
    c.state = { terminated };
    startInitFrom(pod, ps, t.i + 1, ctx);
    return writeStatus(pod, ps, ctx);
  }
  // A container killed for a failed liveness/startup probe restarts unless the policy is Never.
  // A sidecar always restarts, except once the regular containers are done (it was stopped).
  // A container stopped because its definition changed restarts whatever the policy.
  const restart = t.specChanged === true || (sidecar ? !ps.finishing :
    policy === "Always" || (policy === "OnFailure" && (exitCode !== 0 || t.probeKill === true)) || (t.init && policy !== "Never"));
  if (!restart) {
    c.state = { terminated };
    c.done = true;
    if (!t.init && ps.app.every((a) => a.done)) stopSidecars(pod, ps, ctx);
    return writeStatus(pod, ps, ctx);
  }
  c.lastState = { terminated };
  // The runtime numbers each new container attempt (restartCount = previous attempt + 1) when it
  // creates it, so a container waiting in CrashLoopBackOff still shows the count of restarts done.
  c.restarting = true;
  if (t.specChanged) {
    // The back-off key hashes the container spec: a changed definition starts with no back-off,
    // and the new image is pulled first.
    c.replacing = false;
    c.needsPrepare = true;
    c.crashBackoff = undefined;
  }
  const delay = backoffGet(c.crashBackoff, ctx.now(), CONTAINER_BACKOFF);
  c.crashBackoff = backoffNext(c.crashBackoff, ctx.now(), CONTAINER_BACKOFF);
  const payload = { key: keyOf(pod), uid: ps.uid, init: t.init, i: t.i, gen: c.gen };
  if (delay === 0) {
    c.state = { terminated };
    ctx.schedule(1, { kind: "kubelet.run", payload });
  } else {
    const podRef = { name: pod.metadata.name, namespace: pod.metadata.namespace!, uid: pod.metadata.uid };
    c.state = { waiting: { reason: "CrashLoopBackOff", message: `back-off ${goDuration(delay).replace(/^(\d+)m(\d+)s$/, "$1m$2s")} restarting failed container=${spec.name} pod=${formatPod(podRef)}` } };
    ctx.event(pod, "Warning", "BackOff", backOffRestartMessage(spec.name, podRef));
    ctx.schedule(delay, { kind: "kubelet.run", payload });
  }
  writeStatus(pod, ps, ctx);
}

/**
 * Every regular container of a Never/OnFailure pod is done: the kubelet stops the sidecars in
 * reverse order (each gets what is left of the grace period); they are not restarted, and their
 * terminated state does not count for the pod phase.
 */
function stopSidecars(pod: KubeObject, ps: PState, ctx: ControllerContext): void {
  ps.finishing = true;
  const grace = (pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
  let at = 0;
  for (let i = ps.init.length - 1; i >= 0; i--) {
    const t = { init: true, i };
    const c = ps.init[i]!;
    if (!isSidecar(pod, t)) continue;
    const spec = specOf(pod, t);
    if (!c.state.running) {
      c.gen++; // cancels a pending restart (CrashLoopBackOff)
      continue;
    }
    ctx.event(pod, "Normal", "Killing", `Stopping container ${spec.name}`);
    const { stopMs, exitCode } = stopOnSigterm(spec, grace - at);
    at += stopMs;
    ctx.schedule(Math.max(at, 1), { kind: "kubelet.exit", payload: { key: keyOf(pod), uid: ps.uid, init: true, i, gen: c.gen, forcedExit: exitCode } satisfies Timer });
  }
}

function killPod(pod: KubeObject, ps: PState, ctx: ControllerContext): void {
  ps.killing = true;
  let stopMs = 0;
  const grace = (pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
  pod.spec.containers.forEach((spec: any, i: number) => {
    if (!ps.app[i]!.state.running) return;
    ctx.event(pod, "Normal", "Killing", `Stopping container ${spec.name}`);
    stopMs = Math.max(stopMs, stopOnSigterm(spec, grace).stopMs);
  });
  // Sidecars are stopped after the regular containers, in reverse order.
  for (let i = ps.init.length - 1; i >= 0; i--) {
    const spec = specOf(pod, { init: true, i });
    if (!isSidecar(pod, { init: true, i }) || !ps.init[i]!.state.running) continue;
    ctx.event(pod, "Normal", "Killing", `Stopping container ${spec.name}`);
    stopMs += stopOnSigterm(spec, Math.max(0, grace - stopMs)).stopMs;
  }
  ctx.schedule(Math.min(grace, stopMs), { kind: "kubelet.killed", payload: { key: keyOf(pod), uid: ps.uid, init: false, i: 0, gen: 0 } });
}

function missingConfig(pod: KubeObject, spec: any, ctx: ControllerContext): string | undefined {
  const ns = pod.metadata.namespace;
  const check = (kind: "configmap" | "secret", name: string, key?: string, optional?: boolean): string | undefined => {
    if (optional) return undefined;
    const obj = ctx.lister.get(kind === "configmap" ? "configmaps" : "secrets", ns, name);
    if (!obj) return `${kind} "${name}" not found`;
    if (key !== undefined && !(key in ((obj as any).data ?? {})) && !(key in ((obj as any).binaryData ?? {})))
      return `couldn't find key ${key} in ${kind === "configmap" ? "ConfigMap" : "Secret"} ${ns}/${name}`;
    return undefined;
  };
  for (const e of spec.env ?? []) {
    const cm = e.valueFrom?.configMapKeyRef;
    const sec = e.valueFrom?.secretKeyRef;
    const m = (cm && check("configmap", cm.name, cm.key, cm.optional)) || (sec && check("secret", sec.name, sec.key, sec.optional));
    if (m) return m;
  }
  for (const f of spec.envFrom ?? []) {
    const m = (f.configMapRef && check("configmap", f.configMapRef.name, undefined, f.configMapRef.optional)) ||
      (f.secretRef && check("secret", f.secretRef.name, undefined, f.secretRef.optional));
    if (m) return m;
  }
  return undefined;
}

function apiStatus(spec: any, c: CState): any {
  const info = normalizeImage(spec.image);
  return {
    name: spec.name, state: c.state, lastState: c.lastState, ready: c.ready, restartCount: c.restartCount,
    image: info.full, imageID: c.imageID ? `${info.repo}@sha256:0` : "", ...(c.imageID ? { containerID: c.imageID } : {}),
    started: Boolean(c.state.running) && c.started !== false,
  };
}

function writeStatus(pod: KubeObject, ps: PState, ctx: ControllerContext): void {
  const appStatuses = pod.spec.containers.map((s: any, i: number) => apiStatus(s, ps.app[i]!));
  const initStatuses = (pod.spec.initContainers ?? []).map((s: any, i: number) => apiStatus(s, ps.init[i]!));
  const sidecars: boolean[] = (pod.spec.initContainers ?? []).map((s: any) => s.restartPolicy === "Always");
  const phase = podPhase(pod.spec.restartPolicy, initStatuses, appStatuses, appStatuses.length, sidecars, ps.initialized);
  // status/generate.go: sidecars count for ContainersReady (listed before the regular containers).
  const readyStatuses = [...initStatuses.filter((_: any, i: number) => sidecars[i]), ...appStatuses];
  const ready = readyConditions(readyStatuses, readyStatuses.length);
  // Initialized: a regular container has started, or every init container completed (a sidecar: started).
  const incomplete = ps.initialized ? [] : initStatuses.filter((c: any, i: number) => sidecars[i] ? !c.started : c.state.terminated?.exitCode !== 0);
  const initialized = incomplete.length === 0;
  const now = ctx.timestamp();
  const old: any[] = pod.status?.conditions ?? [];
  const cond = (type: string, status: string, reason?: string, message?: string) => {
    const prev = old.find((c) => c.type === type);
    const lastTransitionTime = prev && prev.status === status ? prev.lastTransitionTime : now;
    return { type, status, lastProbeTime: null, lastTransitionTime, ...(reason ? { reason } : {}), ...(message ? { message } : {}) };
  };
  // status/generate.go messages: the containers holding the condition back.
  const names = (xs: any[]) => `[${xs.map((x) => x.name).join(" ")}]`;
  const unready = readyStatuses.filter((c: any) => !c.ready);
  const completed = phase === "Succeeded";
  const notReady = completed ? "PodCompleted" : "ContainersNotReady";
  const notReadyMsg = completed ? undefined : `containers with unready status: ${names(unready)}`;
  const conditions = [
    cond("PodReadyToStartContainers", "True"),
    cond("Initialized", initialized ? "True" : "False", initialized ? undefined : "ContainersNotInitialized", initialized ? undefined : `containers with incomplete status: ${names(incomplete)}`),
    cond("Ready", ready.Ready, ready.Ready === "True" ? undefined : notReady, ready.Ready === "True" ? undefined : notReadyMsg),
    cond("ContainersReady", ready.ContainersReady, ready.ContainersReady === "True" ? undefined : notReady, ready.ContainersReady === "True" ? undefined : notReadyMsg),
    // Conditions the kubelet does not own (PodScheduled, DisruptionTarget, readiness gates) stay.
    ...old.filter((c) => !["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady"].includes(c.type)),
  ];
  const node = ctx.lister.get("nodes", undefined, ps.node);
  const hostIP = node?.status?.addresses?.find((a: any) => a.type === "InternalIP")?.address ?? "";
  ctx.api.patch("pods", pod.metadata.namespace, pod.metadata.name, {
    status: {
      phase, conditions, hostIP, hostIPs: [{ ip: hostIP }], podIP: ps.ip, podIPs: [{ ip: ps.ip }], startTime: ps.startTime,
      containerStatuses: appStatuses, ...(initStatuses.length ? { initContainerStatuses: initStatuses } : {}),
    },
  }, { status: true });
}

/**
 * Faults: a failed node's kubelet stops acting (its due timers wait in `deferred`); recovery
 * replays them in due order at the recovery instant, as the restarted kubelet's first sync
 * would observe the containers.
 */
export function setNodeDown(ctx: ControllerContext, node: string, down: boolean): void {
  const st = ctx.state(emptyState);
  st.downNodes = st.downNodes.filter((n) => n !== node);
  if (down) return void st.downNodes.push(node);
  // The restarted kubelet posts its node status at once (conditions back to True, NodeReady).
  const obj = ctx.lister.get("nodes", undefined, node);
  if (obj) postStatusIfNeeded(obj, (st.heartbeat ??= { lastReport: {} }), ctx, true);
  // The status manager's resync writes the kubelet's own view again (the node lifecycle
  // controller marked the pods NotReady meanwhile).
  for (const [key, ps] of Object.entries(st.pods)) {
    if (ps.node !== node || ps.killing) continue;
    const [ns, name] = key.split("/") as [string, string];
    const pod = ctx.lister.get("pods", ns, name);
    if (pod && pod.metadata.uid === ps.uid && !pod.metadata.deletionTimestamp) writeStatus(pod, ps, ctx);
  }
  const replay = st.deferred?.[node] ?? [];
  if (st.deferred) delete st.deferred[node];
  for (const t of replay) ctx.schedule(0, t);
}

/** Fault: the container's process is killed (SIGKILL, exit 137) while running. */
export function killContainer(ctx: ControllerContext, key: string, container: string): boolean {
  const ps = ctx.state(emptyState).pods[key];
  const [ns, name] = key.split("/") as [string, string];
  const pod = ctx.lister.get("pods", ns, name);
  if (!ps || !pod) return false;
  const i = pod.spec.containers.findIndex((c: any) => c.name === container);
  const c = ps.app[i];
  if (!c || !c.state.running) return false;
  ctx.schedule(0, { kind: "kubelet.exit", payload: { key, uid: ps.uid, init: false, i, gen: c.gen, forcedExit: 137 } satisfies Timer });
  return true;
}
