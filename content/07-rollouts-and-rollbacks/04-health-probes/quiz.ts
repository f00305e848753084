import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "07-rollouts-and-rollbacks.04-health-probes",
  lesson: "07-rollouts-and-rollbacks/04-health-probes",
  title: "Check your understanding",
  questions: [
    {
      id: "reactions",
      type: "matching",
      prompt: "What does the kubelet do in each case?",
      items: [
        { id: "liveness", text: "The liveness probe fails failureThreshold times in a row" },
        { id: "readiness", text: "The readiness probe fails failureThreshold times in a row" },
        { id: "startup-pending", text: "The startup probe has not succeeded yet (still within its budget)" },
        { id: "startup-failed", text: "The startup probe fails failureThreshold times in a row" },
      ],
      choices: [
        { id: "restart", text: "Kills the container; the restart policy restarts it" },
        { id: "unready", text: "Marks the container not ready: the Pod leaves the Service's endpoints, nothing restarts" },
        { id: "hold", text: "Does not run the liveness and readiness probes" },
      ],
    },
    {
      id: "budget",
      type: "numeric",
      prompt: "A container has `startupProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 10, failureThreshold: 30}`. About how many seconds does the app have to start before the kubelet kills it?",
      unit: "seconds",
      min: 0,
      max: 3600,
    },
    {
      id: "slow-fix",
      type: "single",
      prompt: "An app needs about 90 s to start. Its only probe is a liveness probe (`periodSeconds: 10`, `failureThreshold: 3`), and its Pods are in CrashLoopBackOff. What is the best fix?",
      options: [
        { id: "startup", text: "Add a startupProbe on the same endpoint with periodSeconds 10 and failureThreshold 12 or more" },
        { id: "timeout", text: "Set the liveness probe's timeoutSeconds to 90" },
        { id: "readiness", text: "Add a readiness probe, which makes the liveness probe wait" },
        { id: "threshold", text: "Set the liveness probe's failureThreshold to 1 so it decides faster" },
      ],
    },
    {
      id: "readiness-restart",
      type: "true-false",
      prompt: "When a container's readiness probe keeps failing, the kubelet eventually restarts the container.",
      justifications: [
        { id: "endpoints", text: "A readiness failure only marks the container not ready; the Pod leaves the endpoints and the probe keeps running. Only liveness and startup failures kill." },
        { id: "threshold", text: "After failureThreshold failures, every probe type restarts the container." },
        { id: "backoff", text: "Readiness failures put the Pod into CrashLoopBackOff." },
        { id: "rs", text: "The ReplicaSet deletes Pods that stay unready and creates new ones." },
      ],
    },
    {
      id: "no-probes",
      type: "multiple",
      prompt: "A Deployment's containers have no probes at all. Which statements are true? Select all that apply.",
      options: [
        { id: "ready-at-start", text: "A container counts as ready as soon as it has started" },
        { id: "deadlock", text: "A process that deadlocks but keeps running is never restarted" },
        { id: "rollout", text: "A rolling update may remove old Pods while the new apps cannot answer yet" },
        { id: "http500", text: "A Pod whose app answers 500 is taken out of the Service" },
        { id: "exit", text: "A container whose process exits is not restarted" },
      ],
    },
    {
      id: "gated-rollout",
      type: "predict",
      prompt:
        "`web` runs 3 replicas of `ghcr.io/reconcile/web:v1`, with a readiness probe on `/readyz` and the default strategy (25% / 25%). You switch it to `ghcr.io/reconcile/slow-start:v1`, which needs 30 s before it answers, and look 20 s later. How many `web` Pods are Ready?",
      cluster: {
        seed: 76,
        nodes: 3,
        objects: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: ghcr.io/reconcile/web:v1
          ports:
            - containerPort: 8080
          readinessProbe:
            httpGet:
              path: /readyz
              port: 8080
            periodSeconds: 5
`,
        settleSeconds: 30,
      },
      steps: [{ kubectl: "kubectl set image deployment/web web=ghcr.io/reconcile/slow-start:v1" }, { wait: 20 }],
      unit: "Pods",
    },
  ],
});
