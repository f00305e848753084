import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "08-scheduling-and-operations.02-cordon-drain-and-node-failure",
  canary: "RECONCILE-ANSWER-KEY-CANARY-e47b09c3",
  keys: {
    "maintenance-order": {
      type: "ordering",
      order: ["cordon", "drain", "work", "uncordon"],
      explanation: "Cordon first so nothing new lands there, evict what runs there, do the work, then make the node schedulable again.",
    },
    "cordon-effect": {
      type: "single",
      correct: "stay",
      explanations: {
        stay: "Right: cordon only sets spec.unschedulable; the scheduler skips the node for new Pods.",
        evicted: "That is what drain adds on top of cordon.",
        paused: "Kubernetes never pauses containers for a cordon.",
        notready: "Readiness is not touched; the node is still Ready (Ready,SchedulingDisabled).",
      },
    },
    "drain-refusals": {
      type: "matching",
      pairs: { bare: "force", daemonset: "ignore-ds", emptydir: "emptydir" },
      explanations: {
        bare: "No controller would recreate it, so drain wants --force to delete it anyway.",
        daemonset: "Its DaemonSet would put it right back; --ignore-daemonsets leaves such Pods alone.",
        emptydir: "The emptyDir's data is lost with the Pod; --delete-emptydir-data accepts that.",
      },
    },
    "failure-timeline": {
      type: "numeric",
      answer: 350,
      tolerance: 15,
      explanation: "About 50 s until the node is marked NotReady/unreachable, then 300 s of default tolerationSeconds: roughly 350 s.",
    },
    "uncordon-rebalance": {
      type: "true-false",
      answer: false,
      justification: "new-only",
      explanations: {
        "new-only": "Right: only new Pods (a rollout, a scale-up) use the node again.",
        "rebalance-loop": "kube-scheduler has no such loop; the separate descheduler add-on can evict Pods for that.",
        "kubelet-pulls": "The kubelet runs what is bound to its node; it never asks for more.",
        "deployment-spreads": "Deployments count replicas; they do not look at nodes.",
      },
    },
    "failure-signs": {
      type: "multiple",
      correct: ["notready", "taints", "pod-ready-false"],
      explanations: {
        notready: "After 50 s without heartbeats the node's conditions are Unknown: NotReady.",
        taints: "The node lifecycle controller adds the unreachable taints with both effects.",
        "pod-ready-false": "The controller marks the node's Pods not Ready, and the endpoints drop them.",
        replaced: "Not yet: the Pods tolerate the unreachable taint for 300 s.",
        "deleted-node": "Nothing deletes the Node object; it stays NotReady until it answers again or someone deletes it.",
      },
    },
  },
});
