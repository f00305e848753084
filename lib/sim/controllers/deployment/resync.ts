// Delayed re-syncs on the cluster's timer queue (upstream: workqueue AddAfter), deduplicated so a
// controller that asks again for the same key and an equal or later time adds no new timer.
import type { ControllerContext } from "../../types";

/** key → virtual ms of the earliest pending re-sync (kept in ctx.state, so in snapshots). */
export type ResyncState = Record<string, number>;

/**
 * `periodic`: a safety-net re-check settle() need not wait for (the progress-deadline check of a
 * Deployment that may well finish first); otherwise settle() waits for it.
 */
export function scheduleResync(ctx: ControllerContext, state: ResyncState, timerKind: string, key: string, delayMs: number, periodic = false): void {
  const delay = Math.max(0, Math.ceil(delayMs));
  const due = ctx.now() + delay;
  const pending = state[key];
  if (pending !== undefined && pending >= ctx.now() && pending <= due) return;
  state[key] = due;
  ctx.schedule(delay, { kind: timerKind, payload: { key, due }, ...(periodic ? { periodic: true } : {}) });
}

/** Bookkeeping when a re-sync timer fires; returns the key to sync. */
export function resyncFired(state: ResyncState, payload: unknown): string | undefined {
  const p = payload as { key?: string; due?: number } | undefined;
  if (!p?.key) return undefined;
  if (state[p.key] === p.due) delete state[p.key];
  return p.key;
}

/**
 * Per-controller re-sync bookkeeping (kept in ctx.state). Snapshots taken before same-instant
 * syncs stopped being coalesced also carry a `last` map; it is ignored.
 */
export interface ResyncTimers {
  resync: ResyncState;
}

export const newResyncTimers = (): ResyncTimers => ({ resync: {} });
