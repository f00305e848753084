// syncCronJob (pkg/controller/cronjob/cronjob_controllerv2.go): reconcile status.active with
// the Jobs it owns, then, if a schedule time has come, apply startingDeadlineSeconds and the
// concurrency policy, create the Job "<cronjob>-<minutes since epoch>", record it, clean up
// finished Jobs beyond the history limits, and requeue just after the next schedule time.
import type { ControllerContext, KubeObject } from "../../types";
import { isApiError } from "../../api/errors";
import { controllerRef, timeOf, wallClockNow } from "../podcontrol";
import { civil, rfc1123z, rfc3339 } from "./calendar";
import { CronError, parseStandard, type Schedule } from "./schedule";
import { loadLocation } from "./timezone";
import { mostRecentScheduleTime, nextScheduleDelay, type CronTimes } from "./times";

export const CRONJOB_CONTROLLER = "cronjob-controller";
export const SCHEDULED_TIMESTAMP = "batch.kubernetes.io/cronjob-scheduled-timestamp";

export interface CronJobControllerState {
  /** Virtual ms of the pending requeue per key. */
  timers: Record<string, number>;
}
export const emptyCronState = (): CronJobControllerState => ({ timers: {} });

interface JobRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
  resourceVersion: string;
  uid: string;
}

const refOf = (job: KubeObject): JobRef => ({
  apiVersion: "batch/v1",
  kind: "Job",
  name: job.metadata.name,
  namespace: job.metadata.namespace!,
  resourceVersion: job.metadata.resourceVersion,
  uid: job.metadata.uid,
});

const conditionTrue = (job: KubeObject, type: string) => ((job.status?.conditions ?? []) as { type: string; status: string }[]).some((c) => c.type === type && c.status === "True");
const finishedType = (job: KubeObject) => (conditionTrue(job, "Complete") ? "Complete" : conditionTrue(job, "Failed") ? "Failed" : undefined);

/** queue.AddAfter as a timer; periodic because a schedule never ends (settle() ignores it). */
function requeueAfter(ctx: ControllerContext, key: string, delayMs: number): void {
  const st = ctx.state(emptyCronState);
  const due = ctx.now() + Math.max(1, Math.ceil(delayMs));
  const pending = st.timers[key];
  if (pending !== undefined && pending > ctx.now() && pending <= due) return;
  st.timers[key] = due;
  ctx.schedule(due - ctx.now(), { kind: "cronjob.sync", payload: { key }, periodic: true });
}

