import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";
import { restoreCluster } from "../../cluster";
import type { KubeObject } from "../../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

const cronYaml = (name: string, schedule: string, extra = "", command = `["sleep", "5"]`, image = "busybox:1.36") => `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
spec:
  schedule: "${schedule}"
${extra}
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
          - name: work
            image: ${image}
            command: ${command}
`;

// Virtual 0 is 2026-01-01T00:00:00Z = 29453760 minutes since the Unix epoch.
const MIN0 = 29453760;
const cron = (t: TestCluster, name: string) => t.cluster.internals.lister.get("cronjobs", "default", name) as KubeObject;
const jobs = (t: TestCluster) => t.cluster.internals.lister.list("jobs", "default").map((j) => j.metadata.name);
const events = (t: TestCluster, name: string) =>
  t.cluster.internals.lister.list("events", "default").filter((e: any) => e.involvedObject?.name === name).map((e: any) => `${e.reason}: ${e.message}`);

describe("CronJob controller", () => {
  it("creates <cronjob>-<minutes> Jobs at each schedule time, from a timer (no polling)", () => {
    const t = new TestCluster().kubectl("apply -f -", cronYaml("hello", "*/5 * * * *"));
    t.advance(299);
    expect(jobs(t)).toEqual([]);
    t.advance(2);
    expect(jobs(t)).toEqual([`hello-${MIN0 + 5}`]);
    const job = t.cluster.internals.lister.get("jobs", "default", `hello-${MIN0 + 5}`)!;
    expect(job.metadata.annotations).toEqual({ "batch.kubernetes.io/cronjob-scheduled-timestamp": "2026-01-01T00:05:00Z" });
    expect(job.metadata.ownerReferences?.[0]).toMatchObject({ kind: "CronJob", name: "hello", controller: true, blockOwnerDeletion: true });
    expect(cron(t, "hello").status).toMatchObject({ lastScheduleTime: "2026-01-01T00:05:00Z", active: [{ kind: "Job", name: `hello-${MIN0 + 5}`, namespace: "default", apiVersion: "batch/v1" }] });
    t.advance(610);
    expect(jobs(t)).toEqual([`hello-${MIN0 + 10}`, `hello-${MIN0 + 15}`, `hello-${MIN0 + 5}`].sort());
    const st = cron(t, "hello").status;
    expect(st.active).toBeUndefined();
    expect(st.lastScheduleTime).toBe("2026-01-01T00:15:00Z");
    expect(st.lastSuccessfulTime).toMatch(/^2026-01-01T00:15:0\dZ$/);
    const ev = events(t, "hello");
    expect(ev).toContain(`SuccessfulCreate: Created job hello-${MIN0 + 5}`);
    expect(ev).toContain(`SawCompletedJob: Saw completed job: hello-${MIN0 + 5}, condition: Complete`);
    // Timers, not polling: a handful of cronjob reconciles per schedule point.
    const syncs = t.cluster.trace().filter((e: any) => e.type === "reconcile" && e.controller === "cronjob-controller").length;
    expect(syncs).toBeLessThan(40);
    const out = t.cluster.kubectl("get cronjobs").stdout.split("\n");
    expect(out[0]).toMatch(/^NAME\s+SCHEDULE\s+TIMEZONE\s+SUSPEND\s+ACTIVE\s+LAST SCHEDULE\s+AGE$/);
    expect(out[1]).toMatch(/^hello\s+\*\/5 \* \* \* \*\s+<none>\s+False\s+0\s+\d+s\s+15m$/);
  });

  it("successfulJobsHistoryLimit and failedJobsHistoryLimit delete the oldest finished Jobs", () => {
    const t = new TestCluster().kubectl("apply -f -", cronYaml("hist", "* * * * *", "  successfulJobsHistoryLimit: 2"));
    t.advance(5 * 60 + 30);
    expect(jobs(t)).toEqual([`hist-${MIN0 + 4}`, `hist-${MIN0 + 5}`]);
    expect(events(t, "hist")).toContain(`SuccessfulDelete: Deleted job hist-${MIN0 + 1}`);
    const f = new TestCluster().kubectl("apply -f -", cronYaml("fail", "* * * * *", "", `["sh", "-c", "exit 1"]`).replace("restartPolicy: Never", "restartPolicy: Never") .replace("spec:\n      template", "spec:\n      backoffLimit: 0\n      template"));
    f.advance(4 * 60 + 30);
    expect(jobs(f)).toEqual([`fail-${MIN0 + 4}`]);
  });

  it("Forbid skips a run while the previous Job is active; Replace deletes it", () => {
    const forbid = new TestCluster().kubectl("apply -f -", cronYaml("f", "* * * * *", "  concurrencyPolicy: Forbid", `["sleep", "90"]`));
    forbid.advance(150);
    expect(jobs(forbid)).toEqual([`f-${MIN0 + 1}`]);
    expect(events(forbid, "f")).toContain("JobAlreadyActive: Not starting job because prior execution is running and concurrency policy is Forbid");
    forbid.advance(10);
    // The first Job finished after 2m30s: the skipped 2m run starts late (no startingDeadlineSeconds).
    expect(jobs(forbid)).toEqual([`f-${MIN0 + 1}`, `f-${MIN0 + 2}`]);
    expect(forbid.cluster.internals.lister.get("jobs", "default", `f-${MIN0 + 2}`)!.metadata.creationTimestamp).toMatch(/^2026-01-01T00:02:[3-5]\dZ$/);

    const replace = new TestCluster().kubectl("apply -f -", cronYaml("r", "* * * * *", "  concurrencyPolicy: Replace", `["sleep", "90"]`));
    replace.advance(121);
    expect(jobs(replace).filter((n) => !replace.cluster.internals.lister.get("jobs", "default", n)!.metadata.deletionTimestamp)).toEqual([`r-${MIN0 + 2}`]);
    expect(events(replace, "r")).toContain(`SuccessfulDelete: Deleted job r-${MIN0 + 1}`);
    expect(cron(replace, "r").status.active.map((a: any) => a.name)).toEqual([`r-${MIN0 + 2}`]);

    const allow = new TestCluster().kubectl("apply -f -", cronYaml("a", "* * * * *", "", `["sleep", "90"]`));
    allow.advance(121);
    expect(cron(allow, "a").status.active).toHaveLength(2);
  });

  it("startingDeadlineSeconds: a run missed by more than the deadline is skipped with MissSchedule", () => {
    const t = new TestCluster().kubectl("apply -f -", cronYaml("late", "* * * * *", "  concurrencyPolicy: Forbid\n  startingDeadlineSeconds: 10", `["sleep", "75"]`));
    t.advance(200);
    // 1m runs until ~2m15s; the 2m run is more than 10s late by then and is skipped; 3m runs.
    expect(jobs(t)).toEqual([`late-${MIN0 + 1}`, `late-${MIN0 + 3}`]);
  });

  it("suspend stops new runs; a time zone shifts the wall clock", () => {
    const t = new TestCluster().kubectl("apply -f -", cronYaml("s", "* * * * *", "  suspend: true"));
    t.advance(180);
    expect(jobs(t)).toEqual([]);
    const z = new TestCluster().kubectl("apply -f -", cronYaml("z", "30 0 * * *", "  timeZone: Etc/GMT-1"));
    z.advance(3600);
    // 00:30 at UTC+1 is 23:30 UTC: not yet within the first hour of 2026-01-01 UTC.
    expect(jobs(z)).toEqual([]);
    const p = new TestCluster().kubectl("apply -f -", cronYaml("p", "30 1 * * *", "  timeZone: Europe/Paris"));
    p.advance(1800 + 1);
    expect(jobs(p)).toEqual([`p-${MIN0 + 30}`]);
    expect(p.cluster.internals.lister.get("jobs", "default", `p-${MIN0 + 30}`)!.metadata.annotations!["batch.kubernetes.io/cronjob-scheduled-timestamp"]).toBe("2026-01-01T01:30:00+01:00");
  });

  it("deleting the CronJob cascades to its Jobs and their pods", () => {
    const t = new TestCluster().kubectl("apply -f -", cronYaml("gone", "* * * * *", "", `["sleep", "300"]`)).advance(61);
    expect(jobs(t)).toHaveLength(1);
    t.kubectl("delete cronjob gone").advance(60);
    expect(jobs(t)).toEqual([]);
    expect(t.pods("default")).toHaveLength(0);
  });

  it("snapshot/restore between schedule points keeps the timer and fires on time", () => {
    const a = new TestCluster({ seed: 9 }).kubectl("apply -f -", cronYaml("r", "*/2 * * * *")).advance(150);
    const b = restoreCluster(JSON.parse(JSON.stringify(a.cluster.snapshot())));
    a.advance(300);
    b.advance(300);
    expect(b.internals.lister.list("jobs", "default").map((j) => j.metadata.name)).toEqual([`r-${MIN0 + 2}`, `r-${MIN0 + 4}`, `r-${MIN0 + 6}`]);
    expect(JSON.stringify(b.snapshot())).toBe(JSON.stringify(a.cluster.snapshot()));
  });

  it("determinism: same seed, same steps, same snapshot", () => {
    const run = () => new TestCluster({ seed: 3 }).kubectl("apply -f -", cronYaml("d", "*/2 * * * *")).advance(500).cluster.snapshot();
    expect(JSON.stringify(run())).toBe(JSON.stringify(run()));
  });
});
