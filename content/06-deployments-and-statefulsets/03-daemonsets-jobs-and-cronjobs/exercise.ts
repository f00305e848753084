// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { batchJob } from "../transcripts";

export const exercise: Exercise = {
  id: "rerun-the-report",
  lesson: "06-deployments-and-statefulsets/03-daemonsets-jobs-and-cronjobs",
  title: "Re-run a failed Job, in batches",
  task: `The Job \`report\` uses a broken image (\`ghcr.io/reconcile/batch:fail\`) and is about to run
out of retries. Replace it with a Job that does the real work:

- still named \`report\`, image \`ghcr.io/reconcile/batch:v1\`;
- **6 successful runs** in total (one per region), **at most 2 running at the same time** (the
  reporting database cannot take more);
- \`backoffLimit: 3\`.

Then let it run until the Job is **Complete** with 6/6.`,
  hints: [
    "`kubectl get jobs` and `kubectl get pods -l job-name=report` show the failing runs; `kubectl get job report -o yaml` shows the spec.",
    "A Job's Pod template cannot be changed (`field is immutable`): delete the Job first with `kubectl delete job report`.",
    "`completions: 6` counts successful Pods; `parallelism: 2` caps how many run at once. Both go under `spec`, next to `backoffLimit` and `template`.",
    "Keep `restartPolicy: Never` (or OnFailure) in the Pod template: a Job does not accept Always.",
  ],
  start: { seed: 66, nodes: 3, objects: batchJob("report", "ghcr.io/reconcile/batch:fail", 1, 1, 1) },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
