// backoffLimitPerIndex for Indexed Jobs (indexed_job_utils.go): each pod carries how many
// times its index failed before (job-index-failure-count); an index whose pod fails with that
// count at the limit — or matches a FailIndex rule — is failed for good (status.failedIndexes);
// each index waits out its own back-off, and the last failed pod of an index keeps its
// finalizer until its replacement exists so the count can be carried over.
import type { KubeObject } from "../../types";
import { matchPodFailurePolicy } from "./failurepolicy";
import { completionIndex } from "./indexes";
import { finishedTime, remainingBackoff } from "./backoff";

export const INDEX_FAILURE_COUNT = "batch.kubernetes.io/job-index-failure-count";
export const INDEX_IGNORED_FAILURE_COUNT = "batch.kubernetes.io/job-index-ignored-failure-count";

function annotationInt(pod: KubeObject, key: string): number {
  const v = pod.metadata.annotations?.[key];
  if (v === undefined || !/^\d+$/.test(v)) return 0;
  const n = Number(v);
  return n > 2147483647 ? 0 : n;
}

export const indexFailureCount = (pod: KubeObject) => annotationInt(pod, INDEX_FAILURE_COUNT);
const absoluteFailureCount = (pod: KubeObject) => annotationInt(pod, INDEX_FAILURE_COUNT) + annotationInt(pod, INDEX_IGNORED_FAILURE_COUNT);

/** isIndexFailed: the pod's failure exhausts its index (or a FailIndex rule matched). */
export function isIndexFailed(job: KubeObject, pod: KubeObject, podFailed: boolean): boolean {
  if (!podFailed) return false;
  let counted = true;
  if (job.spec.podFailurePolicy) {
    const m = matchPodFailurePolicy(job.spec.podFailurePolicy, pod);
    if (m.action === "FailIndex") return true;
    counted = m.countFailed;
  }
  return counted && indexFailureCount(pod) >= job.spec.backoffLimitPerIndex;
}

/** getPodsWithDelayedDeletionPerIndex: per pending index, the latest failed pod still tracked. */
export function delayedDeletionPerIndex(tracked: readonly KubeObject[], isFailed: (p: KubeObject) => boolean, busy: ReadonlySet<number>, completions: number, now: number): Map<number, KubeObject> {
  const out = new Map<number, KubeObject>();
  for (const p of tracked) {
    if (!isFailed(p)) continue;
    const ix = completionIndex(p);
    if (ix < 0 || ix >= completions || busy.has(ix)) continue;
    const last = out.get(ix);
    if (!last || (absoluteFailureCount(last) <= absoluteFailureCount(p) && finishedTime(p, now) >= finishedTime(last, now))) out.set(ix, p);
  }
  return out;
}

/** getNewIndexFailureCounts: the annotations of the pod replacing `replaced`. */
export function replacementAnnotations(job: KubeObject, replaced: KubeObject | undefined): Record<string, string> {
  if (!replaced) return { [INDEX_FAILURE_COUNT]: "0" };
  let count = indexFailureCount(replaced);
  let ignored = annotationInt(replaced, INDEX_IGNORED_FAILURE_COUNT);
  if (matchPodFailurePolicy(job.spec.podFailurePolicy, replaced).countFailed) count++;
  else ignored++;
  return { [INDEX_FAILURE_COUNT]: String(count), ...(ignored > 0 ? { [INDEX_IGNORED_FAILURE_COUNT]: String(ignored) } : {}) };
}

/** getRemainingTimePerIndex: back-off of the index from its last failed pod. */
export function remainingForIndex(lastFailed: KubeObject | undefined, now: number): number {
  if (!lastFailed) return 0;
  return remainingBackoff({ failuresAfterLastSuccess: absoluteFailureCount(lastFailed) + 1, lastFailureTime: finishedTime(lastFailed, now) }, now);
}
