import "server-only";
import { podsReady, rolloutCompleteWithImage } from "@/lib/exercises/checks";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "08-scheduling-and-operations.05-troubleshooting-pods",
  canary: "RECONCILE-ANSWER-KEY-CANARY-9d2f6c41",
  keys: {
    "status-to-source": {
      type: "matching",
      pairs: { pending: "scheduler", pull: "pull-event", config: "missing-ref", crash: "previous", unready: "probe" },
      explanations: {
        pending: "No node means the scheduler has not placed the Pod; its FailedScheduling event tallies why each node was rejected.",
        pull: "The kubelet of the Pod's node failed to pull the image; the Failed event shows the full reference and the registry's answer (not found, unauthorized…).",
        config: "The kubelet could not build the container's environment or volumes because a ConfigMap, Secret or key is missing.",
        crash: "Kubernetes only knows the program exited with 1; the reason is in the program's output, and --previous shows the container that crashed.",
        unready: "The container runs and is not restarted, but its readiness probe fails: the Unhealthy events say what the probe got. (A dead node shows as Unknown or Terminating Pods, not as any of these.)",
      },
    },
    "idle-but-insufficient": {
      type: "single",
      correct: "requests",
      explanations: {
        requests: "Right. Scheduling is bookkeeping on requests: a Pod fits only where allocatable minus the other Pods' requests covers its own. 6 CPUs never fit in 4, whatever the usage.",
        usage: "The scheduler does not look at usage at all, only at requests and allocatable capacity.",
        limits: "Limits play no part in scheduling, and Pods without limits are accepted.",
        preemption: "Preemption frees room by evicting lower-priority Pods, but no eviction makes a 4-CPU node offer 6 CPUs; the event says preemption is not helpful.",
      },
    },
    "stays-pending": {
      type: "multiple",
      correct: ["cpu", "pvc", "selector", "taint"],
      explanations: {
        cpu: "The scheduler filters out every node whose unrequested capacity is too small: FailedScheduling, Insufficient cpu or memory.",
        pvc: "A Pod with an unbound immediate claim is not scheduled: `pod has unbound immediate PersistentVolumeClaims`.",
        selector: "No node passes the filter: `didn't match Pod's node affinity/selector`.",
        taint: "An untolerated NoSchedule taint filters the node out: `had untolerated taint`.",
        tag: "The Pod is scheduled first; the pull fails afterwards on the node, as ErrImagePull and ImagePullBackOff.",
        configmap: "The Pod is scheduled; the node's kubelet then fails to build the container: CreateContainerConfigError.",
      },
    },
    "delete-fixes-oom": {
      type: "true-false",
      answer: false,
      justification: "same-template",
      explanations: {
        "same-template": "Right. The limit is part of the Pod template; new Pods get the same one and are OOMKilled again. Change the template.",
        "fresh-node": "OOMKilled is about the container's own memory limit, not the node's free memory: another node enforces the same limit.",
        "reset-backoff": "A new Pod does start without back-off, but the kubelet never raises a limit by itself.",
        sigkill: "137 is 128 + 9: the process was killed with SIGKILL, here by the kernel's out-of-memory killer because it went over its limit.",
      },
    },
    "sigkill-code": {
      type: "numeric",
      answer: 137,
      tolerance: 0,
      explanation: "A process killed by a signal exits with 128 + the signal number: 128 + 9 = 137. OOMKilled containers show 137; SIGTERM (15) gives 143.",
    },
    "fix-the-tag": {
      type: "command",
      checks: [rolloutCompleteWithImage("rolled-out", { name: "web" }, "nginx:1.27"), podsReady("ready", "app=web", 2)],
      example: "kubectl set image deployment/web web=nginx:1.27",
      explanation:
        "`kubectl set image deployment/web web=nginx:1.27` changes the Pod template, so the Deployment rolls out Pods that can pull their image. Deleting the failing Pods would only bring back Pods with the same wrong tag.",
    },
    "how-many-pending": {
      type: "predict",
      measure: (cluster) => cluster.list("pods", "default", "app=batch").filter((p) => !p.spec?.nodeName).length,
      show: "get pods -o wide",
      explanation:
        "1. Each worker has 4000m allocatable: two Pods of 1500m fit (3000m), a third would bring the requests to 4500m. Two workers hold four Pods; the fifth stays Pending with `Insufficient cpu` (the control-plane node is excluded by its taint), even though the CPUs are idle.",
    },
  },
});
