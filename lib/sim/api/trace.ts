// The cluster's trace: a bounded ring of typed entries with causal links
// (api → store → watch → reconcile → api …). A "current cause" stack lets every entry recorded
// while handling something point at it without threading ids through every call.
import type { TraceEvent, TraceInput, VirtualMs } from "../types";
import { deepClone } from "../store/json";

export const DEFAULT_TRACE_LIMIT = 50_000;

export interface TracerState {
  nextId: number;
  limit: number;
  entries: TraceEvent[];
}

export class Tracer {
  private ring: TraceEvent[] = [];
  private start = 0;
  private nextId = 1;
  private causes: number[] = [];

  constructor(
    private readonly now: () => VirtualMs,
    readonly limit = DEFAULT_TRACE_LIMIT,
  ) {}

  /** Records an entry (taking ownership of the object); `cause` defaults to what is being handled now. */
  record(entry: TraceInput): number {
    const id = this.nextId++;
    const cause = entry.cause ?? this.causes[this.causes.length - 1];
    // The entry literal becomes the stored entry (callers pass fresh objects): no copy, and no
    // `delete` (which would drop the object into slow dictionary mode).
    const e = entry as TraceEvent;
    e.id = id;
    e.at = this.now();
    if (cause !== undefined) e.cause = cause;
    if (this.ring.length < this.limit) this.ring.push(e);
    else {
      this.ring[this.start] = e;
      this.start = (this.start + 1) % this.limit;
    }
    return id;
  }

  /** Runs `fn` with `cause` as the current cause of new entries. */
  within<T>(cause: number | undefined, fn: () => T): T {
    if (cause === undefined) return fn();
    this.causes.push(cause);
    try {
      return fn();
    } finally {
      this.causes.pop();
    }
  }

  current(): number | undefined {
    return this.causes[this.causes.length - 1];
  }

  /** The most recently recorded entry (to amend an api entry's outcome). */
  last(): TraceEvent | undefined {
    if (this.ring.length === 0) return undefined;
    return this.ring[(this.start + this.ring.length - 1) % this.ring.length];
  }

  /** Entry by id while it is still in the ring. */
  byId(id: number): TraceEvent | undefined {
    const oldest = this.nextId - this.ring.length;
    if (id < oldest || id >= this.nextId) return undefined;
    return this.ring[(this.start + (id - oldest)) % this.ring.length];
  }

  entries(): TraceEvent[] {
    return [...this.ring.slice(this.start), ...this.ring.slice(0, this.start)];
  }

  save(): TracerState {
    return { nextId: this.nextId, limit: this.limit, entries: deepClone(this.entries()) };
  }

  static load(state: TracerState, now: () => VirtualMs): Tracer {
    const t = new Tracer(now, state.limit);
    t.ring = deepClone(state.entries);
    t.nextId = state.nextId;
    return t;
  }
}
