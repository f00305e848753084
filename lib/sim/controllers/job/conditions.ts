// Job conditions and status shape (job_controller.go newCondition / ensureJobConditionStatus,
// pkg/controller/job/util IsJobFinished) plus the status fields as the API prints them
// (active/succeeded/failed omitted at 0; ready, terminating and uncountedTerminatedPods always).
import type { KubeObject } from "../../types";

export interface JobCondition {
  type: string;
  status: "True" | "False";
  lastProbeTime: string;
  lastTransitionTime: string;
  reason?: string;
  message?: string;
}

export const conditionsOf = (job: KubeObject): JobCondition[] => (job.status?.conditions ?? []) as JobCondition[];
export const findCondition = (list: readonly JobCondition[], type: string) => list.find((c) => c.type === type);
export const isConditionTrue = (job: KubeObject, type: string) => findCondition(conditionsOf(job), type)?.status === "True";

/** Complete or Failed is True: the controller is done with it. */
export const isJobFinished = (job: KubeObject) => isConditionTrue(job, "Complete") || isConditionTrue(job, "Failed");

export function newCondition(type: string, status: "True" | "False", reason: string, message: string, now: string): JobCondition {
  const c: JobCondition = { type, status, lastProbeTime: now, lastTransitionTime: now };
  if (reason) c.reason = reason;
  if (message) c.message = message;
  return c;
}

/**
 * ensureJobConditionStatus: updates a condition in place when status/reason/message differ,
 * appends one only when it is True (nothing → False is meaningless). Returns whether it changed.
 */
export function ensureCondition(list: JobCondition[], type: string, status: "True" | "False", reason: string, message: string, now: string): boolean {
  const i = list.findIndex((c) => c.type === type);
  if (i >= 0) {
    const c = list[i]!;
    if (c.status === status && (c.reason ?? "") === reason && (c.message ?? "") === message) return false;
    list[i] = newCondition(type, status, reason, message, now);
    return true;
  }
  if (status !== "True") return false;
  list.push(newCondition(type, status, reason, message, now));
  return true;
}

export interface JobCounts {
  active: number;
  succeeded: number;
  failed: number;
  ready: number;
  terminating: number;
}

/** The status object with upstream's omitempty rules, in the order the API serialises fields. */
export function statusBody(counts: JobCounts, extra: { conditions: JobCondition[]; startTime?: string; completionTime?: string; completedIndexes?: string; failedIndexes?: string }): Record<string, unknown> {
  const s: Record<string, unknown> = {};
  if (counts.active) s.active = counts.active;
  if (extra.completedIndexes) s.completedIndexes = extra.completedIndexes;
  if (extra.completionTime) s.completionTime = extra.completionTime;
  if (extra.conditions.length) s.conditions = extra.conditions;
  if (counts.failed) s.failed = counts.failed;
  if (extra.failedIndexes !== undefined) s.failedIndexes = extra.failedIndexes;
  s.ready = counts.ready;
  if (extra.startTime) s.startTime = extra.startTime;
  if (counts.succeeded) s.succeeded = counts.succeeded;
  s.terminating = counts.terminating;
  s.uncountedTerminatedPods = {};
  return s;
}
