// The worker's side of a widget, free of worker globals so tests can drive it: owns one
// cluster, answers ToWorker messages, advances virtual time when ticked with real elapsed
// milliseconds, and emits the clock, the cluster view and new trace entries.
import { injectFault, type SimCluster } from "@/lib/exercises/sim-adapter";
import { startCluster } from "@/lib/exercises/start";
import { stateHash } from "@/lib/exercises/state-hash";
import { advanceToNow } from "@/lib/exercises/timing";
import { createCluster, restoreCluster, type TraceEvent } from "@/lib/sim";
import { diagnose } from "./diagnostics";
import { ExerciseRecorder } from "./exercise-recorder";
import type { ClockState, FromWorker, InitOptions, Speed, ToWorker } from "./protocol";
import { buildClusterView, VIEW_RESOURCES, type ViewResource } from "./view-model";

/** At most this much real time is simulated per tick, so a slow tick never snowballs. */
const MAX_TICK_MS = 1000;
/** Trace entries sent per flush; older ones in a burst are dropped for the UI (the cluster keeps them). */
const MAX_TRACE_BATCH = 2000;
/** How "step" looks for the next event: [increment ms, tries] — fine first, then coarser. */
const STEP_SCHEDULE: [number, number][] = [
  [10, 100],
  [100, 590],
  [1000, 3540],
];

const lastId = (t: TraceEvent[]) => t[t.length - 1]?.id ?? 0;

export class SimHost {
  readonly cluster: SimCluster;
  private playing = true;
  private speed: Speed = 1;
  private carryMs = 0;
  /** Highest trace id already handled (forwarded, or recorded by the view's own list calls). */
  private seen = 0;
  private lastView = "";
  private lastClock = "";
  /** Something happened that the last view does not show yet. */
  private viewDirty = true;
  private viewAt = -Infinity;
  private viewCostMs = 0;
  /** Exercise mode only: the action log and the scripted events. */
  private readonly recorder: ExerciseRecorder | null;

  constructor(
    options: InitOptions,
    private readonly emit: (m: FromWorker) => void,
    /** Wall-clock milliseconds, to pace view refreshes (injected for tests). */
    private readonly wallClock: () => number = () => performance.now(),
  ) {
    if (options.exercise) {
      // The grader's own start (lib/exercises/start.ts), so both simulations begin identical.
      this.cluster = startCluster(options.exercise);
      this.recorder = new ExerciseRecorder(options.exercise.events);
    } else {
      this.cluster = options.snapshot !== undefined ? restoreCluster(options.snapshot) : createCluster({ seed: options.seed, nodes: options.nodes });
      this.recorder = null;
    }
    this.publish(true);
  }

  clock(): ClockState {
    return { now: this.cluster.now(), playing: this.playing, speed: this.speed };
  }

  handle(msg: ToWorker): void {
    switch (msg.type) {
      case "init":
        return; // the worker creates the host on init
      case "kubectl": {
        this.fireDue(this.cluster.now());
        this.recorder?.record(this.cluster.now(), { kind: "kubectl", payload: { line: msg.line, ...(msg.stdin !== undefined ? { stdin: msg.stdin } : {}) } });
        const out = this.cluster.kubectl(msg.line, msg.stdin);
        this.emit({ type: "result", id: msg.id, ...out, diagnostics: [] });
        break;
      }
      case "apply": {
        // The same path as `kubectl apply -f -` in the terminal.
        this.fireDue(this.cluster.now());
        this.recorder?.record(this.cluster.now(), { kind: "apply", payload: { yaml: msg.yaml } });
        const out = this.cluster.kubectl("apply -f -", msg.yaml);
        this.emit({ type: "result", id: msg.id, ...out, diagnostics: out.exitCode === 0 ? [] : diagnose(msg.yaml, out.stderr) });
        break;
      }
      case "play":
        this.playing = true;
        break;
      case "pause":
        this.playing = false;
        break;
      case "speed":
        this.speed = msg.speed;
        break;
      case "step": {
        this.playing = false;
        const events = this.step();
        this.emit({ type: "stepped", id: msg.id, now: this.cluster.now(), events });
        break;
      }
      case "snapshot":
        this.emit({ type: "snapshot", id: msg.id, snapshot: this.cluster.snapshot() });
        return;
      case "attempt": {
        this.fireDue(this.cluster.now());
        const actions = this.recorder?.log(this.cluster.now()) ?? [];
        this.emit({ type: "attempt", id: msg.id, actions, stateHash: stateHash(this.cluster) });
        return;
      }
    }
    // A learner's action shows in the view at once, whatever the pacing.
    this.publish(true);
  }

