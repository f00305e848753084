// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";

export const exercise: Exercise = {
  id: "deploy-from-scratch",
  lesson: "02-control-loop/04-journey-of-an-apply",
  title: "A Deployment from scratch, end to end",
  task: `The cluster is empty. Write a manifest from nothing and take it all the way to Ready Pods.

Create a **Deployment** named \`catalog\`:

- 3 replicas, Pods labelled \`app: catalog\` (and selected by that label);
- one container named \`catalog\` running \`ghcr.io/reconcile/web:v2\`;
- each container requests **\`200m\`** of CPU.

Apply it, then follow the journey: the Deployment's ReplicaSet, the Pods being scheduled,
the kubelets starting them (\`kubectl get events\`). Press **Check** once the Deployment
reports 3 available replicas.`,
  hints: [
    "Start from the `hello.yaml` of the lesson: `apiVersion: apps/v1`, `kind: Deployment`, then `spec.replicas`, `spec.selector.matchLabels` and `spec.template`.",
    "The selector's labels must match the template's labels, or the API server refuses the Deployment.",
    "The request goes in the container: `resources: { requests: { cpu: 200m } }`, written as nested YAML keys.",
    "`kubectl get deployment catalog` shows READY 3/3 and AVAILABLE 3 when the journey is over.",
  ],
  start: { seed: 5, nodes: 3 },
  panels: ["terminal", "editor", "nodes", "pods", "events", "trace", "clock"],
};
