import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";
import { restoreCluster } from "../../cluster";
import { failNode } from "../../faults";
import type { KubeObject } from "../../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

const jobYaml = (name: string, spec: string, container = `command: ["sleep", "5"]`, image = "busybox:1.36", restart = "Never") => `
apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
${spec}
  template:
    spec:
      restartPolicy: ${restart}
      containers:
      - name: work
        image: ${image}
        ${container}
`;

const job = (t: TestCluster, name: string) => t.cluster.internals.lister.get("jobs", "default", name) as KubeObject;
const jobPods = (t: TestCluster, name: string) => t.pods("default", `batch.kubernetes.io/job-name=${name}`);
const events = (t: TestCluster, name: string) =>
  t.cluster.internals.lister.list("events", "default").filter((e: any) => e.involvedObject?.name === name).map((e: any) => `${e.reason}: ${e.message}`);
const conds = (j: KubeObject) => (j.status?.conditions ?? []).map((c: any) => `${c.type}=${c.status}/${c.reason}`);

describe("Job controller", () => {
  it("completions 3, parallelism 2: pods in waves, then Complete", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("pi", "  completions: 3\n  parallelism: 2"));
    expect(jobPods(t, "pi")).toHaveLength(2);
    for (const p of jobPods(t, "pi")) {
      expect(p.metadata.name).toMatch(/^pi-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(p.metadata.finalizers).toEqual(["batch.kubernetes.io/job-tracking"]);
      expect(p.metadata.ownerReferences?.[0]).toMatchObject({ kind: "Job", name: "pi", controller: true, blockOwnerDeletion: true });
    }
    t.advance(4);
    expect(job(t, "pi").status).toMatchObject({ active: 2, ready: 2, terminating: 0, uncountedTerminatedPods: {} });
    t.advance(5);
    // First wave done: 2 succeeded, a third pod started.
    expect(job(t, "pi").status.succeeded).toBe(2);
    expect(job(t, "pi").status.active).toBe(1);
    expect(jobPods(t, "pi")).toHaveLength(3);
    t.advance(10);
    const j = job(t, "pi");
    expect(j.status.succeeded).toBe(3);
    expect(j.status.active).toBeUndefined();
    expect(conds(j)).toEqual(["SuccessCriteriaMet=True/CompletionsReached", "Complete=True/CompletionsReached"]);
    expect(j.status.conditions[1].message).toBe("Reached expected number of succeeded pods");
    expect(j.status.completionTime).toBeDefined();
    for (const p of jobPods(t, "pi")) {
      expect(p.status?.phase).toBe("Succeeded");
      expect(p.metadata.finalizers).toBeUndefined();
    }
    const ev = events(t, "pi");
    expect(ev.filter((e) => e.startsWith("SuccessfulCreate: Created pod: pi-"))).toHaveLength(3);
    expect(ev).toContain("Completed: Job completed");
    const out = t.cluster.kubectl("get jobs").stdout;
    expect(out.split("\n")[0]).toMatch(/^NAME\s+STATUS\s+COMPLETIONS\s+DURATION\s+AGE$/);
    expect(out.split("\n")[1]).toMatch(/^pi\s+Complete\s+3\/3\s+\d+s\s+\d+s$/);
  });

  it("a crashing image exhausts the backoff limit with back-off 10s, 20s, 40s…", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("crash", "  backoffLimit: 2", "", "ghcr.io/reconcile/crash:v1"));
    const created: number[] = [];
    let seen = new Set<string>();
    for (let i = 0; i < 200 && !conds(job(t, "crash")).includes("Failed=True/BackoffLimitExceeded"); i++) {
      for (const p of jobPods(t, "crash")) if (!seen.has(p.metadata.name)) {
        seen.add(p.metadata.name);
        created.push(t.cluster.now());
      }
      t.advance(1);
    }
    seen = new Set();
    const j = job(t, "crash");
    expect(j.status.failed).toBe(3);
    expect(conds(j)).toEqual(["FailureTarget=True/BackoffLimitExceeded", "Failed=True/BackoffLimitExceeded"]);
    expect(j.status.conditions[1].message).toBe("Job has reached the specified backoff limit");
    expect(j.status.completionTime).toBeUndefined();
    expect(created).toHaveLength(3);
    // Each pod fails ~2s after it starts; the next waits 10s then 20s after the failure.
    const gaps = [created[1]! - created[0]!, created[2]! - created[1]!];
    expect(gaps[1]! - gaps[0]!).toBeGreaterThanOrEqual(9000);
    expect(events(t, "crash")).toContain("BackoffLimitExceeded: Job has reached the specified backoff limit");
    expect(t.cluster.kubectl("get job crash").stdout).toMatch(/crash\s+Failed\s+0\/1/);
  });

  it("restartPolicy OnFailure: container restarts count against backoffLimit", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("onf", "  backoffLimit: 3", "", "ghcr.io/reconcile/crash:v1", "OnFailure"));
    t.advance(3);
    const pod = jobPods(t, "onf")[0]!;
    expect(pod.status?.phase).toBe("Running");
    expect(pod.status?.containerStatuses?.[0]?.restartCount).toBe(1);
    expect(conds(job(t, "onf"))).toEqual([]);
    // restartCount reaches 3 when the third restart is created (~36 s: back-offs of 10 s and
    // 20 s), then the crash container gets the 30 s grace period before the Pod is gone.
    t.advance(30);
    expect(conds(job(t, "onf"))).toEqual([]);
    t.advance(40);
    const j = job(t, "onf");
    expect(conds(j)).toEqual(["FailureTarget=True/BackoffLimitExceeded", "Failed=True/BackoffLimitExceeded"]);
    expect(j.status.failed).toBe(1);
    expect(jobPods(t, "onf")).toHaveLength(0);
  });

  it("a container that exits 0 makes the pod Succeeded, a non-zero exit Failed (restartPolicy Never)", () => {
    const t = new TestCluster()
      .kubectl("apply -f -", jobYaml("ok", "  backoffLimit: 0", `command: ["sh", "-c", "exit 0"]`))
      .kubectl("apply -f -", jobYaml("ko", "  backoffLimit: 0", `command: ["sh", "-c", "exit 3"]`))
      .advance(5);
    expect(jobPods(t, "ok").map((p) => p.status?.phase)).toEqual(["Succeeded"]);
    expect(jobPods(t, "ko").map((p) => p.status?.phase)).toEqual(["Failed"]);
    expect(jobPods(t, "ko")[0]!.status?.containerStatuses?.[0]?.state?.terminated).toMatchObject({ exitCode: 3, reason: "Error" });
    expect(conds(job(t, "ok"))).toContain("Complete=True/CompletionsReached");
    expect(conds(job(t, "ko"))).toContain("Failed=True/BackoffLimitExceeded");
  });

  it("Indexed: one pod per index with annotation, label, hostname and env; completedIndexes", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("idx", "  completions: 3\n  parallelism: 3\n  completionMode: Indexed"));
    const pods = [...jobPods(t, "idx")].sort((a, b) => a.metadata.annotations!["batch.kubernetes.io/job-completion-index"]!.localeCompare(b.metadata.annotations!["batch.kubernetes.io/job-completion-index"]!));
    expect(pods.map((p) => p.metadata.annotations!["batch.kubernetes.io/job-completion-index"])).toEqual(["0", "1", "2"]);
    pods.forEach((p, i) => {
      expect(p.metadata.name).toMatch(new RegExp(`^idx-${i}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
      expect(p.metadata.labels!["batch.kubernetes.io/job-completion-index"]).toBe(String(i));
      expect(p.spec.hostname).toBe(`idx-${i}`);
      expect(p.spec.containers[0].env).toContainEqual({ name: "JOB_COMPLETION_INDEX", valueFrom: { fieldRef: { fieldPath: "metadata.labels['batch.kubernetes.io/job-completion-index']" } } });
    });
    t.advance(15);
    expect(job(t, "idx").status).toMatchObject({ completedIndexes: "0-2", succeeded: 3 });
    expect(conds(job(t, "idx"))).toContain("Complete=True/CompletionsReached");
  });

  it("activeDeadlineSeconds fails the job with DeadlineExceeded and removes its pods", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("slow", "  activeDeadlineSeconds: 10", `command: ["sleep", "600"]`));
    t.advance(9);
    expect(jobPods(t, "slow")).toHaveLength(1);
    expect(conds(job(t, "slow"))).toEqual([]);
    t.advance(2);
    // The pod is deleted but `sleep` ignores SIGTERM: Failed waits until it is gone (30s grace).
    expect(conds(job(t, "slow"))).toEqual(["FailureTarget=True/DeadlineExceeded"]);
    expect(job(t, "slow").status).toMatchObject({ failed: 1, terminating: 1 });
    expect(t.cluster.kubectl("get job slow").stdout).toMatch(/slow\s+FailureTarget\s+0\/1/);
    t.advance(30);
    const j = job(t, "slow");
    expect(conds(j)).toEqual(["FailureTarget=True/DeadlineExceeded", "Failed=True/DeadlineExceeded"]);
    expect(j.status.conditions[1].message).toBe("Job was active longer than specified deadline");
    expect(j.status.failed).toBe(1);
    expect(jobPods(t, "slow")).toHaveLength(0);
    expect(events(t, "slow")).toContain("DeadlineExceeded: Job was active longer than specified deadline");
  });

  it("ttlSecondsAfterFinished: the TTL controller deletes the finished job and its pods", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("ttl", "  ttlSecondsAfterFinished: 30"));
    t.advance(10);
    expect(conds(job(t, "ttl"))).toContain("Complete=True/CompletionsReached");
    t.advance(20);
    expect(job(t, "ttl")).toBeDefined();
    t.advance(10);
    expect(job(t, "ttl")).toBeUndefined();
    expect(jobPods(t, "ttl")).toHaveLength(0);
  });

  it("suspend deletes active pods and sets Suspended; resume restarts them", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("sus", "  suspend: true\n  parallelism: 2\n  completions: 2", `command: ["sleep", "30"]`));
    expect(jobPods(t, "sus")).toHaveLength(0);
    expect(job(t, "sus").status.startTime).toBeUndefined();
    expect(conds(job(t, "sus"))).toEqual(["Suspended=True/JobSuspended"]);
    expect(t.cluster.kubectl("get job sus").stdout).toMatch(/sus\s+Suspended\s+0\/2/);
    const patch = (suspend: boolean) => t.do((c) => {
      c.internals.client("test").patch("jobs", "default", "sus", { spec: { suspend } });
      c.internals.run();
    });
    patch(false);
    expect(conds(job(t, "sus"))).toEqual(["Suspended=False/JobResumed"]);
    expect(jobPods(t, "sus")).toHaveLength(2);
    t.advance(5);
    patch(true);
    t.advance(2);
    expect(jobPods(t, "sus").filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(0);
    expect(job(t, "sus").status.failed).toBeUndefined();
    expect(events(t, "sus")).toEqual(expect.arrayContaining(["Suspended: Job suspended", "Resumed: Job resumed"]));
  });

  it("kubectl delete job cascades to its pods (tracking finalizers are released)", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("del", "  parallelism: 2\n  completions: 4", `command: ["sleep", "60"]`)).advance(3);
    expect(jobPods(t, "del")).toHaveLength(2);
    t.kubectl("delete job del").advance(40);
    expect(job(t, "del")).toBeUndefined();
    expect(jobPods(t, "del")).toHaveLength(0);
  });

  it("no completions, parallelism 2: done when one pod succeeded and none is left running", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("wq", "  parallelism: 2"));
    expect(jobPods(t, "wq")).toHaveLength(2);
    t.advance(10);
    const j = job(t, "wq");
    expect(j.spec.completions).toBeUndefined();
    expect(j.status.succeeded).toBe(2);
    expect(conds(j)).toContain("Complete=True/CompletionsReached");
    expect(t.cluster.kubectl("get job wq").stdout).toMatch(/wq\s+Complete\s+2\/1 of 2/);
  });

  it("lowering parallelism deletes surplus pods without counting them as failed", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("par", "  parallelism: 3\n  completions: 6", `command: ["sleep", "60"]`)).advance(3);
    expect(jobPods(t, "par")).toHaveLength(3);
    t.do((c) => {
      c.internals.client("test").patch("jobs", "default", "par", { spec: { parallelism: 1 } });
      c.internals.run();
    });
    expect(jobPods(t, "par").filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(1);
    expect(events(t, "par").filter((e) => e.startsWith("SuccessfulDelete: Deleted pod: par-"))).toHaveLength(2);
    t.advance(35);
    expect(job(t, "par").status.failed).toBeUndefined();
    expect(job(t, "par").status.active).toBe(1);
  });

  it("a running pod deleted by hand counts as failed and is replaced after the 10s back-off", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("rep", "", `command: ["sleep", "60"]`)).advance(3);
    const [first] = jobPods(t, "rep");
    t.kubectl(`delete pod ${first!.metadata.name} --wait=false`);
    // Pod events reach the Job after the 1s batch period.
    t.advance(1);
    expect(job(t, "rep").status).toMatchObject({ failed: 1, terminating: 1 });
    expect(job(t, "rep").status.active).toBeUndefined();
    t.advance(8);
    expect(jobPods(t, "rep").filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(0);
    t.advance(2);
    const live = jobPods(t, "rep").filter((p) => !p.metadata.deletionTimestamp);
    expect(live).toHaveLength(1);
    expect(live[0]!.metadata.name).not.toBe(first!.metadata.name);
    expect(job(t, "rep").status).toMatchObject({ failed: 1, active: 1 });
  });

  it("a node failure: the evicted pod counts as failed and a replacement runs elsewhere", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("nf", "", `command: ["sleep", "3600"]`)).advance(3);
    const [first] = jobPods(t, "nf");
    const node = first!.spec.nodeName as string;
    const i = t.cluster.internals;
    failNode({ ctx: i.context("faults"), kubelet: i.context("kubelet") }, node);
    t.advance(400);
    const live = jobPods(t, "nf").filter((p) => !p.metadata.deletionTimestamp);
    expect(live).toHaveLength(1);
    expect(live[0]!.spec.nodeName).not.toBe(node);
    expect(live[0]!.status?.phase).toBe("Running");
    expect(job(t, "nf").status).toMatchObject({ failed: 1, active: 1, terminating: 1 });
  });

  it("snapshot/restore mid-run continues exactly like the original", () => {
    const a = new TestCluster({ seed: 5 }).kubectl("apply -f -", jobYaml("snap", "  completions: 4\n  parallelism: 2", "", "ghcr.io/reconcile/crash:v1")).advance(7);
    const b = restoreCluster(JSON.parse(JSON.stringify(a.cluster.snapshot())));
    a.advance(120);
    b.advance(120);
    expect(JSON.stringify(b.snapshot())).toBe(JSON.stringify(a.cluster.snapshot()));
  });

  it("determinism: the same seed and steps give the same snapshot", () => {
    const run = () => new TestCluster({ seed: 7 }).kubectl("apply -f -", jobYaml("d", "  completions: 4\n  parallelism: 2")).advance(30).cluster.snapshot();
    expect(JSON.stringify(run())).toBe(JSON.stringify(run()));
  });
});

describe("Job podFailurePolicy", () => {
  const policy = (action: string, op = "In", values = "[3]") => `  backoffLimit: 6
  podFailurePolicy:
    rules:
    - action: ${action}
      onExitCodes:
        containerName: work
        operator: ${op}
        values: ${values}`;

  it("FailJob on a matching exit code fails the Job at once with reason PodFailurePolicy", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("pfp", policy("FailJob"), `command: ["sh", "-c", "exit 3"]`)).advance(5);
    const j = job(t, "pfp");
    const pod = t.cluster.internals.lister.list("pods", "default").find((p) => p.metadata.labels?.["job-name"] === "pfp")!;
    expect(conds(j)).toEqual(["FailureTarget=True/PodFailurePolicy", "Failed=True/PodFailurePolicy"]);
    expect(j.status.conditions[1].message).toBe(`Container work for pod default/${pod.metadata.name} failed with exit code 3 matching FailJob rule at index 0`);
    expect(j.status.failed).toBe(1);
    expect(j.spec.podReplacementPolicy).toBe("Failed");
  });

  it("Ignore does not count the failure; the pod is replaced without using up backoffLimit", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("ign", policy("Ignore").replace("backoffLimit: 6", "backoffLimit: 0"), `command: ["sh", "-c", "exit 3"]`)).advance(30);
    const j = job(t, "ign");
    expect(conds(j)).toEqual([]);
    expect(j.status.failed).toBeUndefined();
    expect(jobPods(t, "ign").length).toBeGreaterThan(1);
  });

  it("validation of rules with kube-apiserver texts", () => {
    const t = new TestCluster();
    const apply = (spec: string, restart = "Never") => t.cluster.kubectl("apply -f -", jobYaml("bad", spec, `command: ["sh", "-c", "exit 3"]`, "busybox:1.36", restart));
    expect(apply(policy("Explode")).stderr).toContain('spec.podFailurePolicy.rules[0].action: Unsupported value: "Explode": supported values: "Count", "FailIndex", "FailJob", "Ignore"');
    expect(apply(policy("FailJob", "In", "[0]")).stderr).toContain("spec.podFailurePolicy.rules[0].onExitCodes.values[0]: Invalid value: 0: must not be 0 for the In operator");
    expect(apply(policy("FailJob", "Within")).stderr).toContain('spec.podFailurePolicy.rules[0].onExitCodes.operator: Unsupported value: "Within": supported values: "In", "NotIn"');
    expect(apply(policy("FailIndex")).stderr).toContain('spec.podFailurePolicy.rules[0].action: Invalid value: "FailIndex": requires the backoffLimitPerIndex to be set');
    expect(apply(policy("FailJob"), "OnFailure").stderr).toContain('spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified');
  });
});

describe("Job successPolicy (Indexed)", () => {
  it("succeededIndexes met: SuccessCriteriaMet/Complete with reason SuccessPolicy before all indexes ran", () => {
    const spec = `  completions: 3
  parallelism: 1
  completionMode: Indexed
  successPolicy:
    rules:
    - succeededIndexes: "0"`;
    const t = new TestCluster().kubectl("apply -f -", jobYaml("sp", spec, `command: ["sleep", "2"]`));
    t.advance(10);
    const j = job(t, "sp");
    expect(j.status.conditions?.[0]).toMatchObject({ type: "SuccessCriteriaMet", reason: "SuccessPolicy", message: "Matched rules at index 0" });
    expect(conds(j)).toEqual(["SuccessCriteriaMet=True/SuccessPolicy", "Complete=True/SuccessPolicy"]);
    expect(j.status).toMatchObject({ succeeded: 1, completedIndexes: "0" });
    expect(jobPods(t, "sp")).toHaveLength(1);
    expect(t.cluster.kubectl("get job sp").stdout).toMatch(/sp\s+Complete\s+1\/3/);
  });

  it("validation texts", () => {
    const t = new TestCluster();
    const apply = (spec: string) => t.cluster.kubectl("apply -f -", jobYaml("bad", spec)).stderr;
    expect(apply("  successPolicy:\n    rules:\n    - succeededCount: 1")).toContain("spec.successPolicy: Invalid value: ");
    expect(apply("  successPolicy:\n    rules:\n    - succeededCount: 1")).toContain("requires indexed completion mode");
    const idx = "  completions: 3\n  completionMode: Indexed\n  successPolicy:\n    rules:\n";
    expect(apply(`${idx}    - succeededIndexes: "1-0"`)).toContain('spec.successPolicy.rules[0].succeededIndexes: Invalid value: "1-0": error parsing succeededIndexes: non-increasing order, previous: 1, current: 0');
    expect(apply(`${idx}    - succeededCount: 4`)).toContain("spec.successPolicy.rules[0].succeededCount: Invalid value: 4: must be less than or equal to 3 (the number of specified completions)");
    expect(apply(`${idx}    - {}`)).toContain("spec.successPolicy.rules[0]: Required value: at least one of succeededCount or succeededIndexes must be specified");
  });
});

describe("Job backoffLimitPerIndex", () => {
  const spec = (extra = "") => `  completions: 3
  parallelism: 3
  completionMode: Indexed
  backoffLimitPerIndex: 1${extra}`;

  it("each index retries once (10s back-off, failure count annotation), then the Job fails with FailedIndexes", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("pi", spec(), "", "ghcr.io/reconcile/crash:v1"));
    expect(job(t, "pi").spec.backoffLimit).toBe(2147483647);
    const first = jobPods(t, "pi");
    expect(first.map((p) => p.metadata.annotations!["batch.kubernetes.io/job-index-failure-count"])).toEqual(["0", "0", "0"]);
    t.advance(8);
    // Replacements wait out the 10s back-off; the failed pods keep their finalizer (and are not
    // counted yet) until then, so their failure count can pass to the replacement.
    expect(job(t, "pi").status).toMatchObject({ failedIndexes: "" });
    expect(job(t, "pi").status.failed).toBeUndefined();
    expect(jobPods(t, "pi").every((p) => p.metadata.finalizers?.includes("batch.kubernetes.io/job-tracking"))).toBe(true);
    t.advance(5);
    const retries = jobPods(t, "pi").filter((p) => p.metadata.annotations!["batch.kubernetes.io/job-index-failure-count"] === "1");
    expect(retries).toHaveLength(3);
    expect(job(t, "pi").status.failed).toBe(3);
    t.advance(45);
    const j = job(t, "pi");
    expect(j.status).toMatchObject({ failed: 6, failedIndexes: "0-2" });
    expect(conds(j)).toEqual(["FailureTarget=True/FailedIndexes", "Failed=True/FailedIndexes"]);
    expect(j.status.conditions[1].message).toBe("Job has failed indexes");
  });

  it("maxFailedIndexes exceeded fails the Job early", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml("mx", spec("\n  maxFailedIndexes: 0").replace("backoffLimitPerIndex: 1", "backoffLimitPerIndex: 0"), "", "ghcr.io/reconcile/crash:v1"));
    t.advance(10);
    const j = job(t, "mx");
    expect(conds(j)).toEqual(["FailureTarget=True/MaxFailedIndexesExceeded", "Failed=True/MaxFailedIndexesExceeded"]);
    expect(j.status.conditions[1].message).toBe("Job has exceeded the specified maximal number of failed indexes");
  });
});

describe("Job backoffLimitPerIndex with FailIndex and validation", () => {
  it("a FailIndex rule fails the index at its first failure", () => {
    const spec = `  completions: 2
  parallelism: 2
  completionMode: Indexed
  backoffLimitPerIndex: 3
  podFailurePolicy:
    rules:
    - action: FailIndex
      onExitCodes:
        operator: In
        values: [1]`;
    const t = new TestCluster().kubectl("apply -f -", jobYaml("fi", spec, "", "ghcr.io/reconcile/crash:v1")).advance(10);
    const j = job(t, "fi");
    expect(j.status).toMatchObject({ failed: 2, failedIndexes: "0,1" });
    expect(conds(j)).toEqual(["FailureTarget=True/FailedIndexes", "Failed=True/FailedIndexes"]);
  });

  it("per-index fields need Indexed mode", () => {
    const t = new TestCluster();
    const apply = (spec: string) => t.cluster.kubectl("apply -f -", jobYaml("bad", spec)).stderr;
    expect(apply("  backoffLimitPerIndex: 1")).toContain("spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode");
    expect(apply("  completions: 2\n  completionMode: Indexed\n  maxFailedIndexes: 1")).toContain("spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified");
    expect(apply("  completions: 2\n  completionMode: Indexed\n  backoffLimitPerIndex: 1\n  maxFailedIndexes: 3")).toContain("spec.maxFailedIndexes: Invalid value: 3: must be less than or equal to completions");
  });
});
