// minReadySeconds: a ready pod becomes available later, with no watch event to say so, so a
// workload controller asks for one re-sync at the moment the next of its pods becomes available
// (kube-controller-manager requeues the key after that delay). One pending timer per key.
import type { ControllerContext, KubeObject } from "../../types";
import { podAvailableAt, wallClockNow } from "./predicates";

const pendingOf = (ctx: ControllerContext) => ctx.state<Record<string, number>>(() => ({}));

/** Schedules timer `timerKind` with payload {key, due} for the next pod to become available. */
export function requeueForAvailability(ctx: ControllerContext, timerKind: string, key: string, owner: KubeObject, pods: readonly KubeObject[]): void {
  const minReady = Number(owner.spec?.minReadySeconds ?? 0);
  if (!minReady) return;
  const now = wallClockNow(ctx);
  const dues = pods.map((p) => podAvailableAt(p, minReady)).filter((t): t is number => t !== undefined && t > now);
  if (!dues.length) return;
  const due = Math.min(...dues);
  const pending = pendingOf(ctx);
  if (pending[key] !== undefined && pending[key]! <= due) return;
  pending[key] = due;
  ctx.schedule(due - now, { kind: timerKind, payload: { key, due } });
}

/** In the timer's handler: forgets the pending re-sync and returns the key to sync. */
export function availabilityTimerFired(ctx: ControllerContext, payload: unknown): string {
  const { key, due } = payload as { key: string; due: number };
  const pending = pendingOf(ctx);
  if (pending[key] === due) delete pending[key];
  return key;
}
