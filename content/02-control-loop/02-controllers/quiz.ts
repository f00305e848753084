import { defineQuiz, type QuestionCluster } from "@/lib/quiz/model";

/** The lesson's `web` Deployment, three replicas, settled: the cluster of the simulator questions. */
const webCluster: QuestionCluster = {
  seed: 5,
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
          image: nginx:1.27
`,
};

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only. Ordering items are listed out of order on purpose.
export const quiz = defineQuiz({
  id: "02-control-loop.02-controllers",
  lesson: "02-control-loop/02-controllers",
  title: "Check your understanding",
  questions: [
    {
      id: "who-creates-pods",
      type: "single",
      prompt: "Which controller creates the Pods of a Deployment?",
      options: [
        { id: "replicaset", text: "The ReplicaSet controller, for the ReplicaSet the Deployment controller created" },
        { id: "deployment", text: "The Deployment controller, directly" },
        { id: "scheduler", text: "The scheduler, once it has picked nodes" },
        { id: "kubelet", text: "The kubelet of each node" },
      ],
    },
    {
      id: "scale-rs",
      type: "single",
      prompt: "The Deployment `web` has `replicas: 5`. You run `kubectl scale replicaset web-5f84b7585b --replicas=8`. What happens?",
      options: [
        { id: "reverted", text: "The Deployment controller sets the ReplicaSet back to 5" },
        { id: "eight", text: "Eight Pods run until someone changes the Deployment" },
        { id: "refused", text: "The API server refuses to scale a ReplicaSet that has an owner" },
        { id: "deployment-8", text: "The Deployment's replicas becomes 8 as well" },
      ],
    },
    {
      id: "crash-vs-delete",
      type: "matching",
      prompt: "Who reacts in each situation?",
      items: [
        { id: "crash", text: "The container of a Deployment's Pod exits with code 1" },
        { id: "delete", text: "Someone runs `kubectl delete pod` on a Deployment's Pod" },
        { id: "scale", text: "Someone raises the Deployment's replicas from 3 to 5" },
      ],
      choices: [
        { id: "kubelet", text: "The kubelet restarts the container in the same Pod" },
        { id: "rs", text: "The ReplicaSet controller creates new Pods" },
        { id: "deploy-rs", text: "The Deployment controller updates the ReplicaSet, then the ReplicaSet controller creates Pods" },
      ],
    },
    {
      id: "crash-deleted-event",
      type: "true-false",
      prompt: "When a container crashes, the API server sends a DELETED event for its Pod, and the ReplicaSet controller creates a replacement Pod.",
      justifications: [
        { id: "in-place", text: "The kubelet restarts the container inside the same Pod; the Pod object is not deleted, so there is no DELETED event and nothing for the ReplicaSet controller to do." },
        { id: "deleted", text: "A crashed container always makes its Pod deleted, and controllers replace deleted Pods." },
        { id: "failed", text: "The Pod goes to phase Failed at the first crash, and the controller replaces it." },
        { id: "scheduler", text: "The scheduler moves the crashed Pod to another node." },
      ],
    },
    {
      id: "replacement",
      type: "multiple",
      prompt: "A Pod of `web` is deleted and replaced by its ReplicaSet. Which are true of the replacement? Select all that apply.",
      options: [
        { id: "name", text: "It has a different name" },
        { id: "template", text: "It is created from the ReplicaSet's Pod template" },
        { id: "owner", text: "It is owned by the same ReplicaSet" },
        { id: "ip", text: "It keeps the deleted Pod's IP address" },
        { id: "node", text: "It always runs on the same node as the deleted Pod" },
      ],
    },
    {
      id: "controller-parts",
      type: "matching",
      prompt: "Match each part of a controller to its job.",
      items: [
        { id: "informer", text: "Informer" },
        { id: "queue", text: "Work queue" },
        { id: "reconcile", text: "Reconcile function" },
        { id: "crd", text: "CustomResourceDefinition" },
      ],
      choices: [
        { id: "cache", text: "Lists and watches objects and keeps a local cache" },
        { id: "keys", text: "Holds the keys of objects to look at, each at most once, with retries" },
        { id: "act", text: "Compares one object's desired and current state and writes the fix" },
        { id: "kind", text: "Adds a new kind of object to the API, for an operator to act on" },
        { id: "etcd", text: "Writes objects straight into etcd" },
      ],
    },
    {
      id: "scale-down-count",
      type: "numeric",
      prompt: "`web` has 5 Ready Pods. You run `kubectl scale deployment web --replicas=2`. How many Pods does the ReplicaSet controller delete?",
      unit: "Pods",
      min: 0,
      max: 10,
    },
    {
      id: "scale-to-two",
      type: "command",
      prompt:
        "`web` runs 3 Pods from its ReplicaSet `web-5f84b7585b`. Make it run 2 Pods, and stay at 2. Your command runs in a fresh simulated cluster; 30 s later the Pods are counted.",
      cluster: webCluster,
    },
    {
      id: "list-while-terminating",
      type: "predict",
      prompt:
        "`web` runs 3 Ready Pods. You delete one with `--wait=false` and run `kubectl get pods` straight away, before any time passes. Predict how many Pods it lists (whatever their status), then watch the simulator run it.",
      cluster: webCluster,
      steps: [{ kubectl: "delete pod web-5f84b7585b-2dlg4 --wait=false" }],
      unit: "Pods",
    },
  ],
});
