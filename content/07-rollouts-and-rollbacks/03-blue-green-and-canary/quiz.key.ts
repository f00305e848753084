import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "07-rollouts-and-rollbacks.03-blue-green-and-canary",
  canary: "RECONCILE-ANSWER-KEY-CANARY-b35f08c6",
  keys: {
    switch: {
      type: "single",
      correct: "selector",
      explanations: {
        selector: "Right. The endpoints follow the selector: all green Pods in, all blue Pods out, in one change.",
        "set-image": "That is a rolling update of blue, not a switch: old and new Pods mix during it, and there is no blue left to go back to.",
        "label-blue": "The Service selects Pods, by their labels; the Deployment object's own labels do not matter to it.",
        "delete-blue": "A Service has no fallback: with version: blue in its selector it would have no endpoints at all.",
      },
    },
    "canary-share": {
      type: "numeric",
      answer: 10,
      tolerance: 2,
      explanation: "Each Ready endpoint is equally likely: 1 canary Pod out of 10 gets about 10% of new connections (only about: the choice is random).",
    },
    "least-busy": {
      type: "true-false",
      answer: false,
      justification: "random",
      explanations: {
        random: "Right. A slow canary gets its full share (IPVS mode offers other algorithms, such as least connections).",
        least: "kube-proxy only programs rules; it never looks at Pod load.",
        "round-robin": "iptables mode is random, so shares are only approximate.",
        scheduler: "The scheduler places Pods on nodes; it has nothing to do with requests.",
      },
    },
    "separate-labels": {
      type: "multiple",
      correct: ["overlap", "service", "immutable"],
      explanations: {
        overlap: "Each Deployment's ReplicaSets would count the other's Pods as theirs; the docs warn against overlapping selectors.",
        service: "app is shared, version or track tells them apart: the Service picks one or both.",
        immutable: "In apps/v1, spec.selector cannot change after creation.",
        dns: "DNS names come from Services, not from Pod labels.",
        scheduler: "Labels do not affect placement unless you write affinity rules.",
      },
    },
    rollback: {
      type: "matching",
      pairs: { "bg-running": "selector-back", "bg-zero": "scale-then-switch", canary: "remove-canary", rolling: "undo" },
      explanations: {
        "bg-running": "Blue is still Ready, so the switch back is instant.",
        "bg-zero": "Switching to a Deployment with no Pods would empty the Service: scale up and wait first.",
        canary: "Without the canary, the Service routes to stable Pods only.",
        rolling: "With one Deployment, going back is another rollout, to the previous revision.",
      },
    },
    "empty-service": {
      type: "single",
      correct: "no-endpoints",
      explanations: {
        "no-endpoints": "Right. The selector matches no Ready Pod, so the endpoints are empty until green's Pods are Ready.",
        "keeps-blue": "The Service has no memory of its old selector; blue no longer matches.",
        rejected: "Any selector is valid; matching nothing is not an error.",
        scales: "Services never scale Deployments.",
      },
    },
  },
});
