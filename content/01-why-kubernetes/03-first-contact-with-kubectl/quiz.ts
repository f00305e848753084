import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only. Ordering items are listed out of order on purpose.
export const quiz = defineQuiz({
  id: "01-why-kubernetes.03-first-contact-with-kubectl",
  lesson: "01-why-kubernetes/03-first-contact-with-kubectl",
  title: "Check your understanding",
  questions: [
    {
      id: "which-command",
      type: "matching",
      prompt: "Match each question about the Pod `hello` to the command that answers it.",
      items: [
        { id: "node", text: "Which node is it running on, and what is its IP?" },
        { id: "why", text: "Why has it been stuck in ContainerCreating for a minute?" },
        { id: "app", text: "What did the program inside write to its standard output?" },
        { id: "inside", text: "Which environment variables does the container see?" },
        { id: "stored", text: "What defaults did the API server fill into its spec?" },
      ],
      choices: [
        { id: "wide", text: "kubectl get pod hello -o wide" },
        { id: "describe", text: "kubectl describe pod hello" },
        { id: "logs", text: "kubectl logs hello" },
        { id: "exec", text: "kubectl exec hello -- env" },
        { id: "yaml", text: "kubectl get pod hello -o yaml" },
        { id: "nodes", text: "kubectl get nodes" },
      ],
    },
    {
      id: "same-object",
      type: "multiple",
      prompt: "Which of these commands print the Pod named `hello`? Select all that apply.",
      options: [
        { id: "pod", text: "kubectl get pod hello" },
        { id: "pods", text: "kubectl get pods hello" },
        { id: "po-slash", text: "kubectl get po/hello" },
        { id: "reversed", text: "kubectl get hello pod" },
        { id: "nodes", text: "kubectl get nodes hello" },
      ],
    },
    {
      id: "bare-pod-deleted",
      type: "true-false",
      prompt: "You created `hello` with `kubectl run hello --image=nginx:1.27`. After `kubectl delete pod hello`, Kubernetes creates a new `hello` Pod to replace it.",
      justifications: [
        { id: "no-owner", text: "kubectl run creates a bare Pod that no controller owns, so no desired state asks for a replacement." },
        { id: "restart-policy", text: "restartPolicy: Always makes the kubelet bring the Pod back after any deletion." },
        { id: "run-deployment", text: "kubectl run creates a Deployment, whose ReplicaSet replaces the deleted Pod." },
        { id: "scheduler", text: "The scheduler notices the node has a free slot and starts the Pod again." },
      ],
    },
    {
      id: "event-order",
      type: "ordering",
      prompt: "Put the Events `kubectl describe pod` shows for a freshly created Pod in order, oldest first.",
      items: [
        { id: "pulled", text: "Pulled: Successfully pulled image \"nginx:1.27\"" },
        { id: "started", text: "Started: Started container hello" },
        { id: "scheduled", text: "Scheduled: Successfully assigned default/hello to kind-worker2" },
        { id: "created", text: "Created: Created container: hello" },
        { id: "pulling", text: "Pulling: Pulling image \"nginx:1.27\"" },
      ],
    },
    {
      id: "exec-dashdash",
      type: "single",
      prompt: "What does the `--` do in `kubectl exec hello -- ls -l /etc`?",
      options: [
        { id: "separator", text: "It ends kubectl's own arguments: everything after it is the command to run in the container, flags included." },
        { id: "shell", text: "It opens an interactive shell in the container and types the command into it." },
        { id: "all-containers", text: "It runs the command in every container of the Pod." },
        { id: "optional", text: "Nothing: it is decoration, `kubectl exec hello ls -l /etc` means exactly the same." },
      ],
    },
    {
      id: "run-a-pod",
      type: "command",
      prompt:
        "The cluster below is empty. In one kubectl command, run a Pod named `cache` with the image `redis:7.2` and the label `tier=backend`. Your command runs in a fresh simulated cluster, then 30 s pass and the Pod is checked.",
      cluster: { seed: 14, nodes: 3 },
    },
    {
      id: "delete-everything",
      type: "predict",
      prompt:
        "The namespace holds a Deployment `web` with 2 replicas and a bare Pod `solo` made with `kubectl run`. You delete every Pod in the namespace with `kubectl delete pods --all`. Predict: 30 seconds later, how many Pods exist (not counting any that are terminating)? Then watch the simulator run it.",
      cluster: {
        seed: 15,
        nodes: 3,
        objects: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
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
---
apiVersion: v1
kind: Pod
metadata:
  name: solo
  labels:
    run: solo
spec:
  containers:
    - name: solo
      image: nginx:1.27
`,
      },
      steps: [{ kubectl: "delete pods --all" }, { wait: 30 }],
      unit: "Pods",
    },
  ],
});
