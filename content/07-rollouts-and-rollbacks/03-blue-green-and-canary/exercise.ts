// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { BLUE_GREEN_START } from "../transcripts";

export const exercise: Exercise = {
  id: "switch-blue-to-green",
  lesson: "07-rollouts-and-rollbacks/03-blue-green-and-canary",
  title: "Switch from blue to green",
  task: `The Service \`web\` sends traffic to \`web-blue\` (3 replicas of v1, Pods labelled
\`app=web,version=blue\`). The new version is deployed as \`web-green\` (v2, Pods labelled
\`app=web,version=green\`), but with **0 replicas**.

Move all of \`web\`'s traffic to green:

1. \`web\` must end up routing to **3 Ready green Pods**, and to no blue Pod.
2. From **t=10s** on, \`web\` must never be left without a Ready endpoint, not even for an instant.
3. Keep the Deployment \`web-blue\` (you may scale it down): it is your way back.

\`curl -s http://172.18.0.3:30080/\` tells you which version answers.`,
  hints: [
    "`kubectl get endpoints web` lists the Pods the Service routes to. A selector that matches no Ready Pod empties it.",
    "Green has no Pods yet: scale it first (`kubectl scale deployment web-green --replicas=3`) and wait until `kubectl get deployment web-green` shows 3/3.",
    "Then change only the version in the Service's selector: `kubectl patch service web -p '{\"spec\":{\"selector\":{\"version\":\"green\"}}}'`.",
    "Scaling web-blue to 0 afterwards is fine; deleting it is not.",
  ],
  start: { seed: 76, nodes: 3, objects: BLUE_GREEN_START },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
