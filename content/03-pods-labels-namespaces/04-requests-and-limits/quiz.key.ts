import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "03-pods-labels-namespaces.04-requests-and-limits",
  canary: "RECONCILE-ANSWER-KEY-CANARY-5d13f6a2",
  keys: {
    "over-limit": {
      type: "matching",
      pairs: { cpu: "throttled", memory: "oom" },
      explanations: {
        cpu: "CPU is compressible: the cgroup gives the container less CPU time.",
        memory: "Memory cannot be taken back: the OOM killer ends the process, reported as OOMKilled.",
      },
    },
    scheduling: {
      type: "single",
      correct: "worker-2",
      explanations: {
        "worker-2": "Right. The scheduler subtracts requests from allocatable: worker-1 has 0.5 free, worker-2 has 3.",
        "worker-1": "Idle or not, worker-1's Pods have reserved 3.5 CPUs by their requests.",
        both: "The scheduler does not look at live usage at all.",
        neither: "Usage does not count; worker-2 has room by requests.",
      },
    },
    qos: {
      type: "matching",
      pairs: { equal: "guaranteed", none: "besteffort", "mem-only": "burstable", "requests-only": "burstable" },
      explanations: {
        equal: "CPU and memory limits with requests equal to them: Guaranteed.",
        none: "No requests or limits at all: BestEffort.",
        "mem-only": "The request defaults to the limit for memory, but there is no CPU limit: Burstable.",
        "requests-only": "Something is set, but not limits equal to requests for both: Burstable.",
      },
    },
    "default-request": {
      type: "numeric",
      answer: 256,
      tolerance: 0,
      explanation: "With a limit and no request, the API server defaults the request to the limit: 256Mi.",
    },
    limitrange: {
      type: "true-false",
      answer: false,
      justification: "defaults-only",
      explanations: {
        "defaults-only": "Right. LimitRange admission sets defaults and enforces min/max when a Pod is created; it never overrides declared values.",
        overrides: "A common mistake (it is in many notes): namespace rules default and bound, they do not override.",
        running: "Admission runs on create; running Pods are not touched.",
        max: "The default applies only where no value is declared.",
      },
    },
    "pending-by-requests": {
      type: "predict",
      measure: (cluster) => cluster.list("pods", "default", "app=batch").filter((p) => p.status?.phase === "Pending" && !p.spec?.nodeName).length,
      show: "get pods -o wide",
      explanation:
        "1. The scheduler adds up requests, not usage: a third Pod on one worker would bring its requests to 4500m, more than its 4 CPUs, even though the containers are idle. Two Pods fit on each worker, and the fifth stays `Pending` with a FailedScheduling event (`2 Insufficient cpu`) until room is made.",
    },
  },
});
