import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
const deployment = (name: string, replicas: number, image: string, extra = "") => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: ${name}
          image: ${image}
${extra}`;

export const quiz = defineQuiz({
  id: "08-scheduling-and-operations.05-troubleshooting-pods",
  lesson: "08-scheduling-and-operations/05-troubleshooting-pods",
  title: "Check your understanding",
  questions: [
    {
      id: "status-to-source",
      type: "matching",
      prompt: "Match each thing `kubectl get pods` shows to where the explanation is most likely to be.",
      items: [
        { id: "pending", text: "Pending, and `-o wide` shows no NODE" },
        { id: "pull", text: "ImagePullBackOff" },
        { id: "config", text: "CreateContainerConfigError" },
        { id: "crash", text: "CrashLoopBackOff, last exit code 1" },
        { id: "unready", text: "Running, READY 0/1, RESTARTS 0" },
      ],
      choices: [
        { id: "scheduler", text: "A FailedScheduling event from the scheduler" },
        { id: "pull-event", text: "A kubelet Failed event naming the image reference it could not pull" },
        { id: "missing-ref", text: "A kubelet Failed event naming a ConfigMap, Secret or key that does not exist" },
        { id: "previous", text: "The program's own output: kubectl logs --previous" },
        { id: "probe", text: "Unhealthy events: a failing readiness probe" },
        { id: "node-down", text: "The node's conditions: its kubelet stopped reporting" },
      ],
    },
    {
      id: "idle-but-insufficient",
      type: "single",
      prompt:
        "Each worker has 4 CPUs and runs at 10% CPU usage. A new Pod requesting `cpu: \"6\"` stays Pending with `2 Insufficient cpu`. Why?",
      options: [
        { id: "requests", text: "The scheduler compares requests with each node's allocatable CPU, not with real usage: no node can ever offer 6 CPUs." },
        { id: "usage", text: "The metrics of the nodes are stale; the scheduler will place the Pod once it sees the real 10% usage." },
        { id: "limits", text: "The Pod has no CPU limit, and the scheduler refuses Pods without limits." },
        { id: "preemption", text: "The Pod's priority is too low; with a higher priority the scheduler would fit it on a 4-CPU node." },
      ],
    },
    {
      id: "stays-pending",
      type: "multiple",
      prompt: "Which of these keep a new Pod `Pending` with no node assigned? Select all that apply.",
      options: [
        { id: "cpu", text: "It requests more memory or CPU than any node has unrequested" },
        { id: "pvc", text: "It mounts a PersistentVolumeClaim that stays unbound" },
        { id: "selector", text: "Its nodeSelector matches no node's labels" },
        { id: "taint", text: "Every node has a NoSchedule taint it does not tolerate" },
        { id: "tag", text: "Its image tag does not exist" },
        { id: "configmap", text: "Its env refers to a ConfigMap that does not exist" },
      ],
    },
    {
      id: "delete-fixes-oom",
      type: "true-false",
      prompt:
        "A Deployment's Pods are in CrashLoopBackOff, and `describe` shows `Last State: Terminated, Reason: OOMKilled, Exit Code: 137`. Deleting the Pods fixes it.",
      justifications: [
        { id: "same-template", text: "The ReplicaSet recreates them from the same template, with the same memory limit, so they are killed again. Raise the limit (or fix the leak)." },
        { id: "fresh-node", text: "The new Pods land on a node with more free memory, so they are no longer killed." },
        { id: "reset-backoff", text: "Deleting resets the back-off, and the kubelet then gives the container more memory." },
        { id: "sigkill", text: "137 means someone ran kubectl delete; deleting again finishes the job." },
      ],
    },
    {
      id: "sigkill-code",
      type: "numeric",
      prompt: "A container's process was killed with SIGKILL (signal 9). What exit code does `describe` show in its Last State?",
      min: 0,
      max: 255,
    },
    {
      id: "fix-the-tag",
      type: "command",
      prompt:
        "The Deployment `web` (container `web`, 2 replicas) is stuck in ImagePullBackOff: its image is `nginx:1.277`, a tag that does not exist. In one kubectl command, make it run `nginx:1.27`. Your command runs in a fresh simulated cluster, then 30 s pass and the rollout is checked.",
      cluster: { seed: 87, nodes: 3, objects: deployment("web", 2, "nginx:1.277"), settleSeconds: 20 },
    },
    {
      id: "how-many-pending",
      type: "predict",
      prompt:
        "Each of the two workers has 4 CPUs allocatable and runs no other Pod. You create a Deployment `batch` with 5 replicas, each requesting `cpu: 1500m`. Predict: 30 s later, how many `batch` Pods are still Pending? Then watch the simulator run it.",
      cluster: { seed: 88, nodes: 3 },
      steps: [
        {
          kubectl: "apply -f -",
          stdin: deployment("batch", 5, "nginx:1.27", "          resources:\n            requests:\n              cpu: 1500m\n"),
        },
        { wait: 30 },
      ],
      unit: "Pods",
    },
  ],
});
