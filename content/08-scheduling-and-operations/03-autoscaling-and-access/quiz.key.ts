import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "08-scheduling-and-operations.03-autoscaling-and-access",
  canary: "RECONCILE-ANSWER-KEY-CANARY-2f6ad815",
  keys: {
    "formula-up": {
      type: "numeric",
      answer: 5,
      tolerance: 0,
      explanation: "ceil(3 × 80 / 50) = ceil(4.8) = 5.",
    },
    "formula-clamped": {
      type: "numeric",
      answer: 10,
      tolerance: 0,
      explanation: "ceil(8 × 100 / 50) = 16, clamped to maxReplicas: 10.",
    },
    "utilization-base": {
      type: "single",
      correct: "80",
      explanations: {
        "80": "Right: utilization is usage over the request, 200m / 250m.",
        "20": "Limits play no part in the HPA's utilization.",
        "5": "The node's size does not matter either; only the Pod's request.",
        none: "Only a request is needed (that rule is the Guaranteed QoS class, not the HPA).",
      },
    },
    "unknown-target": {
      type: "multiple",
      correct: ["no-metrics-server", "no-request", "just-created"],
      explanations: {
        "no-metrics-server": "Without the resource metrics API there is nothing to read (the simulator's case).",
        "no-request": "Without a request there is no utilization to compute.",
        "just-created": "Until its first successful sync the current value is unknown.",
        "at-max": "At maxReplicas the HPA still shows the current utilization; it just cannot go higher.",
      },
    },
    "who-does-what": {
      type: "matching",
      pairs: { load: "hpa", pending: "cluster-autoscaler", requests: "vpa" },
      explanations: {
        load: "The HPA adds replicas when the metric is above target.",
        pending: "The Cluster Autoscaler adds nodes for Pods that fit nowhere; the scheduler only retries.",
        requests: "The Vertical Pod Autoscaler recommends or sets requests from observed usage.",
      },
    },
    rbac: {
      type: "true-false",
      answer: false,
      justification: "namespaced",
      explanations: {
        namespaced: "Right: binding a ClusterRole with a RoleBinding reuses its rules in that one namespace; a ClusterRoleBinding would grant them everywhere.",
        "cluster-wide": "It is the binding that decides the scope.",
        deny: "RBAC has no deny rules; other namespaces simply grant nothing.",
        serviceaccount: "Users, groups and ServiceAccounts can all be subjects of any binding.",
      },
    },
    "pod-security": {
      type: "single",
      correct: "rejected",
      explanations: {
        rejected: "Right: enforce mode rejects violating Pods when they are created.",
        warned: "That is the warn mode; enforce refuses the Pod.",
        evicted: "Pod Security works at admission; it never evicts running Pods.",
        mutated: "Pod Security admission validates only; it does not change Pods.",
      },
    },
  },
});
