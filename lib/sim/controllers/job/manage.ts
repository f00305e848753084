// manageJob (job_controller.go): with the Job neither finished nor deleted, bring the number of
// active pods to what parallelism and the remaining completions want — deleting surplus pods
// (all of them when suspended) or creating new ones once the pod failure back-off allows.
import type { ControllerContext, KubeObject } from "../../types";
import { isPodReady, podsToDelete } from "../podcontrol";
import { remainingBackoff, type BackoffRecord } from "./backoff";
import { completionIndex, firstPendingIndexes } from "./indexes";
import { remainingForIndex, replacementAnnotations } from "./perindex";
import { createJobPod, deleteJobPod } from "./pods";
import { requeueAfter } from "./state";

/** Upstream caps pod creations/deletions per sync (MaxPodCreateDeletePerSync). */
const MAX_PER_SYNC = 500;

export interface ManageInput {
  active: KubeObject[];
  succeeded: number;
  terminating: number;
  ready: number;
  parallelism: number;
  completions: number | undefined;
  suspended: boolean;
  onlyFailed: boolean;
  backoff: BackoffRecord;
  now: number;
  succeededIndexes: Set<number> | undefined;
  failedIndexes: Set<number> | undefined;
  delayed: Map<number, KubeObject> | undefined;
  terminatingPods: KubeObject[];
}

/** activePodsForRemoval: Indexed pods with a bad or repeated index first, then deletion order. */
function podsForRemoval(m: ManageInput, count: number): KubeObject[] {
  const rm: KubeObject[] = [];
  let left = m.active;
  if (m.succeededIndexes) {
    const seen = new Set<number>();
    left = [];
    for (const p of m.active) {
      const ix = completionIndex(p);
      if (ix < 0 || ix >= (m.completions ?? 0) || seen.has(ix)) rm.push(p);
      else {
        seen.add(ix);
        left.push(p);
      }
    }
  }
  if (rm.length < count) rm.push(...podsToDelete(left, left, count - rm.length, m.now));
  return rm;
}

/** manageJob: suspend, scale down, or create up to the wanted number of active pods. */
export function manageJob(ctx: ControllerContext, job: KubeObject, key: string, m: ManageInput): { active: number; terminating: number; ready: number; remaining: KubeObject[] } {
  let active = m.active.length;
  let { terminating, ready } = m;
  const remove = (pods: KubeObject[]) => {
    for (const p of pods) {
      deleteJobPod(ctx, job, p, true);
      if (isPodReady(p)) ready--;
    }
    active -= pods.length;
    terminating += pods.length;
    return { active, terminating, ready, remaining: m.active.filter((p) => !pods.includes(p)) };
  };
  if (m.suspended) return remove(podsForRemoval(m, active));
  let want: number;
  if (m.completions === undefined) want = m.succeeded > 0 ? active : m.parallelism;
  else want = Math.max(0, Math.min(m.completions - m.succeeded, m.parallelism));
  const extra = podsForRemoval(m, Math.max(0, active - want)).slice(0, MAX_PER_SYNC);
  if (extra.length > 0) return remove(extra);
  let diff = want - (m.onlyFailed ? terminating : 0) - active;
  if (diff > 0) {
    const wait = m.delayed ? 0 : remainingBackoff(m.backoff, m.now);
    if (wait > 0) {
      requeueAfter(ctx, key, wait);
      // Upstream's manageJob returns 0 here; with ready pods that status would fail validation
      // (ready > active), leaving the previous count in place, so the real count is kept.
      return { active, terminating, ready, remaining: m.active };
    }
    diff = Math.min(diff, MAX_PER_SYNC);
    if (!m.succeededIndexes) {
      for (let i = 0; i < diff; i++) if (createJobPod(ctx, job, -1)) active++;
      return { active, terminating, ready, remaining: m.active };
    }
    // With onlyFailed replacement, a terminating pod still holds its index.
    const busy = m.onlyFailed ? [...m.active, ...m.terminatingPods] : m.active;
    let indexes = firstPendingIndexes(m.succeededIndexes, busy, diff, m.completions ?? 0, m.failedIndexes);
    if (m.delayed) {
      // getPodCreationInfoForIndependentIndexes: create what is past its own back-off, else wait.
      const creatable = indexes.filter((ix) => remainingForIndex(m.delayed!.get(ix), m.now) === 0);
      if (creatable.length === 0 && indexes.length > 0) {
        requeueAfter(ctx, key, Math.min(...indexes.map((ix) => remainingForIndex(m.delayed!.get(ix), m.now))));
        return { active, terminating, ready, remaining: m.active };
      }
      indexes = creatable;
    }
    for (const ix of indexes) {
      const annotations = m.delayed ? replacementAnnotations(job, m.delayed.get(ix)) : {};
      if (createJobPod(ctx, job, ix, annotations)) active++;
    }
  }
  return { active, terminating, ready, remaining: m.active };
}
