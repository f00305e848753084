import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "07-rollouts-and-rollbacks.01-rolling-updates",
  canary: "RECONCILE-ANSWER-KEY-CANARY-7a1e40b9",
  keys: {
    "max-pods": {
      type: "numeric",
      answer: 13,
      tolerance: 0,
      explanation: "maxSurge rounds up: 25% of 10 is 2.5, so 3 extra Pods are allowed, 13 in all. (maxUnavailable rounds down to 2: at least 8 available.)",
    },
    "three-replicas": {
      type: "single",
      correct: "three",
      explanations: {
        three: "Right. maxUnavailable rounds down (⌊0.75⌋ = 0) and maxSurge rounds up (⌈0.75⌉ = 1): one extra Pod first, never fewer than 3 available.",
        two: "That is the surge's rounding. maxUnavailable rounds down, to 0 here.",
        zero: "Percentages apply to any replica count; they are only rounded.",
        any: "It is a hard bound: the controller never scales old Pods down past it.",
      },
    },
    "both-zero": {
      type: "true-false",
      answer: false,
      justification: "rejected",
      explanations: {
        rejected: "Right. Validation says maxUnavailable may not be 0 when maxSurge is 0 (the patch fails with Invalid value).",
        safest: "Such a rollout could never start: it may not add a Pod and may not remove one.",
        ignored: "Explicit zeros are kept, and both at once are refused by the API server.",
        recreate: "Recreate is a separate strategy type, chosen explicitly.",
      },
    },
    "starts-rollout": {
      type: "multiple",
      correct: ["image", "env", "pod-label"],
      explanations: {
        image: "A change inside spec.template: new template hash, new ReplicaSet.",
        env: "Environment variables are part of the Pod template.",
        "pod-label": "Pod template labels are part of the template too (they must still match the selector).",
        replicas: "Scaling changes the size of the current ReplicaSet; no new revision.",
        strategy: "The strategy says how to roll out; changing it starts nothing.",
        annotation: "The Deployment's own metadata is not the Pod template. (An annotation under spec.template.metadata would start one.)",
      },
    },
    sequence: {
      type: "ordering",
      order: ["create", "surge", "down-two", "up-four", "down-zero"],
      explanation: "maxSurge 1 and maxUnavailable 1: at most 5 Pods, at least 3 available. Each sync first scales the new ReplicaSet up if it can, otherwise the old one down, as far as the available Pods allow.",
    },
    strategies: {
      type: "matching",
      pairs: { recreate: "all-down", "surge-first": "extra", "unavailable-first": "one-less" },
      explanations: {
        recreate: "Recreate scales the old ReplicaSet to 0, waits for its Pods to go, then creates the new ones: downtime, but never two versions at once.",
        "surge-first": "With no unavailability allowed, the controller must add a Pod before removing one.",
        "unavailable-first": "With no surge allowed, the controller must remove a Pod before adding one: capacity drops by one per step.",
      },
    },
    "no-probe": {
      type: "single",
      correct: "early",
      explanations: {
        early: "Right. Without a readiness probe, Ready means the container started. Available is only as truthful as the probe behind it.",
        waits: "The controller only reads Pod conditions; it knows nothing about the app unless a probe tells the kubelet.",
        stuck: "Without a readiness probe a container is Ready as soon as it runs.",
        nothing: "maxUnavailable 0 keeps Pods that are available by Kubernetes' definition, which here is not the same as serving.",
      },
    },
  },
});
