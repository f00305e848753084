// The cluster loop: API server + store + controllers + one timer queue, all on virtual time.
// Watch events are delivered in revision order to the controllers watching that resource,
// keys queue up (deduplicated, FIFO), reconciles run controller by controller in the order of
// controllers/index.ts until nothing is pending; then the next due timer fires, and so on.
import type { ApiClient, Controller, ControllerContext, KindSpec, KubeObject, TimerTask, TraceEvent, VirtualMs, WatchEvent } from "./types";
import { Clock, EPOCH_MS, type ClockState } from "./clock";
import { SeededRandom, type RandomState } from "./random";
import { Store, deepClone, type StoreState } from "./store";
import { ApiServer, Tracer, apiClient, newRecorderState, recordEvent, type RecorderState, type TracerState } from "./api";
import { KINDS } from "./kinds";
import { INITIAL_NAMESPACES } from "./kinds/namespace";
import { CONTROLLERS } from "./controllers";
import type { GraphLister } from "./controllers/garbagecollector";
import { WorkQueue, type WorkQueueState } from "./workqueue";
import { createNodeObjects, kindDefaultStorageClass, KUBELET, type NodeSpec } from "./node";
import { runKubectl } from "./kubectl/run";
import type { KubectlWaiter } from "./kubectl/context";
import { networkAccess } from "./network/access";

export interface ClusterOptions {
  seed?: number;
  nodes?: number | NodeSpec[];
  /** Wall-clock Unix ms of virtual time 0 (default EPOCH_MS, 2026-01-01T00:00:00Z). */
  epochMs?: number;
  /** Most Pods that may exist at once (default LIMITS.pods); benchmarks raise it. */
  maxPods?: number;
}

export interface KubectlOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface Cluster {
  kubectl(line: string, stdin?: string): KubectlOutput;
  advance(seconds: number): void;
  settle(maxSeconds?: number): void;
  now(): number;
  trace(): TraceEvent[];
  snapshot(): unknown;
}

/** Non-contract access for kubectl, faults, exercises and tests. */
export interface ClusterInternals {
  readonly clock: Clock;
  readonly random: SeededRandom;
  readonly store: Store;
  readonly server: ApiServer;
  readonly tracer: Tracer;
  readonly lister: GraphLister;
  readonly kinds: readonly KindSpec[];
  client(user: string): ApiClient;
  /** The context a component runs with (its API user, its private state). */
  context(component: string): ControllerContext;
  /** Runs every reconcile due at the current instant. */
  run(): void;
}

export interface ClusterState {
  format: "reconcile-sim/1";
  clock: ClockState;
  random: RandomState;
  store: StoreState;
  tracer: TracerState;
  states: Record<string, unknown>;
  recorder: RecorderState;
  queues: Record<string, WorkQueueState>;
  pending: WatchEvent[];
  retries: Record<string, number>;
  /** Absent in snapshots taken before the cap existed: LIMITS.pods then. */
  maxPods?: number;
}

/** Caps that keep every call bounded whatever the input. */
export const LIMITS = {
  reconcilesPerInstant: 200_000,
  timersPerCall: 2_000_000,
  /** Timers fired together at one virtual instant before the controllers run. */
  timersPerInstant: 100_000,
  advanceSeconds: 24 * 3600,
  retries: 15,
  /**
   * Pods that may exist at once. Creating a Pod costs the simulator real CPU (scheduling,
   * kubelet, events), so `scale --replicas=100000` must be refused rather than freeze the
   * learner's tab or the grader: the API server answers Forbidden past this many, and the
   * ReplicaSet controller reports FailedCreate as it would under a pods quota. A three-node
   * kind cluster runs at most 330 (110 per kubelet), so lessons never come near it.
   */
  pods: 500,
};