/** RFC 3339 in the CronJob's zone ("Z" when the offset is 0), as Go formats time.In(loc). */
function rfc3339In(ms: number, tz: string | undefined): string {
  const loc = loadLocation(tz ?? "");
  const offset = "error" in loc ? 0 : loc.offsetAt(ms);
  if (offset === 0) return rfc3339(ms);
  const c = civil(ms + offset);
  const pad = (n: number) => String(n).padStart(2, "0");
  const o = Math.abs(offset) / 60_000;
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}${offset < 0 ? "-" : "+"}${pad(Math.floor(o / 60))}:${pad(o % 60)}`;
}

/** getJobFromTemplate2 */
function jobFor(cj: KubeObject, scheduled: number): KubeObject {
  const tpl = cj.spec.jobTemplate ?? {};
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: {
      name: `${cj.metadata.name}-${Math.floor(scheduled / 60_000)}`,
      namespace: cj.metadata.namespace,
      labels: { ...(tpl.metadata?.labels ?? {}) },
      annotations: { ...(tpl.metadata?.annotations ?? {}), [SCHEDULED_TIMESTAMP]: rfc3339In(scheduled, cj.spec.timeZone) },
      ownerReferences: [controllerRef(cj)],
    },
    spec: structuredClone(tpl.spec ?? {}),
  } as KubeObject;
}

/** deleteJob: background propagation, drop it from active, SuccessfulDelete. */
function deleteJob(ctx: ControllerContext, cj: KubeObject, job: KubeObject, active: JobRef[]): boolean {
  try {
    ctx.api.delete("jobs", job.metadata.namespace, job.metadata.name, { propagationPolicy: "Background" });
  } catch (e) {
    if (!isApiError(e)) throw e;
    ctx.event(cj, "Warning", "FailedDelete", `Deleted job: ${e.message}`);
    return false;
  }
  const i = active.findIndex((r) => r.uid === job.metadata.uid);
  if (i >= 0) active.splice(i, 1);
  ctx.event(cj, "Normal", "SuccessfulDelete", `Deleted job ${job.metadata.name}`);
  return true;
}

/** byJobStartTime: started before not started, earlier first, then by name. */
function byStartTime(a: KubeObject, b: KubeObject): number {
  const sa = a.status?.startTime;
  const sb = b.status?.startTime;
  if (!sa !== !sb) return sa ? -1 : 1;
  if (sa && sb && sa !== sb) return timeOf(sa) - timeOf(sb);
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

function cleanupFinishedJobs(ctx: ControllerContext, cj: KubeObject, jobs: KubeObject[], active: JobRef[]): boolean {
  let changed = false;
  for (const [type, limit] of [["Complete", cj.spec.successfulJobsHistoryLimit], ["Failed", cj.spec.failedJobsHistoryLimit]] as const) {
    if (typeof limit !== "number") continue;
    const done = jobs.filter((j) => finishedType(j) === type && !j.metadata.deletionTimestamp).sort(byStartTime);
    for (let i = 0; i < done.length - limit; i++) if (deleteJob(ctx, cj, done[i]!, active)) changed = true;
  }
  return changed;
}

export function syncCronJob(key: string, ctx: ControllerContext): void {
  const [ns, name] = key.split("/") as [string, string];
  const cj = ctx.lister.get("cronjobs", ns, name);
  if (!cj) return;
  const now = wallClockNow(ctx);
  const status = cj.status ?? {};
  const active: JobRef[] = structuredClone(status.active ?? []);
  let lastScheduleTime: string | undefined = status.lastScheduleTime;
  let lastSuccessfulTime: string | undefined = status.lastSuccessfulTime;
  let jobs = [...ctx.lister.byOwner("jobs", cj.metadata.uid)];

  // 1. Active list vs the Jobs that exist.
  for (const j of jobs) {
    const inActive = active.some((r) => r.uid === j.metadata.uid);
    const fin = finishedType(j);
    if (!inActive && !fin) {
      ctx.event(cj, "Warning", "UnexpectedJob", `Saw a job that the controller did not create or forgot: ${j.metadata.name}`);
    } else if (inActive && fin) {
      active.splice(active.findIndex((r) => r.uid === j.metadata.uid), 1);
      ctx.event(cj, "Normal", "SawCompletedJob", `Saw completed job: ${j.metadata.name}, condition: ${fin}`);
    }
    if (fin === "Complete" && j.status?.completionTime && (!lastSuccessfulTime || timeOf(j.status.completionTime) > timeOf(lastSuccessfulTime))) {
      lastSuccessfulTime = j.status.completionTime;
    }
  }
  for (const r of [...active]) {
    if (jobs.some((j) => j.metadata.uid === r.uid)) continue;
    ctx.event(cj, "Normal", "MissingJob", `Active job went missing: ${r.name}`);
    active.splice(active.indexOf(r), 1);
  }

  const schedule = !cj.metadata.deletionTimestamp && !cj.spec.suspend ? parse(cj, ctx) : undefined;
  if (schedule) {
    const times: CronTimes = {
      created: timeOf(cj.metadata.creationTimestamp),
      lastSchedule: lastScheduleTime ? timeOf(lastScheduleTime) : undefined,
      startingDeadlineSeconds: typeof cj.spec.startingDeadlineSeconds === "number" ? cj.spec.startingDeadlineSeconds : undefined,
    };
    const r = mostRecentScheduleTime(times, now, schedule, true);
    if (r.error) ctx.event(cj, "Warning", "InvalidSchedule", `invalid schedule: ${cj.spec.schedule} : ${r.error}`);
    else if (r.missed > 100) {
      ctx.event(cj, "Warning", "TooManyMissedTimes", `too many missed start times: ${r.missed}. Set or decrease .spec.startingDeadlineSeconds or check clock skew`);
    }
    const scheduled = r.error ? undefined : r.mostRecent;
    if (scheduled !== undefined) {
      const jobName = `${cj.metadata.name}-${Math.floor(scheduled / 60_000)}`;
      const deadline = times.startingDeadlineSeconds;
      if (deadline !== undefined && scheduled + deadline * 1000 < now) {
        ctx.event(cj, "Warning", "MissSchedule", `Missed scheduled time to start a job: ${rfc1123z(scheduled)}`);
      } else if (active.some((a) => a.name === jobName) || (lastScheduleTime !== undefined && timeOf(lastScheduleTime) === scheduled)) {
        // Already processed.
      } else if (cj.spec.concurrencyPolicy === "Forbid" && active.length > 0) {
        ctx.event(cj, "Normal", "JobAlreadyActive", "Not starting job because prior execution is running and concurrency policy is Forbid");
      } else {
        if (cj.spec.concurrencyPolicy === "Replace") {
          for (const a of [...active]) {
            const j = ctx.lister.get("jobs", a.namespace, a.name);
            if (j) deleteJob(ctx, cj, j, active);
          }
          jobs = [...ctx.lister.byOwner("jobs", cj.metadata.uid)];
        }
        const created = createJob(ctx, cj, jobFor(cj, scheduled));
        if (created) {
          active.push(refOf(created));
          lastScheduleTime = rfc3339(scheduled);
          times.lastSchedule = scheduled;
        }
      }
    }
    const delay = nextScheduleDelay(times, now, schedule);
    if (delay !== undefined) requeueAfter(ctx, key, delay);
  }

  cleanupFinishedJobs(ctx, cj, jobs, active);
  const next: Record<string, unknown> = {};
  if (active.length) next.active = active;
  if (lastScheduleTime) next.lastScheduleTime = lastScheduleTime;
  if (lastSuccessfulTime) next.lastSuccessfulTime = lastSuccessfulTime;
  if (JSON.stringify(next) !== JSON.stringify(status)) ctx.api.updateStatus({ ...cj, status: next });
}

function parse(cj: KubeObject, ctx: ControllerContext): Schedule | undefined {
  const tz: string | undefined = cj.spec.timeZone ?? undefined;
  if (tz !== undefined) {
    const loc = loadLocation(tz);
    if ("error" in loc) {
      ctx.event(cj, "Warning", "UnknownTimeZone", `invalid timeZone: ${JSON.stringify(tz)}: ${loc.error}`);
      return undefined;
    }
  }
  try {
    return parseStandard(tz !== undefined ? `TZ=${tz} ${cj.spec.schedule}` : String(cj.spec.schedule ?? ""));
  } catch (e) {
    if (!(e instanceof CronError)) throw e;
    ctx.event(cj, "Warning", "UnparseableSchedule", `unparseable schedule: ${JSON.stringify(cj.spec.schedule)} : ${e.message}`);
    return undefined;
  }
}

/** CreateJob; AlreadyExists means it was created before (the name is the lock). */
function createJob(ctx: ControllerContext, cj: KubeObject, job: KubeObject): KubeObject | undefined {
  try {
    const created = ctx.api.create(job);
    ctx.event(cj, "Normal", "SuccessfulCreate", `Created job ${created.metadata.name}`);
    return created;
  } catch (e) {
    if (!isApiError(e)) throw e;
    if (e.code === 409) {
      const existing = ctx.lister.get("jobs", job.metadata.namespace, job.metadata.name);
      return existing?.metadata.ownerReferences?.some((r) => r.controller && r.uid === cj.metadata.uid) ? existing : undefined;
    }
    ctx.event(cj, "Warning", "FailedCreate", `Error creating job: ${e.message}`);
    return undefined;
  }
}

