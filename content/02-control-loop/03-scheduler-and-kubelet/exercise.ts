// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";

const deployment = (name: string, replicas: number, image: string, cpu: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: ${name}
          image: ${image}
          resources:
            requests:
              cpu: "${cpu}"
`;

export const shop = (cpu: string) => deployment("shop", 2, "ghcr.io/reconcile/web:v1", cpu);
export const worker = (image: string) => deployment("worker", 1, image, "100m");

export const exercise: Exercise = {
  id: "unstick-the-pods",
  lesson: "02-control-loop/03-scheduler-and-kubelet",
  title: "Unstick two Deployments",
  task: `Two Deployments were applied a moment ago, and neither has a single Ready Pod.

- \`shop\` should run 2 replicas of \`ghcr.io/reconcile/web:v1\`.
- \`worker\` should run 1 replica of the web image too; the team has published the tags
  \`v1\` and \`v2\` of \`ghcr.io/reconcile/web\`, and \`worker\` is meant to run the newest one.

1. For each Deployment, find **which component** is stuck and why: read the Pods' status,
   then their events (\`kubectl describe pod …\` or \`kubectl get events\`).
2. Fix each Deployment's manifest and apply it again: \`shop\` should request
   **\`250m\`** of CPU per Pod (keep a request — the scheduler needs it), and \`worker\` must
   use an image that exists.
3. Let time run until \`shop\` has 2 Ready Pods and \`worker\` 1.`,
  hints: [
    "`kubectl get pods -o wide`: a Pod with no NODE was never scheduled; a Pod with a node but not Running is the kubelet's problem.",
    "A `FailedScheduling` event lists why each node was filtered out. How much CPU does each `shop` Pod request?",
    "An `ErrImagePull` event names the image reference the runtime could not resolve. Compare it with the tags that exist.",
    "Copy a Deployment's manifest (`kubectl get deployment shop -o yaml`, or the shape in the lesson), change `resources.requests.cpu` or `image`, and apply it from the editor. The Deployment replaces its Pods for you.",
  ],
  start: { seed: 3, nodes: 3, objects: `${shop("16")}---\n${worker("ghcr.io/reconcile/web:v3")}` },
  panels: ["terminal", "editor", "nodes", "pods", "events", "clock"],
};
