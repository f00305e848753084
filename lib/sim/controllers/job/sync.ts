// syncJob (pkg/controller/job/job_controller.go) for one Job: claim its pods, count newly
// finished ones (those still carrying the tracking finalizer), decide success/failure
// (backoff limit, active deadline, completions), create or delete pods (parallelism, suspend,
// back-off), write status, then drop finalizers of counted pods.
//
// Simplification: counting and finalizer removal happen in one pass, so
// status.uncountedTerminatedPods is always {} (upstream parks UIDs there between the two writes).
import type { ControllerContext, KubeObject } from "../../types";
import { labelSelectorFromObject } from "../../labels";
import { claimPods, isPodActive, isPodReady, isPodTerminating, timeOf, wallClockNow } from "../podcontrol";
import { finishedTime, nextBackoffRecord } from "./backoff";
import { completionIndex, formatIndexes, matchSuccessPolicy, parseIndexes } from "./indexes";
import { conditionsOf, ensureCondition, findCondition, isJobFinished, newCondition, statusBody, type JobCondition } from "./conditions";
import { deleteJobPod, hasTrackingFinalizer, removeTrackingFinalizer } from "./pods";
import { matchPodFailurePolicy } from "./failurepolicy";
import { delayedDeletionPerIndex, isIndexFailed } from "./perindex";
import { emptyJobState, requeueAfter } from "./state";
import { manageJob } from "./manage";

interface Finished {
  success: boolean;
  reason: string;
  message: string;
}

function podsForJob(ctx: ControllerContext, job: KubeObject): KubeObject[] {
  let selector;
  try {
    selector = labelSelectorFromObject(job.spec?.selector);
  } catch {
    return [];
  }
  const owned = ctx.lister.byOwner("pods", job.metadata.uid);
  // A generated selector names this job's uid, so only a manual selector can match orphans worth
  // adopting; skipping the namespace scan otherwise keeps a sync O(own pods).
  if (!job.spec?.manualSelector && owned.every((p) => selector.matches(p.metadata.labels ?? {}))) return [...owned];
  const candidates = job.spec?.manualSelector
    ? ctx.lister.list("pods", job.metadata.namespace).filter((p) => {
        const ref = p.metadata.ownerReferences?.find((r) => r.controller);
        return ref ? ref.uid === job.metadata.uid : selector.matches(p.metadata.labels ?? {});
      })
    : owned;
  return claimPods(ctx, job, candidates, selector);
}

/** getFailJobMessage: the first failed pod matching a FailJob rule. */
function failJobMessage(policy: unknown, failedPods: readonly KubeObject[]): string | undefined {
  for (const p of failedPods) {
    const m = matchPodFailurePolicy(policy, p).failJobMessage;
    if (m) return m;
  }
  return undefined;
}

/** pastBackoffLimitOnFailure: restarts of pods still running count against the limit. */
function pastBackoffLimitOnFailure(job: KubeObject, pods: readonly KubeObject[]): boolean {
  if (job.spec?.template?.spec?.restartPolicy !== "OnFailure") return false;
  let restarts = 0;
  for (const p of pods) {
    if (p.status?.phase !== "Running" && p.status?.phase !== "Pending") continue;
    for (const s of [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])]) restarts += s.restartCount ?? 0;
  }
  const limit = job.spec.backoffLimit ?? 6;
  return limit === 0 ? restarts > 0 : restarts >= limit;
}

