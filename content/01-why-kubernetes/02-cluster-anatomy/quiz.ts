import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only. Ordering items are listed out of order on purpose.
export const quiz = defineQuiz({
  id: "01-why-kubernetes.02-cluster-anatomy",
  lesson: "01-why-kubernetes/02-cluster-anatomy",
  title: "Check your understanding",
  questions: [
    {
      id: "etcd-client",
      type: "single",
      prompt: "Which component reads and writes etcd directly?",
      options: [
        { id: "apiserver", text: "kube-apiserver" },
        { id: "scheduler", text: "kube-scheduler" },
        { id: "controller-manager", text: "kube-controller-manager" },
        { id: "kubelet", text: "kubelet" },
      ],
    },
    {
      id: "who-does-what",
      type: "matching",
      prompt: "Match each component to its job.",
      items: [
        { id: "scheduler", text: "kube-scheduler" },
        { id: "controller-manager", text: "kube-controller-manager" },
        { id: "kubelet", text: "kubelet" },
        { id: "runtime", text: "Container runtime (containerd, CRI-O)" },
        { id: "proxy", text: "kube-proxy" },
      ],
      choices: [
        { id: "bind", text: "Binds each Pod that has no node to a node" },
        { id: "controllers", text: "Runs the ReplicaSet, Deployment and node controllers" },
        { id: "agent", text: "Starts the Pods bound to its node and reports their status" },
        { id: "containers", text: "Pulls images and runs containers" },
        { id: "rules", text: "Programs node networking so Service virtual IPs reach Pods" },
        { id: "store", text: "Stores every object of the cluster" },
      ],
    },
    {
      id: "scheduler-starts",
      type: "true-false",
      prompt: "The scheduler starts a Pod's containers on the node it chooses.",
      justifications: [
        { id: "binds-only", text: "The scheduler only binds the Pod to a node; that node's kubelet starts the containers through the runtime." },
        { id: "apiserver-starts", text: "The API server starts the containers once the Pod is stored in etcd." },
        { id: "proxy-starts", text: "kube-proxy starts the containers when a Service selects the Pod." },
        { id: "scheduler-cri", text: "The scheduler calls the container runtime on the chosen node through the CRI." },
      ],
    },
    {
      id: "apply-order",
      type: "ordering",
      prompt: "Put the steps that follow `kubectl apply -f deployment.yaml` (replicas: 3) in order.",
      items: [
        { id: "replicaset", text: "The Deployment controller sees the Deployment and creates a ReplicaSet" },
        { id: "schedule", text: "The scheduler binds each unscheduled Pod to a node" },
        { id: "store", text: "The API server validates the Deployment and stores it in etcd" },
        { id: "status", text: "The kubelet reports the Pod as Running and the API server stores the status" },
        { id: "pods", text: "The ReplicaSet controller creates three Pods with no node" },
        { id: "start", text: "Each kubelet starts the containers of the Pods bound to its node" },
      ],
    },
    {
      id: "every-node",
      type: "multiple",
      prompt: "In a typical cluster like the one in this lesson, which components run on every worker node? Select all that apply.",
      options: [
        { id: "kubelet", text: "kubelet" },
        { id: "runtime", text: "A container runtime" },
        { id: "proxy", text: "kube-proxy" },
        { id: "scheduler", text: "kube-scheduler" },
        { id: "etcd", text: "etcd" },
      ],
    },
    {
      id: "objects-after-apply",
      type: "numeric",
      prompt: "In an empty namespace you run `kubectl apply -f deployment.yaml` (replicas: 3) and wait until everything is running. Counting only Deployments, ReplicaSets and Pods, how many objects exist in the namespace?",
      unit: "objects",
      min: 0,
      max: 100,
    },
    {
      id: "write-desired-state",
      type: "command",
      prompt:
        "The cluster below is empty. Write a desired state in one kubectl command: a Deployment named `hello` that keeps 2 replicas of `nginx:1.27` running. Your command runs in a fresh simulated cluster, then 30 s pass and the Pods are checked.",
      cluster: { seed: 12, nodes: 3 },
    },
    {
      id: "node-failure",
      type: "predict",
      prompt:
        "The Deployment `web` (replicas: 4) runs two Pods on each worker. The node `kind-worker` stops reporting (its machine lost power). Predict: two minutes later, how many `web` Pods are scheduled on `kind-worker2`, not counting any that are terminating? Then watch the simulator run it.",
      cluster: {
        seed: 21,
        nodes: 3,
        objects: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 4
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
          image: nginx:1.27
`,
      },
      steps: [{ fault: { type: "failNode", node: "kind-worker" } }, { wait: 120 }],
      unit: "Pods",
    },
  ],
});
