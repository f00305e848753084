import "server-only";
// Server-only: the checks and the reference solution of "re-run a failed Job, in batches".
import type { Action, Check, ExerciseChecks } from "@/lib/exercises";
import { atTime, customCheck, fail, historyCheck, pass } from "@/lib/exercises/checks";
import { batchJob } from "../transcripts";
import { exercise } from "./exercise";

const IMAGE = "ghcr.io/reconcile/batch:v1";
const condition = (job: { status?: { conditions?: { type: string; status: string; reason?: string }[] } }, type: string) =>
  job.status?.conditions?.find((c) => c.type === type && c.status === "True");

const shape = customCheck("job-shape", "Job report runs batch:v1, 6 completions, 2 at a time, backoffLimit 3", (cluster) => {
  const job = cluster.get("jobs", "default", "report");
  if (!job) return fail("There is no Job report. Create it again from a fixed manifest.");
  const image = job.spec?.template?.spec?.containers?.[0]?.image;
  if (image !== IMAGE) return fail(`Job report runs ${image}; it must run ${IMAGE}.`);
  if (job.spec?.completions !== 6) return fail(`Job report has completions: ${job.spec?.completions ?? "unset"}; it must succeed 6 times.`);
  if (job.spec?.parallelism !== 2) return fail(`Job report has parallelism: ${job.spec?.parallelism ?? "unset"}; at most 2 may run at once.`);
  if (job.spec?.backoffLimit !== 3) return fail(`Job report has backoffLimit: ${job.spec?.backoffLimit}; it must be 3.`);
  return pass("Job report: batch:v1, completions 6, parallelism 2, backoffLimit 3.");
});

const complete = customCheck("complete", "Job report is Complete with 6 succeeded Pods", (cluster) => {
  const job = cluster.get("jobs", "default", "report");
  if (!job) return fail("There is no Job report.");
  const failed = condition(job, "Failed");
  if (failed) return fail(`Job report failed (${failed.reason ?? "Failed"}). A failed Job stays failed: delete it and create the fixed one.`);
  if (!condition(job, "Complete")) return fail(`Job report is not complete yet: ${job.status?.succeeded ?? 0} of 6 succeeded. Let time run.`);
  if (job.status?.succeeded !== 6) return fail(`Job report completed with ${job.status?.succeeded} succeeded Pods, not 6.`);
  return pass("Job report is Complete: 6/6.");
});

/** Never more than two Pods of report running at the same instant. */
function atMostTwo(): Check {
  return historyCheck("at-most-two", "never more than 2 report Pods running at once", () => {
    const running = new Set<string>();
    let worst: { n: number; at: number } | undefined;
    return {
      onChange(c) {
        if (c.resource !== "pods" || c.object.metadata.labels?.["job-name"] !== "report") return;
        const name = c.object.metadata.name;
        const phase = c.object.status?.phase;
        if (c.type !== "DELETED" && phase === "Running" && !c.object.metadata.deletionTimestamp) running.add(name);
        else running.delete(name);
        if (running.size > 2 && (!worst || running.size > worst.n)) worst = { n: running.size, at: c.at };
      },
      finish() {
        if (worst) return fail(`At ${atTime(worst.at)} ${worst.n} Pods of report were running at once; parallelism must cap them at 2.`);
        return pass("At most 2 Pods of report ran at the same time.");
      },
    };
  });
}

const FIXED = batchJob("report", IMAGE, 6, 2, 3);
const kubectl = (at: number, line: string): Action => ({ at, kind: "kubectl", payload: { line } });
const apply = (yaml: string, at = 20_000): Action => ({ at, kind: "apply", payload: { yaml } });
const wait: Action = { at: 150_000, kind: "wait" };

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [shape, complete, atMostTwo()],
  reference: [
    kubectl(5_000, "kubectl get pods -l job-name=report"),
    kubectl(10_000, "kubectl delete job report"),
    apply(FIXED),
    wait,
  ] satisfies Action[],
  wrong: [
    {
      name: "applies the fix over the failed Job (immutable template)",
      actions: [apply(FIXED), wait],
      fails: "complete",
      message: "failed",
    },
    {
      name: "runs all six at once",
      actions: [kubectl(10_000, "kubectl delete job report"), apply(FIXED.replace("parallelism: 2", "parallelism: 6")), wait],
      fails: "at-most-two",
      message: "6 Pods of report were running at once",
    },
    {
      name: "only fixes the image",
      actions: [kubectl(10_000, "kubectl delete job report"), apply(batchJob("report", IMAGE, 1, 1, 3)), wait],
      fails: "job-shape",
      message: "completions: 1",
    },
  ],
};
