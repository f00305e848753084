import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "03-pods-labels-namespaces.04-requests-and-limits",
  lesson: "03-pods-labels-namespaces/04-requests-and-limits",
  title: "Check your understanding",
  questions: [
    {
      id: "over-limit",
      type: "matching",
      prompt: "A container tries to use more than its limit. What happens?",
      items: [
        { id: "cpu", text: "More CPU than its CPU limit" },
        { id: "memory", text: "More memory than its memory limit" },
      ],
      choices: [
        { id: "throttled", text: "It is throttled: it runs slower, nothing is killed" },
        { id: "oom", text: "The kernel kills it (OOMKilled, exit code 137) and the kubelet restarts it" },
        { id: "evicted", text: "The Pod is evicted and rescheduled on another node" },
        { id: "nothing", text: "Nothing: limits are only used for scheduling" },
      ],
    },
    {
      id: "scheduling",
      type: "single",
      prompt: "Each worker has 4 allocatable CPUs. Pods on `worker-1` request 3.5 CPUs in total but are idle; Pods on `worker-2` request 1 CPU but use all 4. Where can a new Pod requesting 1 CPU go?",
      options: [
        { id: "worker-2", text: "Only worker-2: 3 requested CPUs are still free there" },
        { id: "worker-1", text: "Only worker-1: it is idle" },
        { id: "both", text: "Either: the scheduler uses live usage and requests together" },
        { id: "neither", text: "Neither: both nodes are busy" },
      ],
    },
    {
      id: "qos",
      type: "matching",
      prompt: "Which QoS class does each Pod (one container) get?",
      items: [
        { id: "equal", text: "requests cpu 500m, memory 256Mi; limits cpu 500m, memory 256Mi" },
        { id: "none", text: "no resources block at all" },
        { id: "mem-only", text: "limits memory 256Mi only" },
        { id: "requests-only", text: "requests cpu 100m only" },
      ],
      choices: [
        { id: "guaranteed", text: "Guaranteed" },
        { id: "burstable", text: "Burstable" },
        { id: "besteffort", text: "BestEffort" },
      ],
    },
    {
      id: "default-request",
      type: "numeric",
      prompt: "A container declares `limits: { memory: 256Mi }` and no requests. How many MiB of memory does the scheduler count for it?",
      unit: "MiB",
      min: 0,
      max: 100000,
    },
    {
      id: "limitrange",
      type: "true-false",
      prompt: "A LimitRange with `default.memory: 512Mi` in a namespace changes the memory limit of a Pod that declares `limits.memory: 256Mi`.",
      justifications: [
        { id: "defaults-only", text: "Defaults only fill in values a container leaves out; declared values inside the min/max are kept (outside, the Pod is rejected)." },
        { id: "overrides", text: "Namespace-level limits always override the Pod spec." },
        { id: "running", text: "It rewrites running Pods when the LimitRange is created." },
        { id: "max", text: "It raises every limit to the default." },
      ],
    },
    {
      id: "pending-by-requests",
      type: "predict",
      prompt:
        "Each of the two workers has 4 allocatable CPUs and runs nothing else that requests CPU. The Deployment `batch` runs 1 Pod requesting `cpu: 1500m`; the containers are idle. You scale it to 5 replicas. Predict how many Pods stay `Pending`, then watch the simulator run it.",
      cluster: {
        seed: 31,
        nodes: 3,
        objects: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: batch
spec:
  replicas: 1
  selector:
    matchLabels:
      app: batch
  template:
    metadata:
      labels:
        app: batch
    spec:
      containers:
        - name: batch
          image: nginx:1.27
          resources:
            requests:
              cpu: 1500m
`,
      },
      steps: [{ kubectl: "scale deployment batch --replicas=5" }, { wait: 20 }],
      unit: "Pods",
    },
  ],
});
