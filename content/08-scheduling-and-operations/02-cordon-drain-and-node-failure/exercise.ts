// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { FAILOVER_START, FAILURE_AT_MS } from "../transcripts";

export const exercise: Exercise = {
  id: "survive-a-node-failure",
  lesson: "08-scheduling-and-operations/02-cordon-drain-and-node-failure",
  title: "Survive a node failure",
  task: `\`web\` runs 4 replicas spread over \`kind-worker\` and \`kind-worker2\`. A few seconds into
the exercise, one of the workers stops answering.

1. Find out which node failed and what happened to \`web\`'s Pods on it.
2. Get \`web\` back to **4 available replicas within 3 minutes of the failure** — do not wait
   for the default 5-minute eviction.
3. Keep the broken node out of scheduling until someone repairs it, even once it comes back.
4. Make \`web\` fail over faster on its own next time: its Pods should leave an unreachable or
   not-ready node after **60 seconds at most**.`,
  hints: [
    "`kubectl get nodes` shows the NotReady node (about 50 s after it stops posting status); `kubectl get pods -o wide` shows where each Pod is.",
    "A NotReady node's Pods stay bound to it, not Ready, until their NoExecute tolerations run out (300 s by default).",
    "`kubectl cordon NODE` marks it unschedulable: that stays after the node recovers, until you uncordon it.",
    "Add tolerations for node.kubernetes.io/unreachable and node.kubernetes.io/not-ready (operator Exists, effect NoExecute, tolerationSeconds: 30) to web's Pod template and apply it: the rollout replaces the stuck Pods at once.",
  ],
  start: { seed: 83, nodes: 3, objects: FAILOVER_START, events: [{ at: FAILURE_AT_MS, fault: { type: "failNode", node: "kind-worker2" } }] },
  panels: ["terminal", "editor", "nodes", "pods", "events", "clock"],
};
