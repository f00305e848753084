// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";

export const exercise: Exercise = {
  id: "follow-the-scheduler",
  lesson: "01-why-kubernetes/02-cluster-anatomy",
  title: "Follow the scheduler",
  task: `This cluster has a control-plane node and two workers. A Pod named \`api\` is already
running: the scheduler picked a node for it and that node's kubelet started it.

1. Find out which node \`api\` runs on, and look at the nodes of the cluster.
2. Create a Pod named \`cache\`, running the image \`redis:7.2\`, that must land on **the same
   node as \`api\`**. Let the scheduler do the placing: give \`cache\` a \`nodeSelector\` on the
   node's \`kubernetes.io/hostname\` label (do not set \`spec.nodeName\` yourself — that skips
   the scheduler).
3. Leave \`api\` alone, and wait until \`cache\` is Ready.`,
  hints: [
    "`kubectl get pods -o wide` shows the NODE column. `kubectl get nodes --show-labels` shows each node's labels.",
    "Every node carries the label `kubernetes.io/hostname=<node name>`. A Pod's `spec.nodeSelector` is a map of labels the node must have.",
    "```yaml\nspec:\n  nodeSelector:\n    kubernetes.io/hostname: <the node of api>\n  containers:\n    - name: cache\n      image: redis:7.2\n```",
    "Pods never land on kind-control-plane here: it carries a NoSchedule taint, which the scheduler's filters respect.",
  ],
  start: {
    seed: 5,
    nodes: 3,
    objects: `apiVersion: v1
kind: Pod
metadata:
  name: api
  labels:
    app: api
spec:
  containers:
    - name: api
      image: nginx:1.27
`,
  },
  panels: ["terminal", "editor", "nodes", "pods", "events", "clock"],
};