  /** Advances virtual time by `realMs` of wall-clock time at the current speed, if playing. */
  tick(realMs: number): void {
    if (this.playing && realMs > 0) {
      this.carryMs += Math.min(realMs, MAX_TICK_MS) * this.speed;
      const whole = Math.floor(this.carryMs);
      this.carryMs -= whole;
      if (whole > 0) this.advanceTo(this.cluster.now() + whole);
    }
    this.publish(false);
  }

  /**
   * Moves the clock to `targetMs` in whole milliseconds (advanceToNow: `advance(ms / 1000)`
   * can leave a fractional millisecond the grader would not reproduce), stopping at each
   * scripted event on the way to fire it at its exact time.
   */
  private advanceTo(targetMs: number): void {
    for (let e = this.recorder?.dueBy(targetMs); e; e = this.recorder?.dueBy(targetMs)) {
      advanceToNow(this.cluster, e.at);
      this.fireDue(e.at);
    }
    advanceToNow(this.cluster, targetMs);
  }

  /** Fires the scripted events due by `ms` (before a learner action at the same time, as the grader does). */
  private fireDue(ms: number): void {
    for (let e = this.recorder?.dueBy(ms); e; e = this.recorder?.dueBy(ms)) {
      this.recorder!.fired();
      injectFault(this.cluster, e.fault);
    }
  }

  /**
   * Advances to the next moment something happens (a new trace entry) and returns how many
   * entries it produced, 0 if nothing is due within an hour. The public surface has no
   * "next timer" query, so this probes forward in small increments.
   */
  private step(): number {
    const before = lastId(this.cluster.trace());
    for (const [inc, tries] of STEP_SCHEDULE) {
      for (let i = 0; i < tries; i++) {
        this.advanceTo(this.cluster.now() + inc);
        const after = lastId(this.cluster.trace());
        if (after > before) return after - before;
      }
    }
    return 0;
  }

  /**
   * Sends the clock if it changed and new trace entries; refreshes the view when something
   * happened, at most once per 4× the last refresh's cost (listing hundreds of pods as JSON
   * is not free), unless `now` (the learner just acted).
   */
  private publish(now: boolean): void {
    const clock = this.clock();
    const key = JSON.stringify(clock);
    if (now || key !== this.lastClock) {
      this.lastClock = key;
      this.emit({ type: "clock", ...clock });
    }
    const trace = this.cluster.trace();
    const fresh = trace.filter((e) => e.id > this.seen);
    if (fresh.length > 0) {
      this.emit({ type: "trace", entries: fresh.slice(-MAX_TRACE_BATCH) });
      this.seen = lastId(trace);
      this.viewDirty = true;
    }
    const start = this.wallClock();
    if (!this.viewDirty || (!now && start - this.viewAt < 4 * this.viewCostMs)) return;
    this.emitView();
    this.viewDirty = false;
    this.viewAt = this.wallClock();
    this.viewCostMs = this.viewAt - start;
    // The view's own `get -o json` calls are traced too; they are not the learner's doing.
    this.seen = lastId(this.cluster.trace());
  }

  private emitView(): void {
    const lists: Partial<Record<ViewResource, unknown[]>> = {};
    for (const r of VIEW_RESOURCES) {
      const out = this.cluster.kubectl(`get ${r} ${r === "nodes" ? "" : "-A "}-o json`);
      if (out.exitCode !== 0) continue; // a kind the simulator does not serve (yet)
      try {
        const items = (JSON.parse(out.stdout) as { items?: unknown }).items;
        if (Array.isArray(items)) lists[r] = items;
      } catch {
        // not JSON: skip this resource
      }
    }
    const view = buildClusterView(lists);
    const key = JSON.stringify(view);
    if (key === this.lastView) return;
    this.lastView = key;
    this.emit({ type: "view", view });
  }
}
