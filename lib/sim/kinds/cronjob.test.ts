import { describe, expect, it } from "vitest";
import { createCluster } from "../cluster";
import { cronJobKind } from "./cronjob";

/* eslint-disable @typescript-eslint/no-explicit-any */

const cj = (spec: any = {}, name = "hello") => ({
  apiVersion: "batch/v1",
  kind: "CronJob",
  metadata: { name },
  spec: {
    schedule: "*/5 * * * *",
    jobTemplate: { spec: { template: { spec: { containers: [{ name: "hello", image: "busybox:1.36" }], restartPolicy: "OnFailure" } } } },
    ...spec,
  },
});
const create = (obj: any) => createCluster().internals.client("test").create(obj);
const createError = (obj: any) => {
  try {
    create(obj);
  } catch (e) {
    return (e as Error).message;
  }
  return "created";
};

describe("CronJob kind", () => {
  it("SetDefaults_CronJob; the job template gets pod template defaults only", () => {
    const out = create(cj());
    expect(out.spec).toMatchObject({ concurrencyPolicy: "Allow", suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 });
    expect(out.spec.jobTemplate.spec.backoffLimit).toBeUndefined();
    expect(out.spec.jobTemplate.spec.template.spec.dnsPolicy).toBe("ClusterFirst");
  });
  it("schedule validation with robfig's texts", () => {
    expect(createError(cj({ schedule: "* * * *" }))).toBe('CronJob.batch "hello" is invalid: spec.schedule: Invalid value: "* * * *": expected exactly 5 fields, found 4: [* * * *]');
    expect(createError(cj({ schedule: "61 * * * *" }))).toBe('CronJob.batch "hello" is invalid: spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61');
    expect(createError(cj({ schedule: "" }))).toBe('CronJob.batch "hello" is invalid: spec.schedule: Required value');
    expect(createError(cj({ schedule: "TZ=UTC * * * * *" }))).toBe('CronJob.batch "hello" is invalid: spec.schedule: Invalid value: "TZ=UTC * * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead');
    expect(create(cj({ schedule: "@hourly" })).spec.schedule).toBe("@hourly");
    expect(create(cj({ schedule: "@every 2m" })).spec.schedule).toBe("@every 2m");
  });
  it("time zones: UTC and IANA names accepted, unknown rejected with Go's message", () => {
    expect(create(cj({ timeZone: "Etc/UTC" })).spec.timeZone).toBe("Etc/UTC");
    expect(create(cj({ timeZone: "America/New_York" })).spec.timeZone).toBe("America/New_York");
    expect(createError(cj({ timeZone: "Mars/Olympus" }))).toBe('CronJob.batch "hello" is invalid: spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus');
    expect(createError(cj({ timeZone: "" }))).toBe('CronJob.batch "hello" is invalid: spec.timeZone: Invalid value: "": timeZone must be nil or non-empty string');
    expect(createError(cj({ timeZone: "Local" }))).toBe('CronJob.batch "hello" is invalid: spec.timeZone: Invalid value: "Local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones');
  });
  it("policy, job template and name rules", () => {
    expect(createError(cj({ concurrencyPolicy: "Sometimes" }))).toBe('CronJob.batch "hello" is invalid: spec.concurrencyPolicy: Unsupported value: "Sometimes": supported values: "Allow", "Forbid", "Replace"');
    const always = cj();
    always.spec.jobTemplate.spec.template.spec.restartPolicy = "Always";
    expect(createError(always)).toBe('CronJob.batch "hello" is invalid: spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"');
    expect(createError(cj({ successfulJobsHistoryLimit: -1 }))).toBe('CronJob.batch "hello" is invalid: spec.successfulJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0');
    const long = "c".repeat(53);
    expect(createError(cj({}, long))).toBe(`CronJob.batch "${long}" is invalid: metadata.name: Invalid value: "${long}": must be no more than 52 characters`);
  });
  it("columns NAME SCHEDULE TIMEZONE SUSPEND ACTIVE LAST SCHEDULE AGE, wide CONTAINERS IMAGES SELECTOR", () => {
    expect(cronJobKind.columns.map((c) => c.name.toUpperCase())).toEqual(["NAME", "SCHEDULE", "TIMEZONE", "SUSPEND", "ACTIVE", "LAST SCHEDULE", "AGE", "CONTAINERS", "IMAGES", "SELECTOR"]);
    expect(cronJobKind.columns.filter((c) => c.priority === 1).map((c) => c.name)).toEqual(["Containers", "Images", "Selector"]);
    const o = create(cj());
    expect(cronJobKind.columns.map((c) => c.cell(o, 0))).toEqual(["hello", "*/5 * * * *", "<none>", "False", "0", "<none>", "0s", "hello", "busybox:1.36", "<none>"]);
  });
});
