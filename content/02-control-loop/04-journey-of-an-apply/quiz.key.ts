import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "02-control-loop.04-journey-of-an-apply",
  canary: "RECONCILE-ANSWER-KEY-CANARY-d2a8e146",
  keys: {
    "apply-returns": {
      type: "single",
      correct: "stored",
      explanations: {
        stored: "Right. The API server answers once the object is stored; everything else happens asynchronously.",
        "pods-created": "kubectl does not wait for controllers; `kubectl rollout status` is the command that waits.",
        scheduled: "Scheduling happens after apply has returned, driven by the scheduler's own watch.",
        ready: "Readiness comes last and kubectl apply never waits for it.",
      },
    },
    "journey-order": {
      type: "ordering",
      order: ["deployment", "rs", "pods", "binding", "status", "available"],
      explanation: "Deployment stored → ReplicaSet → Pods → bindings → kubelet status → Deployment status. Each write is what the next component's watch reacts to.",
    },
    "event-source": {
      type: "matching",
      pairs: { scaling: "deployment", create: "replicaset", scheduled: "scheduler", pulled: "kubelet" },
      explanations: {
        scaling: "The Deployment controller scales its ReplicaSets and records ScalingReplicaSet on the Deployment.",
        create: "The ReplicaSet controller records SuccessfulCreate for each Pod it creates.",
        scheduled: "The scheduler records Scheduled when it binds a Pod.",
        pulled: "Image pulls happen on the node, so the kubelet records Pulling and Pulled.",
      },
    },
    "proxy-role": {
      type: "true-false",
      answer: false,
      justification: "services",
      explanations: {
        services: "Right. kube-proxy watches Services and EndpointSlices and writes packet rules; it has no part in starting Pods.",
        runtime: "The kubelet talks to the container runtime, through the CRI.",
        binding: "Bindings need no confirmation: the kubelet acts as soon as it sees a Pod bound to its node.",
        ip: "Pod IPs come from the network (CNI) plugin when the kubelet sets up the Pod's sandbox.",
      },
    },
    ccm: {
      type: "multiple",
      correct: ["lb", "nodes", "deleted"],
      explanations: {
        lb: "True: the service controller in cloud-controller-manager provisions cloud load balancers.",
        nodes: "True: the node controller there initialises nodes with cloud-specific information.",
        deleted: "True: its node lifecycle part deletes Node objects whose instance is gone.",
        schedule: "False: scheduling is kube-scheduler's job, and it knows nothing about prices by default.",
        etcd: "False: backing up etcd is up to the cluster operator (or the managed service).",
      },
    },
    reapply: {
      type: "single",
      correct: "unchanged",
      explanations: {
        unchanged: "Right. The desired state is the same, so there is no gap to close.",
        restart: "Nothing restarts: no field changed, so no controller sees anything to do.",
        "new-rs": "A new ReplicaSet only appears when the Pod template changes.",
        error: "apply creates or updates; for an existing object it computes a patch, here an empty one.",
      },
    },
  },
});
