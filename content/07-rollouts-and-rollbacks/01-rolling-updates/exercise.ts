// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { SHOP_DEPLOYMENT } from "../transcripts";

export const exercise: Exercise = {
  id: "zero-downtime-update",
  lesson: "07-rollouts-and-rollbacks/01-rolling-updates",
  title: "Update without dropping capacity",
  task: `The Deployment \`shop\` runs 4 replicas of \`ghcr.io/reconcile/web:v1\`. Roll it out to
\`ghcr.io/reconcile/web:v2\`.

The shop needs all 4 replicas to handle its traffic: from **t=10s** on, \`shop\` must never
have fewer than **4 available** replicas, not even for an instant during the rollout.

1. Look at how \`shop\` is set to roll out (\`kubectl describe deployment shop\`) and work out
   what an update would do to its availability.
2. Change what you must, then update the image.
3. Let the rollout finish: 4 replicas of v2, all available.`,
  hints: [
    "The RollingUpdateStrategy line of `kubectl describe deployment shop` shows maxUnavailable and maxSurge. With maxUnavailable 2, an update starts by removing 2 old Pods.",
    "Capacity never drops when maxUnavailable is 0. The API server then needs maxSurge to be at least 1, or the rollout could never move.",
    "`kubectl patch deployment shop -p '{\"spec\":{\"strategy\":{\"rollingUpdate\":{\"maxSurge\":1,\"maxUnavailable\":0}}}}'` (or edit the strategy in the editor and apply). Changing the strategy starts no rollout.",
    "Then `kubectl set image deployment/shop web=ghcr.io/reconcile/web:v2` and `kubectl rollout status deployment/shop`.",
  ],
  start: { seed: 74, nodes: 3, objects: SHOP_DEPLOYMENT },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
