import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "08-scheduling-and-operations.01-taints-tolerations-and-affinity",
  canary: "RECONCILE-ANSWER-KEY-CANARY-8c21d7f4",
  keys: {
    effects: {
      type: "matching",
      pairs: { noschedule: "stays-blocked", prefer: "stays-avoided", noexecute: "evicted" },
      explanations: {
        noschedule: "NoSchedule is a scheduler filter: it never touches Pods already running.",
        prefer: "PreferNoSchedule is only a scoring preference; running Pods are untouched.",
        noexecute: "NoExecute is also enforced on running Pods: the taint-eviction controller deletes those that do not tolerate it.",
      },
    },
    "toleration-alone": {
      type: "single",
      correct: "any",
      explanations: {
        any: "Right. A toleration removes gpu-1's obstacle but does not attract the Pod; it can land on any node that passes the filters.",
        "only-gpu": "That needs a nodeSelector or node affinity as well; a toleration does not choose nodes.",
        "not-gpu": "The toleration is exactly what lets it onto gpu-1.",
        nowhere: "Labels matter only if the Pod selects on them; this Pod does not.",
      },
    },
    matches: {
      type: "multiple",
      correct: ["equal", "exists", "no-effect"],
      explanations: {
        equal: "Key, value and effect all match.",
        exists: "Exists matches any value of the key; the effect matches.",
        "no-effect": "An empty effect matches every effect, and key and value match.",
        "wrong-value": "With Equal the value must match: cache is not db.",
        "wrong-effect": "The effect is set and differs (NoExecute vs NoSchedule), so it does not match.",
      },
    },
    remove: {
      type: "single",
      correct: "key-effect",
      explanations: {
        "key-effect": "Right: key:effect with a trailing '-' removes that taint (dedicated- would remove every taint with the key).",
        untaint: "kubectl has no untaint command; removal is kubectl taint … key:effect-.",
        label: "Labels and taints are separate: this removes the label, the taint stays.",
        overwrite: "This replaces the taint's value with an empty one; the taint is still there.",
      },
    },
    "ignored-during-execution": {
      type: "true-false",
      answer: false,
      justification: "scheduling-only",
      explanations: {
        "scheduling-only": "Right: 'IgnoredDuringExecution' says it: a label change after scheduling does not affect running Pods.",
        "kubelet-watches": "The kubelet does not evaluate node affinity for running Pods.",
        "scheduler-moves": "The scheduler only places Pods that have no node; it never moves running ones.",
        "taint-added": "Labels and taints are independent; nothing taints the node.",
      },
    },
    "pending-reason": {
      type: "single",
      correct: "needs-toleration",
      explanations: {
        "needs-toleration": "Right: one node fails the selector, the control plane and the matching node fail on taints — the labelled node is the tainted one.",
        "needs-label": "One node is rejected for the selector, but the one that matches it is rejected for its taint.",
        full: "No node reported Insufficient cpu.",
        "control-plane": "Nothing requires the control plane; tolerating dedicated=db is enough.",
      },
    },
  },
});