const REQUEUE = "cluster.requeue";
const WATCHERS = new Map<string, Controller[]>();
for (const c of CONTROLLERS) for (const r of c.watches) (WATCHERS.get(r) ?? WATCHERS.set(r, []).get(r)!).push(c);
const TIMERS = new Map<string, { controller: Controller; fn: (payload: unknown, ctx: ControllerContext) => void }>();
for (const c of CONTROLLERS) for (const [kind, fn] of Object.entries(c.timers ?? {})) TIMERS.set(kind, { controller: c, fn });

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class SimCluster implements Cluster {
  readonly internals: ClusterInternals;
  private readonly clock: Clock;
  private readonly random: SeededRandom;
  private readonly store: Store;
  private readonly tracer: Tracer;
  private readonly server: ApiServer;
  private readonly states: Record<string, unknown>;
  private readonly recorder: RecorderState;
  private readonly queues = new Map<string, WorkQueue>();
  private readonly retries: Record<string, number>;
  private readonly contexts = new Map<string, ControllerContext>();
  private pending: WatchEvent[] = [];
  private pendingHead = 0;

  constructor(state: ClusterState | { seed: number; epochMs?: number; maxPods?: number }) {
    const s = "format" in state ? state : undefined;
    this.clock = s ? Clock.load(s.clock) : new Clock((state as { epochMs?: number }).epochMs);
    this.random = new SeededRandom(s ? s.random : (state as { seed: number }).seed);
    this.store = s ? Store.load(s.store) : new Store();
    const now = () => this.clock.now();
    this.tracer = s ? Tracer.load(s.tracer, now) : new Tracer(now);
    this.states = s ? deepClone(s.states) : {};
    this.recorder = s ? deepClone(s.recorder) : newRecorderState();
    this.retries = s ? { ...s.retries } : {};
    this.pending = s ? deepClone(s.pending) : [];
    for (const c of CONTROLLERS) this.queues.set(c.name, s?.queues[c.name] ? WorkQueue.load(s.queues[c.name]!) : new WorkQueue());
    const store = this.store;
    const lister: GraphLister = {
      get: (r, ns, name) => store.get(r, ns, name),
      list: (r, ns) => store.list(r, ns),
      byOwner: (r, uid) => store.byOwner(r, uid),
      dependents: (uid) => store.dependents(uid),
    };
    this.server = new ApiServer(store, this.clock, this.random, this.tracer, lister);
    this.server.maxPods = state.maxPods ?? LIMITS.pods;
    store.onEvent = (e) => {
      const cause = this.tracer.current();
      if (e.cause === undefined && cause !== undefined) e.cause = cause;
      this.pending.push(e);
    };
    this.internals = {
      clock: this.clock,
      random: this.random,
      store,
      server: this.server,
      tracer: this.tracer,
      lister,
      kinds: KINDS,
      client: (user) => apiClient(this.server, user),
      context: (component) => this.context(component),
      run: () => this.runUntilIdle(),
    };
  }

  kubectl(line: string, stdin?: string): KubectlOutput {
    const out = runKubectl({ api: apiClient(this.server, "kubectl"), now: () => this.clock.now(), kinds: this.printKinds(), epochMs: this.clock.epochMs, waiter: this.waiter(), network: networkAccess(this.context("kube-proxy"), this.clock.epochMs, this.context(KUBELET)), state: (init) => this.context("kubectl").state(init) }, String(line ?? ""), stdin);
    this.runUntilIdle();
    return out;
  }

  /** What a blocking kubectl command (rollout status) uses to let virtual time run while it watches. */
  private waiter(): KubectlWaiter {
    return {
      revision: () => this.store.revision,
      peek: (resource, ns, name) => this.store.get(resource, ns, name),
      events: (resource, from) => this.store.watch(from, resource).filter((e) => e.type !== "ERROR") as { type: WatchEvent["type"]; revision: number; object: KubeObject }[],
      step: (deadline) => {
        this.runUntilIdle();
        const t = this.clock.peek();
        if (!t || t.due > deadline) return false;
        this.fire();
        return true;
      },
      advanceTo: (at) => this.advance(Math.max(0, at - this.clock.now()) / 1000),
    };
  }

  advance(seconds: number): void {
    const s = Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, LIMITS.advanceSeconds) : 0;
    // Virtual time is whole milliseconds: seconds × 1000 in floating point can land a hair off.
    const target = Math.round(this.clock.now() + s * 1000);
    this.runUntilIdle();
    let budget = LIMITS.timersPerCall;
    for (let t = this.clock.peek(); t && t.due <= target; t = this.clock.peek()) {
      if (--budget < 0) {
        this.tracer.record({ type: "limit", message: `advance: more than ${LIMITS.timersPerCall} timers fired; stopped early` });
        break;
      }
      this.fire();
    }
    this.clock.set(target);
  }

  settle(maxSeconds = 300): void {
    const s = Number.isFinite(maxSeconds) && maxSeconds > 0 ? Math.min(maxSeconds, LIMITS.advanceSeconds) : 0;
    const limit = Math.round(this.clock.now() + s * 1000);
    this.runUntilIdle();
    let budget = LIMITS.timersPerCall;
    // Periodic housekeeping (heartbeats, probes) never ends: stop once only it remains.
    while (this.clock.pendingNonPeriodic > 0) {
      const t = this.clock.peek();
      if (!t || t.due > limit) break;
      if (--budget < 0) {
        this.tracer.record({ type: "limit", message: `settle: more than ${LIMITS.timersPerCall} timers fired; stopped early` });
        break;
      }
      this.fire();
    }
  }

  now(): VirtualMs {
    return this.clock.now();
  }

  trace(): TraceEvent[] {
    return this.tracer.entries();
  }

  snapshot(): ClusterState {
    const queues: Record<string, WorkQueueState> = {};
    for (const [name, q] of this.queues) queues[name] = q.save();
    return {
      format: "reconcile-sim/1",
      clock: this.clock.save(),
      random: this.random.state(),
      store: this.store.save(),
      tracer: this.tracer.save(),
      states: deepClone(this.states),
      recorder: deepClone(this.recorder),
      queues,
      pending: deepClone(this.pending.slice(this.pendingHead)),
      retries: { ...this.retries },
      maxPods: this.server.maxPods,
    };
  }

  private kindsForEpoch?: readonly KindSpec[];
  /** KINDS whose printer cells get this cluster's epoch (ages parse RFC 3339 against it). */
  private printKinds(): readonly KindSpec[] {
    const epoch = this.clock.epochMs;
    if (epoch === EPOCH_MS) return KINDS;
    return (this.kindsForEpoch ??= KINDS.map((k) => ({
      ...k,
      columns: k.columns.map((c) => ({
        ...c,
        cell: (o: KubeObject, now: VirtualMs) => c.cell(o, now, epoch),
        ...(c.wideCell ? { wideCell: (o: KubeObject, now: VirtualMs) => c.wideCell!(o, now, epoch) } : {}),
      })),
    })));
  }

  private context(component: string): ControllerContext {
    let ctx = this.contexts.get(component);
    if (ctx) return ctx;
    ctx = {
      now: () => this.clock.now(),
      timestamp: (at?: VirtualMs) => this.clock.timestamp(at ?? this.clock.now()),
      lister: this.internals.lister,
      api: apiClient(this.server, component),
      random: this.random,
      schedule: (delayMs, task) => this.clock.schedule(delayMs, deepClone(task)),
      event: (obj: KubeObject, type, reason, message) => recordEvent(this.server, this.recorder, component, obj, type, reason, message),
      trace: (entry) => this.tracer.record(entry),
      state: <T>(init: () => T): T => {
        if (!(component in this.states)) this.states[component] = init();
        return this.states[component] as T;
      },
    };
    this.contexts.set(component, ctx);
    return ctx;
  }

  /** Pops the next timer, moves time to it and runs its handler, then the work it caused. */
  /**
   * Runs every timer due at the next instant, then the controllers once. Reconciling after each
   * timer instead would cost a full round per timer when many fall due together (a thousand pods
   * turning Ready at once), where a work queue coalesces them: that is what informers do.
   */
  private fire(): void {
    const first = this.clock.pop()!;
    this.clock.set(first.due);
    this.runTimer(first.task);
    // Timers added at this same instant by the handlers run too; the cap stops a self-rescheduling loop.
    for (let n = 0; n < LIMITS.timersPerInstant; n++) {
      const next = this.clock.peek();
      if (!next || next.due !== first.due) break;
      this.runTimer(this.clock.pop()!.task);
    }
    this.runUntilIdle();
  }

  private runTimer(task: TimerTask): void {
    const { kind, payload } = task;
    if (kind === REQUEUE) {
      const p = payload as { controller: string; key: string };
      this.queues.get(p.controller)?.add(p.key);
    } else {
      const h = TIMERS.get(kind);
      if (!h) this.tracer.record({ type: "limit", message: `no handler for timer ${kind}` });
      else {
        try {
          h.fn(payload, this.context(h.controller.name));
        } catch (e) {
          this.tracer.record({ type: "reconcile", controller: h.controller.name, key: kind, message: `timer failed: ${errorText(e)}` });
        }
      }
    }
  }

  private deliver(): void {
    const lister = this.internals.lister;
    while (this.pendingHead < this.pending.length) {
      const e = this.pending[this.pendingHead++]!;
      for (const c of WATCHERS.get(e.resource) ?? []) {
        let keys: string[];
        try {
          keys = c.keysFor(e, lister);
        } catch (err) {
          this.tracer.record({ type: "reconcile", controller: c.name, key: e.key, message: `keysFor failed: ${errorText(err)}` });
          continue;
        }
        if (keys.length === 0) continue;
        const id = this.tracer.record({ type: "watch", watcher: c.name, key: e.key, revision: e.revision, eventType: e.type, ...(e.cause !== undefined ? { cause: e.cause } : {}) });
        const q = this.queues.get(c.name)!;
        for (const k of keys) q.add(k, id);
      }
    }
    this.pending = [];
    this.pendingHead = 0;
  }

  private runUntilIdle(): void {
    let budget = LIMITS.reconcilesPerInstant;
    for (;;) {
      this.deliver();
      let worked = false;
      for (const c of CONTROLLERS) {
        const q = this.queues.get(c.name)!;
        for (let n = q.length; n > 0; n--) {
          const item = q.pop()!;
          worked = true;
          this.reconcile(c, item.key, item.cause);
          this.deliver();
          if (--budget <= 0) {
            this.tracer.record({ type: "limit", message: `more than ${LIMITS.reconcilesPerInstant} reconciles at t=${this.clock.now()}ms; work queues dropped` });
            for (const wq of this.queues.values()) wq.clear();
            return;
          }
        }
      }
      if (!worked) return;
    }
  }

  private reconcile(c: Controller, key: string, cause: number | undefined): void {
    const id = this.tracer.record({ type: "reconcile", controller: c.name, key, message: "sync", ...(cause !== undefined ? { cause } : {}) });
    const retryKey = `${c.name}\u0000${key}`;
    try {
      this.tracer.within(id, () => c.reconcile(key, this.context(c.name)));
      delete this.retries[retryKey];
    } catch (e) {
      // Like a workqueue rate limiter: retry with exponential back-off (5ms × 2^n), bounded.
      const n = (this.retries[retryKey] ?? 0) + 1;
      this.tracer.record({ type: "reconcile", controller: c.name, key, message: `error: ${errorText(e)}`, cause: id });
      if (n > LIMITS.retries) {
        delete this.retries[retryKey];
        return;
      }
      this.retries[retryKey] = n;
      this.clock.schedule(Math.min(5 * 2 ** (n - 1), 1000_000), { kind: REQUEUE, payload: { controller: c.name, key } });
    }
  }
}

