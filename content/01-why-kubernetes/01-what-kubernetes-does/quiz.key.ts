import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "01-why-kubernetes.01-what-kubernetes-does",
  canary: "RECONCILE-ANSWER-KEY-CANARY-7f3a91c2",
  keys: {
    "desired-state": {
      type: "single",
      correct: "object",
      explanations: {
        object: "Right. The desired state is the object stored in the cluster; it stays there, unchanged, until you change it.",
        running: "That is the observed state: what is running at this moment, which controllers keep moving towards the desired state.",
        steps: "Kubernetes is declarative: you describe the result, not the steps, and no list of steps is stored.",
        file: "The file is only your copy. Once applied, the desired state is the object stored in the cluster; editing the file changes nothing until you apply it again.",
      },
    },
    "matching-terms": {
      type: "matching",
      pairs: { desired: "asked", observed: "now", controller: "loop", reconciliation: "step" },
      explanations: {
        desired: "Desired state is the written-down result, stored as an object until you change it.",
        observed: "Observed state is what actually runs now; it can drift from the desired state at any time.",
        controller: "A controller observes, compares and acts, over and over; one step per pass.",
        reconciliation: "Reconciliation is the step that brings reality back in line with the specification, hence the course's name.",
      },
    },
    "level-triggered": {
      type: "true-false",
      answer: false,
      justification: "level",
      explanations: {
        level: "Right. Controllers are level-triggered: they look at the current state on every pass, so a missed event only delays the fix.",
        replay: "The API server does not replay every event; after a restart a controller lists the current objects and works from those.",
        lost: "A lost event does not matter because the controller never relied on it: it compares the current count with the desired count.",
        kubelet: "The kubelet restarts containers inside a Pod, but it does not recreate deleted Pods; creating Pods is the ReplicaSet controller's job.",
      },
    },
    "self-heal-order": {
      type: "ordering",
      order: ["delete", "count", "create", "bind", "start"],
      explanation:
        "The deletion is a write to the API server. The ReplicaSet controller does not count Pods that are being deleted, sees 2 of 3, and creates a Pod without a node. The scheduler then binds it, and only then does that node's kubelet start the container.",
    },
    "what-it-does": {
      type: "multiple",
      correct: ["reschedule", "schedule", "rollout", "service"],
      explanations: {
        reschedule: "Self-healing: when a node stops reporting, its Pods are eventually replaced on healthy nodes.",
        schedule: "Scheduling: the scheduler picks a node for each new Pod, using the resources it requests and your rules.",
        rollout: "Rollouts: changing a Deployment's image replaces Pods a few at a time, so the application stays available.",
        service: "Stable addresses: a Service gives a changing set of Pods one virtual IP and DNS name.",
        build: "Kubernetes runs images; building them is the job of your build tooling.",
        "ha-db": "Kubernetes does not make a stateful application highly available by magic; the application has to support it.",
      },
    },
    "count-after-delete": {
      type: "numeric",
      answer: 3,
      tolerance: 0,
      explanation:
        "3. The desired state still says replicas: 3, so the ReplicaSet controller replaced the deleted Pod. Deleting a Pod by hand does not change the desired state; scaling the Deployment does.",
    },
  },
});
