// Pod failure back-off of the Job controller (pkg/controller/job/backoff_utils.go): failures
// since the last success and when the last one happened decide how long new pods wait —
// 10 s, doubling per failure, capped at 6 min. Times are Unix ms.
import type { KubeObject } from "../../types";
import { timeOf } from "../podcontrol";

export const DEFAULT_BACKOFF_MS = 10_000;
export const MAX_BACKOFF_MS = 360_000;

export interface BackoffRecord {
  failuresAfterLastSuccess: number;
  lastFailureTime: number | null;
}

/** getFinishedTime: the latest container finishedAt, else `fallback` (deleted before it ran). */
export function finishedTime(pod: KubeObject, fallback: number): number {
  let latest = NaN;
  for (const s of [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])] as { state?: { terminated?: { finishedAt?: string } } }[]) {
    const t = timeOf(s.state?.terminated?.finishedAt);
    if (!Number.isNaN(t) && !(t <= latest)) latest = t;
  }
  return Number.isNaN(latest) ? fallback : latest;
}

/** newBackoffRecord: fold this sync's newly finished pods into the record. */
export function nextBackoffRecord(old: BackoffRecord | undefined, succeeded: readonly number[], failed: readonly number[]): BackoffRecord {
  const rec: BackoffRecord = old ? { ...old } : { failuresAfterLastSuccess: 0, lastFailureTime: null };
  const s = [...succeeded].sort((a, b) => a - b);
  const f = [...failed].sort((a, b) => a - b);
  if (s.length === 0) {
    if (f.length === 0) return rec;
    return { failuresAfterLastSuccess: rec.failuresAfterLastSuccess + f.length, lastFailureTime: f[f.length - 1]! };
  }
  // A success resets the count; only failures after the last success still count.
  const lastSuccess = s[s.length - 1]!;
  const after = f.filter((t) => t > lastSuccess);
  return { failuresAfterLastSuccess: after.length, lastFailureTime: after.length ? after[after.length - 1]! : null };
}

/** getRemainingTime: how long pod creation must still wait (0: go ahead). */
export function remainingBackoff(rec: BackoffRecord | undefined, now: number): number {
  if (!rec || rec.failuresAfterLastSuccess === 0 || rec.lastFailureTime === null) return 0;
  let d = DEFAULT_BACKOFF_MS;
  for (let i = 1; i < rec.failuresAfterLastSuccess; i++) {
    d *= 2;
    if (d >= MAX_BACKOFF_MS) {
      d = MAX_BACKOFF_MS;
      break;
    }
  }
  const elapsed = now - rec.lastFailureTime;
  return d < elapsed ? 0 : d - elapsed;
}