function bootstrap(cluster: SimCluster, options: ClusterOptions): void {
  const api = cluster.internals.client("system:apiserver");
  for (const name of INITIAL_NAMESPACES) api.create({ apiVersion: "v1", kind: "Namespace", metadata: { name } });
  const kubelet = cluster.internals.client("kubelet");
  for (const node of createNodeObjects(options.nodes, cluster.internals.clock.timestamp(0))) kubelet.create(node);
  api.create(kindDefaultStorageClass);
  api.create({
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "kubernetes", namespace: "default", labels: { component: "apiserver", provider: "kubernetes" } },
    spec: { clusterIP: "10.96.0.1", clusterIPs: ["10.96.0.1"], ports: [{ name: "https", port: 443, protocol: "TCP", targetPort: 6443 }], type: "ClusterIP" },
  });
  cluster.internals.run();
}

export function createCluster(options: ClusterOptions = {}): SimCluster {
  const seed = Number.isFinite(options.seed) ? Number(options.seed) : 1;
  const cluster = new SimCluster({
    seed,
    ...(Number.isFinite(options.epochMs) ? { epochMs: Number(options.epochMs) } : {}),
    ...(Number.isFinite(options.maxPods) ? { maxPods: Number(options.maxPods) } : {}),
  });
  bootstrap(cluster, options);
  return cluster;
}

export function restoreCluster(snapshot: unknown): SimCluster {
  const s = snapshot as ClusterState | undefined;
  if (!s || typeof s !== "object" || s.format !== "reconcile-sim/1") throw new Error("restoreCluster: not a cluster snapshot");
  return new SimCluster(s);
}
