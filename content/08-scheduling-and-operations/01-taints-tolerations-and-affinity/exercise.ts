// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { BATCH_NODES, BATCH_START } from "../transcripts";

export const exercise: Exercise = {
  id: "dedicated-batch-nodes",
  lesson: "08-scheduling-and-operations/01-taints-tolerations-and-affinity",
  title: "Dedicate two nodes to batch work",
  task: `The nodes \`kind-worker3\` and \`kind-worker4\` carry the label \`dedicated=batch\`: they were
bought for the \`batch\` Deployment. Today \`web\` and \`batch\` Pods run anywhere.

1. Keep every other workload off the two batch nodes: taint both with
   \`dedicated=batch\` (effect \`NoSchedule\` or \`NoExecute\`).
2. Change the \`batch\` Deployment so that its 2 Pods run **only** on the batch nodes.
3. No \`web\` Pod may be left on a batch node, and \`web\` must still have 4 Ready Pods.

Do not taint or relabel \`kind-worker\` and \`kind-worker2\`.`,
  hints: [
    "`kubectl get pods -o wide` shows which node each Pod is on; `kubectl get nodes -L dedicated` shows the labels.",
    "`kubectl taint nodes kind-worker3 kind-worker4 dedicated=batch:NoSchedule` taints both at once.",
    "A toleration lets batch onto the tainted nodes but does not keep it off the others: it also needs `nodeSelector: {dedicated: batch}` (in `spec.template.spec`).",
    "NoSchedule leaves running Pods alone: recreate web's Pods (`kubectl rollout restart deployment web`), or use NoExecute so they are evicted.",
  ],
  start: { seed: 81, nodes: BATCH_NODES, objects: BATCH_START },
  panels: ["terminal", "editor", "nodes", "pods", "events", "clock"],
};
