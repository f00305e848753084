// The worker's side of a widget, free of worker globals so tests can drive it: owns one
// cluster, answers ToWorker messages, advances virtual time when ticked with real elapsed
// milliseconds, and emits the clock, the cluster view and new trace entries.
import { faultSchema } from "@/lib/exercises/action-log";
import { injectFault, traceMark, type SimCluster } from "@/lib/exercises/sim-adapter";
import { startCluster } from "@/lib/exercises/start";
import { stateHash } from "@/lib/exercises/state-hash";
import { advanceToNow } from "@/lib/exercises/timing";
import { createCluster, restoreCluster, type TraceEvent } from "@/lib/sim";
import { complete } from "@/lib/sim/kubectl/complete";
import { openGetWatch, storeFeed, type GetWatch, type WatchFeed } from "@/lib/sim/kubectl/watch";
import { traceObject } from "./trace-object";
import { diagnose } from "./diagnostics";
import { ExerciseRecorder } from "./exercise-recorder";
import type { ClockState, FromWorker, InitOptions, ObjectRef, Output, Speed, ToWorker } from "./protocol";
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

/** An open `get -w`: the kubectl request it answers and output not sent yet. */
interface Stream {
  id: number;
  watch: GetWatch;
  stdout: string;
  stderr: string;
  done: boolean;
}

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
  private readonly feed: WatchFeed;
  private stream: Stream | null = null;

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
    this.feed = storeFeed(this.cluster.internals.store, () => this.cluster.now());
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
        this.endStream();
        // The watch starts where the list was read: the store's revision before the line ran.
        const from = this.cluster.internals.store.revision;
        const out = this.cluster.kubectl(msg.line, msg.stdin);
        const watch = out.exitCode === 0 ? openGetWatch({ kinds: this.cluster.internals.kinds }, this.feed, msg.line, from, out.stdout) : null;
        this.emit({ type: "result", id: msg.id, ...out, diagnostics: [], ...(watch ? { streaming: true } : {}) });
        if (watch) {
          this.stream = { id: msg.id, watch, stdout: "", stderr: "", done: false };
          this.pollStream(); // what the command's own instant changed after the list
          this.flushStream();
        }
        break;
      }
      case "interrupt":
        if (this.stream?.id === msg.id) this.endStream();
        return;
      case "complete": {
        const { lister, kinds } = this.cluster.internals;
        const c = complete({ kinds, list: (r, ns) => lister.list(r, ns) }, msg.line, msg.cursor);
        this.emit({ type: "completions", id: msg.id, ...c });
        return;
      }
      case "inspect":
        this.inspect(msg.id, msg.target);
        return;
      case "traceObject":
        this.emit({ type: "traceObject", id: msg.id, ...traceObject(this.cluster, msg.entry) });
        return;
      case "fault": {
        const parsed = faultSchema.safeParse(msg.fault);
        if (!parsed.success) {
          this.emit({ type: "result", id: msg.id, stdout: "", stderr: `error: ${parsed.error.issues[0]?.message ?? "invalid fault"}\n`, exitCode: 1, diagnostics: [] });
          return;
        }
        this.fireDue(this.cluster.now());
        this.recorder?.record(this.cluster.now(), { kind: "fault", payload: parsed.data });
        const r = injectFault(this.cluster, parsed.data);
        this.emit({ type: "result", id: msg.id, stdout: r.ok ? `${r.message}\n` : "", stderr: r.ok ? "" : `${r.message}\n`, exitCode: r.ok ? 0 : 1, diagnostics: [] });
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
   * scripted event on the way to fire it at its exact time. While a watch streams it also stops
   * at every timer, so each event's row is printed at its own virtual time (AGE as kubectl
   * would print it then); advancing in pieces fires the same timers in the same order.
   */
  private advanceTo(targetMs: number): void {
    const clock = this.cluster.internals.clock;
    for (let guard = 0; guard < 100_000; guard++) {
      const e = this.recorder?.dueBy(targetMs);
      const t = this.stream ? clock.peek() : undefined;
      const timer = t && t.due <= targetMs ? t.due : undefined;
      if (e && (timer === undefined || e.at <= timer)) {
        advanceToNow(this.cluster, e.at);
        this.fireDue(e.at);
      } else if (timer !== undefined) {
        if (timer <= this.cluster.now()) this.cluster.advance(0);
        else advanceToNow(this.cluster, timer);
      } else break;
      this.pollStream();
    }
    advanceToNow(this.cluster, targetMs);
    this.pollStream();
  }

  private pollStream(): void {
    const s = this.stream;
    if (!s || s.done) return;
    const chunk = s.watch.poll();
    s.stdout += chunk.stdout;
    s.stderr += chunk.stderr;
    s.done = chunk.done;
  }

  /** Sends what the stream printed since the last flush (one message per tick at most). */
  private flushStream(): void {
    const s = this.stream;
    if (!s || (!s.stdout && !s.stderr && !s.done)) return;
    this.emit({ type: "stream", id: s.id, stdout: s.stdout, stderr: s.stderr, done: s.done });
    s.stdout = s.stderr = "";
    if (s.done) this.stream = null;
  }

  /** Ctrl-C (or a new command): what is pending is sent, then the stream's end. */
  private endStream(): void {
    if (!this.stream) return;
    this.stream.done = true;
    this.flushStream();
  }

  /**
   * The inspector's three panes through kubectl, as a learner would type them; reads only, so
   * not recorded, and their trace entries (API gets) are not forwarded as the learner's doing.
   */
  private inspect(id: number, target: ObjectRef): void {
    this.forwardTrace();
    const kind = this.cluster.internals.kinds.find((k) => k.resource === target.resource);
    const ns = kind?.namespaced ? (target.namespace ?? "default") : undefined;
    const nsFlag = ns ? ` -n ${ns}` : "";
    const run = (line: string): Output => {
      const o = this.cluster.kubectl(line);
      return { stdout: o.stdout, stderr: o.stderr };
    };
    const yaml = run(`get ${target.resource} ${target.name}${nsFlag} -o yaml`);
    // Events of a cluster-scoped object (a node) live in the default namespace; -A finds them wherever.
    const events = run(`get events ${ns ? `-n ${ns}` : "-A"} --field-selector involvedObject.kind=${kind?.kind ?? target.resource},involvedObject.name=${target.name}`);
    const describe = run(`describe ${target.resource} ${target.name}${nsFlag}`);
    this.seen = traceMark(this.cluster);
    this.emit({ type: "inspected", id, yaml, events, describe });
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
    const before = traceMark(this.cluster);
    for (const [inc, tries] of STEP_SCHEDULE) {
      for (let i = 0; i < tries; i++) {
        this.advanceTo(this.cluster.now() + inc);
        const after = traceMark(this.cluster);
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
    this.forwardTrace();
    this.flushStream();
    const start = this.wallClock();
    if (!this.viewDirty || (!now && start - this.viewAt < 4 * this.viewCostMs)) return;
    this.emitView();
    this.viewDirty = false;
    this.viewAt = this.wallClock();
    this.viewCostMs = this.viewAt - start;
    // The view's own `get -o json` calls are traced too; they are not the learner's doing.
    this.seen = traceMark(this.cluster);
  }

  /** Sends the trace entries recorded since the last call (the newest MAX_TRACE_BATCH of a burst). */
  private forwardTrace(): void {
    const last = traceMark(this.cluster);
    if (last <= this.seen) return;
    const tracer = this.cluster.internals.tracer;
    const fresh: TraceEvent[] = [];
    for (let id = Math.max(this.seen + 1, last - MAX_TRACE_BATCH + 1); id <= last; id++) {
      const e = tracer.byId(id);
      if (e) fresh.push(e);
    }
    this.seen = last;
    this.viewDirty = true;
    if (fresh.length > 0) this.emit({ type: "trace", entries: fresh });
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
