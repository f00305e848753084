// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { CHECKOUT_START } from "../probes-transcripts";

export const exercise: Exercise = {
  id: "probe-the-slow-checkout",
  lesson: "07-rollouts-and-rollbacks/04-health-probes",
  title: "Ship the slow-starting checkout",
  task: `The Deployment \`checkout\` runs 4 replicas of \`ghcr.io/reconcile/web:v1\` behind the Service
\`checkout\`, with a liveness probe on \`/healthz\` (every 5 s, 3 failures). Roll it out to
\`ghcr.io/reconcile/slow-start:v1\`, the new version — which needs **30 seconds** before it
listens on 8080.

1. \`checkout\` must never have fewer than **3 available** replicas from **t=10s** on, and the
   rollout must finish: 4 replicas of slow-start:v1, all available.
2. No container of checkout may be restarted: no liveness kills.
3. Keep a liveness probe, and add a **readiness probe** on \`/readyz\` (port 8080), so a Pod only
   gets traffic — and only counts as available — once the app answers.

Write the Deployment in the editor (\`kubectl get deployment checkout -o yaml\` shows the
current one) and apply it, image included.`,
  hints: [
    "Work out the liveness probe's patience: 3 failures × 5 s = 15 s. The new app needs 30 s. What happens to a container that does not answer for 15 s?",
    "Without a readiness probe, a container counts as Ready as soon as it starts: the rollout removes old Pods while the new ones cannot answer yet.",
    "A startupProbe (for example httpGet /healthz on 8080, periodSeconds 5, failureThreshold 12: up to 60 s) holds the liveness probe back until the app has started.",
    "Add readinessProbe: httpGet path /readyz port 8080 next to the livenessProbe, set the image to ghcr.io/reconcile/slow-start:v1, apply, then `kubectl rollout status deployment/checkout`.",
  ],
  start: { seed: 75, nodes: 3, objects: CHECKOUT_START },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