export function syncJob(key: string, ctx: ControllerContext): void {
  const st = ctx.state(emptyJobState);
  const [ns, name] = key.split("/") as [string, string];
  const job = ctx.lister.get("jobs", ns, name);
  if (!job || isJobFinished(job)) {
    delete st.backoff[key];
    return;
  }
  const spec = job.spec ?? {};
  if (spec.completionMode !== "NonIndexed" && spec.completionMode !== "Indexed") {
    ctx.event(job, "Warning", "UnknownCompletionMode", "Skipped Job sync because completion mode is unknown");
    return;
  }
  const indexed = spec.completionMode === "Indexed";
  const completions: number | undefined = typeof spec.completions === "number" ? spec.completions : undefined;
  const parallelism: number = spec.parallelism ?? 1;
  const suspended = spec.suspend === true;
  const onlyFailed = spec.podReplacementPolicy === "Failed";
  const now = wallClockNow(ctx);
  const nowTs = ctx.timestamp();
  const validIndex = (p: KubeObject) => !indexed || (completionIndex(p) >= 0 && completionIndex(p) < (completions ?? 0));
  // isPodFailed: Failed, or (unless only Failed pods are replaced) being deleted before succeeding.
  const isFailed = (p: KubeObject) => p.status?.phase === "Failed" || (!onlyFailed && Boolean(p.metadata.deletionTimestamp) && p.status?.phase !== "Succeeded");

  const pods = podsForJob(ctx, job);
  let active = pods.filter(isPodActive);
  let ready = active.filter(isPodReady).length;
  let terminating = pods.filter(isPodTerminating).length;
  const tracked = pods.filter(hasTrackingFinalizer);
  const newSucceeded = tracked.filter((p) => p.status?.phase === "Succeeded" && validIndex(p));
  const newFailed = tracked.filter((p) => p.status?.phase !== "Succeeded" && isFailed(p) && validIndex(p));
  let succeeded = (job.status?.succeeded ?? 0) + newSucceeded.length;
  const counts = (p: KubeObject) => matchPodFailurePolicy(spec.podFailurePolicy, p).countFailed;
  const failed = (job.status?.failed ?? 0) + newFailed.filter(counts).length;
  const conditions: JobCondition[] = structuredClone(conditionsOf(job));
  let startTime: string | undefined = job.status?.startTime;
  if (!startTime && !suspended) startTime = nowTs;

  let succeededIndexes: Set<number> | undefined;
  if (indexed) {
    succeededIndexes = parseIndexes(job.status?.completedIndexes, completions ?? 0);
    for (const p of pods) if (p.status?.phase === "Succeeded" && validIndex(p)) succeededIndexes.add(completionIndex(p));
    succeeded = succeededIndexes.size;
  }

  let finished: Finished | undefined;
  let policyMessage: string | undefined;
  const met = findCondition(conditions, "SuccessCriteriaMet");
  const target = findCondition(conditions, "FailureTarget");
  if (met?.status === "True") finished = { success: true, reason: met.reason ?? "", message: met.message ?? "" };
  else if (target?.status === "True") finished = { success: false, reason: target.reason ?? "", message: target.message ?? "" };
  else if ((policyMessage = failJobMessage(spec.podFailurePolicy, pods.filter(isFailed))) !== undefined) {
    finished = { success: false, reason: "PodFailurePolicy", message: policyMessage };
  } else if (failed > (spec.backoffLimit ?? 6) || pastBackoffLimitOnFailure(job, pods)) {
    finished = { success: false, reason: "BackoffLimitExceeded", message: "Job has reached the specified backoff limit" };
  } else if (typeof spec.activeDeadlineSeconds === "number" && startTime && !suspended) {
    const left = spec.activeDeadlineSeconds * 1000 - (now - timeOf(startTime));
    if (left <= 0) finished = { success: false, reason: "DeadlineExceeded", message: "Job was active longer than specified deadline" };
    else requeueAfter(ctx, key, left);
  }

  // backoffLimitPerIndex: failed indexes, the Job-level verdicts on them, delayed pod removals.
  const perIndex = indexed && typeof spec.backoffLimitPerIndex === "number";
  let failedIndexes: Set<number> | undefined;
  let delayed: Map<number, KubeObject> | undefined;
  if (perIndex) {
    failedIndexes = parseIndexes(job.status?.failedIndexes, completions ?? 0);
    for (const p of tracked) if (validIndex(p) && isIndexFailed(job, p, isFailed(p))) failedIndexes.add(completionIndex(p));
    if (!finished) {
      if (typeof spec.maxFailedIndexes === "number" && failedIndexes.size > spec.maxFailedIndexes) {
        finished = { success: false, reason: "MaxFailedIndexesExceeded", message: "Job has exceeded the specified maximal number of failed indexes" };
      } else if (failedIndexes.size > 0 && failedIndexes.size + succeededIndexes!.size >= (completions ?? 0)) {
        finished = { success: false, reason: "FailedIndexes", message: "Job has failed indexes" };
      }
    }
    const busy = new Set<number>([...succeededIndexes!, ...failedIndexes, ...active.map(completionIndex)]);
    delayed = delayedDeletionPerIndex(tracked, isFailed, busy, completions ?? 0, now);
  }

  // Pods whose finalizer stays (delayed) are not counted yet: they will be once released.
  const isDelayed = (p: KubeObject) => delayed?.get(completionIndex(p)) === p;
  const backoff = nextBackoffRecord(st.backoff[key], newSucceeded.map((p) => finishedTime(p, now)), newFailed.filter((p) => !isDelayed(p)).map((p) => finishedTime(p, now)));
  st.backoff[key] = backoff;

  if (!finished && succeededIndexes) {
    const matched = matchSuccessPolicy(spec.successPolicy, completions ?? 0, succeededIndexes);
    if (matched) finished = { success: true, reason: "SuccessPolicy", message: matched };
  }

  let activeCount = active.length;
  let suspendChanged = false;
  if (finished) {
    // deleteActivePods: finalizers stay, so these pods are counted (as failed) below.
    for (const p of active) deleteJobPod(ctx, job, p, false);
    terminating += active.length;
    ready = 0;
    activeCount = 0;
  } else {
    let managed = false;
    if (!job.metadata.deletionTimestamp) {
      const r = manageJob(ctx, job, key, {
        active, succeeded, terminating, ready, parallelism, completions, suspended, onlyFailed, backoff, now, succeededIndexes, failedIndexes, delayed,
        terminatingPods: pods.filter(isPodTerminating),
      });
      activeCount = r.active;
      terminating = r.terminating;
      ready = r.ready;
      active = r.remaining;
      managed = true;
    }
    const complete = completions === undefined ? succeeded > 0 && activeCount === 0 : succeeded >= completions && activeCount === 0;
    if (complete) finished = { success: true, reason: "CompletionsReached", message: "Reached expected number of succeeded pods" };
    else if (managed) {
      if (suspended) {
        suspendChanged = ensureCondition(conditions, "Suspended", "True", "JobSuspended", "Job suspended", nowTs);
        if (suspendChanged) ctx.event(job, "Normal", "Suspended", "Job suspended");
      } else {
        suspendChanged = ensureCondition(conditions, "Suspended", "False", "JobResumed", "Job resumed", nowTs);
        if (suspendChanged) {
          ctx.event(job, "Normal", "Resumed", "Job resumed");
          // The active deadline counts from the resume.
          startTime = nowTs;
        }
      }
    }
  }

  // trackJobStatusAndRemoveFinalizers: which tracked pods are done with, and their counts.
  // status.failed grows only by pods whose finalizer is released now.
  let statusFailed = job.status?.failed ?? 0;
  const release: KubeObject[] = [];
  for (const p of tracked) {
    const failedPod = isFailed(p);
    if (!(job.metadata.deletionTimestamp || finished || p.status?.phase === "Succeeded" || failedPod)) continue;
    // A failed pod awaiting its replacement keeps its finalizer (it carries the index's count).
    if (!job.metadata.deletionTimestamp && !finished && isDelayed(p)) continue;
    release.push(p);
    if (p.status?.phase === "Succeeded" || !validIndex(p) || !counts(p)) continue;
    // When the job has failed, every pod still running counts as failed too.
    if (failedPod || (finished && !finished.success)) statusFailed++;
  }
  let final: JobCondition | undefined;
  if (finished && !finished.success) {
    if (target?.status !== "True") conditions.push(newCondition("FailureTarget", "True", finished.reason, finished.message, nowTs));
    final = newCondition("Failed", "True", finished.reason, finished.message, nowTs);
  } else if (finished) {
    if (met?.status !== "True") conditions.push(newCondition("SuccessCriteriaMet", "True", finished.reason, finished.message, nowTs));
    final = newCondition("Complete", "True", finished.reason, finished.message, nowTs);
  }
  // enactJobFinished waits until no pod of the job is still terminating.
  let completionTime: string | undefined = job.status?.completionTime;
  const done = final !== undefined && terminating === 0;
  if (done) {
    ensureCondition(conditions, final!.type, "True", final!.reason ?? "", final!.message ?? "", nowTs);
    if (final!.type === "Complete") completionTime = nowTs;
  }
  const body = statusBody({ active: activeCount, succeeded, failed: statusFailed, ready, terminating }, {
    conditions,
    ...(startTime ? { startTime } : {}),
    ...(completionTime ? { completionTime } : {}),
    ...(succeededIndexes ? { completedIndexes: formatIndexes(succeededIndexes) } : {}),
    ...(failedIndexes ? { failedIndexes: formatIndexes(failedIndexes) } : {}),
  });
  if (JSON.stringify(body) !== JSON.stringify(job.status ?? {}) || suspendChanged) {
    ctx.api.updateStatus({ ...job, status: body });
  }
  for (const p of release) removeTrackingFinalizer(ctx, p);
  if (done) {
    if (final!.type === "Complete") {
      if (completions !== undefined && succeeded > completions) ctx.event(job, "Warning", "TooManySucceededPods", "Too many succeeded pods running after completion count reached");
      ctx.event(job, "Normal", "Completed", "Job completed");
    } else ctx.event(job, "Warning", final!.reason ?? "", final!.message ?? "");
  }
}
