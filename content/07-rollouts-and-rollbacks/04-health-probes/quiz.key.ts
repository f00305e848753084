import "server-only";
import { isPodReady } from "@/lib/exercises/checks";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "07-rollouts-and-rollbacks.04-health-probes",
  canary: "RECONCILE-ANSWER-KEY-CANARY-7e2a41c9",
  keys: {
    reactions: {
      type: "matching",
      pairs: { liveness: "restart", readiness: "unready", "startup-pending": "hold", "startup-failed": "restart" },
      explanations: {
        liveness: "A failed liveness probe means \"this process is stuck\": the kubelet kills the container, and with restartPolicy Always it starts again (with back-off).",
        readiness: "Readiness only decides whether the Pod receives traffic: it leaves the endpoints, keeps running, and comes back when the probe passes.",
        "startup-pending": "Until the startup probe succeeds, the other probes are disabled: that is what protects a slow starter from its liveness probe.",
        "startup-failed": "A startup probe that runs out of failures is treated like a liveness failure: the container is killed and restarted.",
      },
    },
    budget: {
      type: "numeric",
      answer: 300,
      tolerance: 10,
      explanation: "failureThreshold × periodSeconds = 30 × 10 s = 300 s (5 minutes). After that many failures in a row the kubelet kills the container; as soon as one probe succeeds, the liveness probe takes over.",
    },
    "slow-fix": {
      type: "single",
      correct: "startup",
      explanations: {
        startup: "Right. 12 × 10 s = 120 s covers the 90 s start with a margin, and once the app is up the liveness probe keeps its quick 30 s reaction.",
        timeout: "timeoutSeconds is how long one attempt may take. While the app is starting nothing listens, so each attempt is refused at once; the three failures still come after about 30 s.",
        readiness: "Readiness and liveness probes run independently; a readiness probe does not hold the liveness probe back. Only a startup probe does.",
        threshold: "That kills the container even sooner, after a single failure.",
      },
    },
    "readiness-restart": {
      type: "true-false",
      answer: false,
      justification: "endpoints",
      explanations: {
        endpoints: "Right. A Pod can stay Running and 0/1 for as long as its readiness probe fails, with zero restarts.",
        threshold: "failureThreshold decides when a probe counts as failed; what happens then depends on its type, and for readiness it is only \"not ready\".",
        backoff: "CrashLoopBackOff is the wait between restarts of a container that exits or is killed; readiness failures kill nothing.",
        rs: "A ReplicaSet replaces Pods that are deleted or have failed, not Pods that are merely unready.",
      },
    },
    "no-probes": {
      type: "multiple",
      correct: ["ready-at-start", "deadlock", "rollout"],
      explanations: {
        "ready-at-start": "Yes: without a readiness (or startup) probe, the kubelet reports the container ready once it is running.",
        deadlock: "Yes: without a liveness probe, the kubelet only notices a process that exits; one that hangs keeps running.",
        rollout: "Yes: new Pods count as available as soon as they start, so the controller scales the old ones down before the new apps answer.",
        http500: "No: nothing asks the app, so its answers do not matter to Kubernetes.",
        exit: "No: a container that exits is restarted according to the Pod's restartPolicy (Always for a Deployment), probes or not.",
      },
    },
    "gated-rollout": {
      type: "predict",
      measure: (cluster) => cluster.list("pods", "default", "app=web").filter((p) => !p.metadata.deletionTimestamp && isPodReady(p)).length,
      show: "get pods -l app=web",
      explanation:
        "Three. maxSurge 25% of 3 rounds up to 1 and maxUnavailable rounds down to 0, so the controller adds one slow-start Pod and removes no old Pod until it is Ready. After 20 s it still fails its readiness probe (0/1), and the three v1 Pods keep serving.",
    },
  },
});
