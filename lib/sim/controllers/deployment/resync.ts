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

/** Per-controller bookkeeping for coalesced syncs (kept in ctx.state). */
export interface CoalesceState {
  /** key → virtual ms of its last sync. */
  last: Record<string, number>;
  resync: ResyncState;
}

export const newCoalesceState = (): CoalesceState => ({ last: {}, resync: {} });

/**
 * A workqueue coalesces a burst of events for one key into few syncs. Timers due at the same
 * virtual instant (e.g. a thousand pods turning Ready together) fire one by one, each followed
 * by the reconciles it caused, so without this a controller would re-sync once per pod. The
 * first sync of a key at an instant runs at once; later requests at the same instant become
 * one re-sync at the end of that instant (a 0 ms timer, after the timers already due).
 * Returns true when the caller should sync now.
 */
export function syncNowOrCoalesce(ctx: ControllerContext, state: CoalesceState, timerKind: string, key: string): boolean {
  const now = ctx.now();
  if (state.last[key] !== now) {
    state.last[key] = now;
    return true;
  }
  scheduleResync(ctx, state.resync, timerKind, key, 0);
  return false;
}

/** Forget a key whose object is gone (keeps the state small). */
export function forgetKey(state: CoalesceState, key: string): void {
  delete state.last[key];
}
