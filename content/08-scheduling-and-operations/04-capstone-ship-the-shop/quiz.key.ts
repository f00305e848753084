import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "08-scheduling-and-operations.04-capstone-ship-the-shop",
  canary: "RECONCILE-ANSWER-KEY-CANARY-91c3e7a0",
  keys: {
    "request-path": {
      type: "ordering",
      order: ["nodeport", "controller", "service", "web-pod"],
      explanation: "The NodePort brings the request to the controller, which matches host and path and proxies to the Service's endpoints; a Ready web Pod answers.",
    },
    "bad-release": {
      type: "single",
      correct: "still-served",
      explanations: {
        "still-served": "Right: new Pods never become Ready, so the Deployment never goes below 4 − 1 = 3 available old Pods.",
        outage: "That is the Recreate strategy; RollingUpdate keeps old Pods until new ones are Ready.",
        half: "Pods that are not Ready get no traffic from the Service.",
        "auto-rollback": "Deployments do not roll back by themselves; the rollout just stalls (and reports ProgressDeadlineExceeded after 10 minutes).",
      },
    },
    spof: {
      type: "multiple",
      correct: ["controller-replicas", "shorter-tolerations"],
      explanations: {
        "controller-replicas": "With a controller replica on the other node, the NodePort would have had a ready endpoint all along.",
        "shorter-tolerations": "The controller would have been replaced after seconds instead of 5 minutes (shorter outage, not none).",
        "more-web": "The web tier was not the bottleneck: every request enters through the controller.",
        "bigger-node": "Capacity was not the problem; availability of the single controller Pod was.",
      },
    },
    "statefulset-stuck": {
      type: "true-false",
      answer: false,
      justification: "identity",
      explanations: {
        identity: "Right: two db-0 Pods at once could both write the same data, so the StatefulSet waits for the old one to be gone.",
        same: "That is true of ReplicaSets, not of StatefulSets.",
        never: "It does recreate db-0, once the old Pod object is gone.",
        pvc: "PVCs are kept and re-used by the new Pod; nothing waits for their deletion.",
      },
    },
    "force-delete": {
      type: "single",
      correct: "object-only",
      explanations: {
        "object-only": "Right: it only removes the object, which is why it is safe only if the node is really down.",
        kill: "The node is unreachable; nothing can reach its runtime.",
        evict: "That is what kubectl drain uses; --force --grace-period=0 deletes directly.",
        reschedule: "Pods never move; a new Pod is created from the template.",
      },
    },
  },
});
