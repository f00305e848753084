// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { API_DEPLOYMENT } from "../transcripts";

export const exercise: Exercise = {
  id: "recover-a-bad-release",
  lesson: "07-rollouts-and-rollbacks/02-history-and-rollback",
  title: "Ship two releases, recover from the bad one",
  task: `The Deployment \`api\` runs \`ghcr.io/reconcile/web:v1\` (revision 1, change-cause
\`release v1\`). Ship two releases, each with its change-cause:

1. Release **v2**: image \`ghcr.io/reconcile/web:v2\`, change-cause \`release v2\`. Let it
   finish.
2. Release **v3**: image \`ghcr.io/reconcile/web:v3\`, change-cause \`release v3\`. Something
   will go wrong: find out what (\`kubectl rollout status\`, \`kubectl get pods\`,
   \`kubectl describe deployment api\`).
3. Get \`api\` back to **v2** with \`kubectl rollout undo\` (not by setting the image again),
   and let that rollout finish.

From t=10s on, \`api\` must always keep at least 3 available replicas.`,
  hints: [
    "`kubectl set image deployment/api web=ghcr.io/reconcile/web:v2`, then `kubectl annotate deployment/api kubernetes.io/change-cause='release v2' --overwrite` (the annotation lands on the current revision).",
    "`kubectl rollout history deployment/api` should list `release v1` and `release v2` before you ship v3.",
    "v3 never gets available Pods: `kubectl get pods` shows ErrImagePull or ImagePullBackOff, and after 60 s the Deployment's Progressing condition says ProgressDeadlineExceeded.",
    "`kubectl rollout undo deployment/api` goes back to the previous revision (v2). `--to-revision=1` would go back to v1 instead.",
  ],
  start: { seed: 75, nodes: 3, objects: API_DEPLOYMENT },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
