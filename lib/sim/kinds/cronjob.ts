// CronJob (batch/v1): SetDefaults_CronJob, ValidateCronJobCreate/Update (schedule parsed by
// robfig/cron's ParseStandard, time zones by time.LoadLocation, the embedded jobTemplate) and
// printCronJob's columns.
import type { FieldError, KindSpec, KubeObject } from "../types";
import { formatLabelSelector } from "../labels";
import { sinceText } from "../node/time";
import { containerCells, validateJobSpecCommon } from "./job";
import { defaultPodTemplate } from "./pod";
import { CronError, parseStandard } from "../controllers/cronjob/schedule";
import { loadLocation } from "../controllers/cronjob/timezone";


export function defaultCronJob(obj: KubeObject): void {
  const spec = (obj.spec ??= {});
  spec.concurrencyPolicy ||= "Allow";
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  const jt = (spec.jobTemplate ??= {});
  defaultPodTemplate(((jt.spec ??= {}).template ??= {}));
}

const nonNegative = (v: unknown, field: string, errs: FieldError[]) => {
  if (typeof v === "number" && v < 0) errs.push({ type: "Invalid value", field, value: v, detail: "must be greater than or equal to 0" });
};

/** validateScheduleFormat: robfig's parse error, then the TZ-in-schedule rules. */
function validateSchedule(schedule: string, allowTZ: boolean, timeZone: unknown): FieldError[] {
  const errs: FieldError[] = [];
  try {
    parseStandard(schedule);
  } catch (e) {
    if (!(e instanceof CronError)) throw e;
    errs.push({ type: "Invalid value", field: "spec.schedule", value: schedule, detail: e.message });
  }
  if (allowTZ && schedule.includes("TZ") && timeZone != null) {
    errs.push({ type: "Invalid value", field: "spec.schedule", value: schedule, detail: "cannot use both timeZone field and TZ or CRON_TZ in schedule" });
  } else if (!allowTZ && schedule.includes("TZ")) {
    errs.push({ type: "Invalid value", field: "spec.schedule", value: schedule, detail: "cannot use TZ or CRON_TZ in schedule, use timeZone field instead" });
  }
  return errs;
}

const TZ_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

export function validateTimeZone(tz: unknown): FieldError[] {
  if (tz == null) return [];
  const field = "spec.timeZone";
  const name = String(tz);
  if (name.length === 0) return [{ type: "Invalid value", field, value: name, detail: "timeZone must be nil or non-empty string" }];
  for (const part of name.split("/")) {
    if (part === "." || part === ".." || part.startsWith("-") || !TZ_PART.test(part)) {
      return [{ type: "Invalid value", field, value: name, detail: `unknown time zone ${name}` }];
    }
  }
  const errs: FieldError[] = [];
  if (name.toLowerCase() === "local") {
    errs.push({ type: "Invalid value", field, value: name, detail: "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones" });
  }
  const loc = loadLocation(name);
  if ("error" in loc) errs.push({ type: "Invalid value", field, value: name, detail: loc.error });
  return errs;
}

export function validateCronJob(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const spec = obj.spec ?? {};
  const errs: FieldError[] = [];
  const schedule = spec.schedule;
  if (schedule == null || schedule === "") errs.push({ type: "Required value", field: "spec.schedule" });
  else errs.push(...validateSchedule(String(schedule), old ? String(old.spec?.schedule ?? "").includes("TZ") : false, spec.timeZone));
  nonNegative(spec.startingDeadlineSeconds, "spec.startingDeadlineSeconds", errs);
  if (!old || (old.spec?.timeZone ?? null) !== (spec.timeZone ?? null)) errs.push(...validateTimeZone(spec.timeZone));
  const cp = spec.concurrencyPolicy;
  if (cp === "" || cp == null) errs.push({ type: "Required value", field: "spec.concurrencyPolicy" });
  else if (!["Allow", "Forbid", "Replace"].includes(cp)) {
    errs.push({ type: "Unsupported value", field: "spec.concurrencyPolicy", value: cp, detail: 'supported values: "Allow", "Forbid", "Replace"' });
  }
  const jobSpec = spec.jobTemplate?.spec ?? {};
  errs.push(...validateJobSpecCommon(jobSpec, "spec.jobTemplate.spec"));
  if (jobSpec.selector != null) {
    errs.push({ type: "Invalid value", field: "spec.jobTemplate.spec.selector", value: jobSpec.selector, detail: "`selector` will be auto-generated" });
  }
  if (jobSpec.manualSelector === true) {
    errs.push({ type: "Unsupported value", field: "spec.jobTemplate.spec.manualSelector", value: true, detail: 'supported values: "nil", "false"' });
  }
  nonNegative(spec.successfulJobsHistoryLimit, "spec.successfulJobsHistoryLimit", errs);
  nonNegative(spec.failedJobsHistoryLimit, "spec.failedJobsHistoryLimit", errs);
  // The controller appends "-<11 chars>" to name jobs; only checked on create.
  if (!old && obj.metadata.name && obj.metadata.name.length > 52) {
    errs.push({ type: "Invalid value", field: "metadata.name", value: obj.metadata.name, detail: "must be no more than 52 characters" });
  }
  return errs;
}

/** printBoolPtr */
const boolPtr = (b: unknown) => (b == null ? "<unset>" : b ? "True" : "False");

export const cronJobKind: KindSpec = {
  kind: "CronJob",
  apiVersion: "batch/v1",
  group: "batch",
  resource: "cronjobs",
  singular: "cronjob",
  shortNames: ["cj"],
  namespaced: true,
  statusSubresource: true,
  tracksGeneration: true,
  defaults: defaultCronJob,
  validate: validateCronJob,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Schedule", priority: 0, cell: (o) => String(o.spec?.schedule ?? "") },
    { name: "TimeZone", priority: 0, cell: (o) => (o.spec?.timeZone != null ? String(o.spec.timeZone) : "<none>") },
    { name: "Suspend", priority: 0, cell: (o) => boolPtr(o.spec?.suspend) },
    { name: "Active", priority: 0, cell: (o) => String((o.status?.active ?? []).length) },
    { name: "Last Schedule", priority: 0, cell: (o, now, epoch?: number) => (o.status?.lastScheduleTime ? sinceText(o.status.lastScheduleTime, now, epoch) : "<none>") },
    { name: "Age", priority: 0, cell: (o, now, epoch?: number) => sinceText(o.metadata.creationTimestamp, now, epoch) },
    { name: "Containers", priority: 1, cell: (o) => containerCells(o.spec?.jobTemplate?.spec?.template?.spec).names },
    { name: "Images", priority: 1, cell: (o) => containerCells(o.spec?.jobTemplate?.spec?.template?.spec).images },
    { name: "Selector", priority: 1, cell: (o) => formatLabelSelector(o.spec?.jobTemplate?.spec?.selector) },
  ],
};
