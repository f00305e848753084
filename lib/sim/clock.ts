// Virtual clock and the cluster's single timer queue. Timers are plain data (TimerTask) in a
// binary heap ordered by (due, seq): same-time timers run in the order they were scheduled,
// and a snapshot can carry the queue as JSON (like kwok's fake-clock delaying queue).
import type { TimerTask, VirtualMs } from "./types";

/** Wall-clock instant of virtual time 0: 2026-01-01T00:00:00Z in Unix ms. */
export const EPOCH_MS = 1_767_225_600_000;

export interface Timer {
  due: VirtualMs;
  seq: number;
  task: TimerTask;
}

export interface ClockState {
  now: number;
  /** Wall-clock ms of virtual 0 for this cluster (absent in older snapshots: EPOCH_MS). */
  epochMs?: number;
  seq: number;
  timers: Timer[];
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Civil date from days since 1970-01-01 (Howard Hinnant's civil_from_days). */
export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** RFC 3339 at second precision (metav1.Time marshals without fractions), e.g. 2026-01-01T00:00:30Z. */
export function timestamp(at: VirtualMs, epochMs = EPOCH_MS): string {
  const ms = epochMs + Math.floor(at);
  const days = Math.floor(ms / 86_400_000);
  const secs = Math.floor((ms - days * 86_400_000) / 1000);
  const [y, m, d] = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(Math.floor(secs / 3600))}:${pad(Math.floor(secs / 60) % 60)}:${pad(secs % 60)}Z`;
}

const before = (a: Timer, b: Timer) => a.due < b.due || (a.due === b.due && a.seq < b.seq);

export class Clock {
  /** Wall-clock ms of virtual 0; per cluster, so clusters with different epochs can coexist. */
  readonly epochMs: number;
  private nowMs = 0;
  private seq = 0;
  private heap: Timer[] = [];
  private nonPeriodic = 0;

  constructor(epochMs = EPOCH_MS) {
    this.epochMs = Number.isFinite(epochMs) ? Math.floor(epochMs) : EPOCH_MS;
  }

  now(): VirtualMs {
    return this.nowMs;
  }

  /** RFC 3339 of a virtual time (default now) in this clock's epoch. */
  timestamp(at: VirtualMs = this.nowMs): string {
    return timestamp(at, this.epochMs);
  }

  /** Moves time forward only; the cluster loop sets it to each timer's due time. */
  set(at: VirtualMs): void {
    if (at > this.nowMs) this.nowMs = at;
  }

  schedule(delayMs: number, task: TimerTask): void {
    const delay = Number.isFinite(delayMs) && delayMs > 0 ? delayMs : 0;
    this.push({ due: this.nowMs + delay, seq: this.seq++, task });
  }

  /** Due time of the earliest timer, or undefined when none. */
  peek(): Timer | undefined {
    return this.heap[0];
  }

  /** Timers that are not periodic housekeeping (settle stops when none remain). */
  get pendingNonPeriodic(): number {
    return this.nonPeriodic;
  }

  pop(): Timer | undefined {
    const heap = this.heap;
    const top = heap[0];
    if (!top) return undefined;
    if (!top.task.periodic) this.nonPeriodic--;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      this.down(0);
    }
    return top;
  }

  get size(): number {
    return this.heap.length;
  }

  save(): ClockState {
    // Sorted so two equal queues serialise identically whatever the heap layout.
    const timers = [...this.heap].sort((a, b) => (before(a, b) ? -1 : 1)).map((t) => structuredClone(t));
    return { now: this.nowMs, ...(this.epochMs !== EPOCH_MS ? { epochMs: this.epochMs } : {}), seq: this.seq, timers };
  }

  static load(state: ClockState): Clock {
    const c = new Clock(state.epochMs);
    c.nowMs = state.now;
    c.seq = state.seq;
    for (const t of state.timers) c.push(structuredClone(t));
    return c;
  }

  private push(t: Timer): void {
    if (!t.task.periodic) this.nonPeriodic++;
    const heap = this.heap;
    heap.push(t);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && before(heap[l]!, heap[m]!)) m = l;
      if (r < n && before(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  }
}
