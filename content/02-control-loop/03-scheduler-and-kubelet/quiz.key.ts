import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "02-control-loop.03-scheduler-and-kubelet",
  canary: "RECONCILE-ANSWER-KEY-CANARY-5ea0f7b3",
  keys: {
    "scheduler-output": {
      type: "single",
      correct: "binding",
      explanations: {
        binding: "Right. Scheduling ends with a binding; the kubelet learns about it through its own watch.",
        "call-kubelet": "The scheduler never talks to nodes; the kubelet is watching for Pods bound to it.",
        cri: "Only the kubelet talks to the container runtime.",
        etcd: "Like every component except the API server, the scheduler never touches etcd.",
      },
    },
    "fit-basis": {
      type: "single",
      correct: "no-requests",
      explanations: {
        "no-requests": "Right. NodeResourcesFit compares requests with allocatable capacity: 4 − 3.5 = 0.5 CPU is free to request, less than 1.",
        "yes-usage": "Live usage plays no part in the filter; the requests already promised to other Pods do.",
        "yes-score": "Scoring only ranks nodes that passed every filter; this node fails the resource filter.",
        "no-count": "There is a per-node Pod limit (110 by default), but it is not what blocks here: the requests are.",
      },
    },
    "schedule-phases": {
      type: "ordering",
      order: ["watch", "filter", "score", "bind", "start"],
      explanation: "The scheduler sees an unscheduled Pod through its watch, filters, scores, binds; only then does the kubelet of that node act, through its own watch.",
    },
    "status-to-component": {
      type: "matching",
      pairs: { pending: "scheduler", pull: "kubelet-pull", crash: "kubelet-restart" },
      explanations: {
        pending: "No node: the scheduler could not place it, and the event says which filter rejected each node.",
        pull: "The Pod has a node; its kubelet keeps failing to pull the image and backs off between tries.",
        crash: "The image was pulled and the container started; the process exits and the kubelet restarts it with a growing delay.",
      },
    },
    "pending-forever": {
      type: "true-false",
      answer: false,
      justification: "requeued",
      explanations: {
        requeued: "Right. Unschedulable Pods are parked and retried when something that could make them fit changes.",
        forever: "Scheduling is retried; a Pending Pod becomes schedulable as soon as a node fits.",
        "controller-retries": "The ReplicaSet controller leaves a Pending Pod alone: it exists, so it counts.",
        "kubelet-pulls": "Kubelets only run Pods already bound to their node; binding is the scheduler's job.",
      },
    },
    "kubelet-does": {
      type: "multiple",
      correct: ["pull", "restart", "probes", "status"],
      explanations: {
        pull: "True: the kubelet asks the runtime to pull images over the CRI.",
        restart: "True: restarts in place, 10 s doubling up to 5 minutes.",
        probes: "True: probes run on the node, by the kubelet.",
        status: "True: the kubelet writes the Pod's status back through the API server.",
        "choose-node": "False: that is the scheduler.",
        replace: "False: replacing deleted Pods is the ReplicaSet (or other workload) controller's job.",
      },
    },
    backoff: {
      type: "numeric",
      answer: 300,
      tolerance: 0,
      explanation: "300 seconds (five minutes): 10, 20, 40, 80, 160, then capped at 300. After ten minutes of running without a crash, the delay starts again from 10 seconds.",
    },
  },
});
