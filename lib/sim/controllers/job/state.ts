// Job controller state kept in ctx.state (JSON, in snapshots) and its requeue timer.
import type { ControllerContext } from "../../types";
import type { BackoffRecord } from "./backoff";

export interface JobControllerState {
  backoff: Record<string, BackoffRecord>;
  /** Virtual ms of the pending "job.sync" timer per key (so requeues do not pile up). */
  timers: Record<string, number>;
}
export const emptyJobState = (): JobControllerState => ({ backoff: {}, timers: {} });

/** queue.AddAfter(key, delay) on the timer queue. */
export function requeueAfter(ctx: ControllerContext, key: string, delayMs: number): void {
  const st = ctx.state(emptyJobState);
  const due = ctx.now() + Math.max(1, Math.ceil(delayMs));
  const pending = st.timers[key];
  if (pending !== undefined && pending > ctx.now() && pending <= due) return;
  st.timers[key] = due;
  ctx.schedule(due - ctx.now(), { kind: "job.sync", payload: { key } });
}
