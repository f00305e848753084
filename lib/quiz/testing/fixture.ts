import { fieldEquals, isPodReady, podsReady } from "@/lib/exercises/checks";
import { defineQuiz, defineQuizKey, type QuestionCluster } from "../model";

/** Two replicas of web on a control plane and two workers. */
export const fixtureCluster: QuestionCluster = {
  seed: 7,
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
`,
};

// A small quiz with one question of every type, for the grader, schema and route tests.
export const fixtureQuiz = defineQuiz({
  id: "00-test.00-fixture",
  lesson: "00-test/00-fixture",
  title: "Fixture quiz",
  questions: [
    { id: "single", type: "single", prompt: "Which stores cluster state?", options: [{ id: "etcd", text: "etcd" }, { id: "kubelet", text: "kubelet" }, { id: "proxy", text: "kube-proxy" }] },
    { id: "multi", type: "multiple", prompt: "Which run on every node?", options: [{ id: "kubelet", text: "kubelet" }, { id: "proxy", text: "kube-proxy" }, { id: "sched", text: "kube-scheduler" }, { id: "etcd", text: "etcd" }] },
    { id: "tf", type: "true-false", prompt: "The scheduler starts containers.", justifications: [{ id: "binds", text: "It only binds Pods to nodes." }, { id: "starts", text: "It calls the runtime." }] },
    { id: "order", type: "ordering", prompt: "Order the steps.", items: [{ id: "c", text: "C" }, { id: "a", text: "A" }, { id: "b", text: "B" }] },
    { id: "match", type: "matching", prompt: "Match.", items: [{ id: "x", text: "X" }, { id: "y", text: "Y" }], choices: [{ id: "one", text: "One" }, { id: "two", text: "Two" }, { id: "three", text: "Three" }] },
    { id: "num", type: "numeric", prompt: "How many?", unit: "Pods" },
    { id: "cmd", type: "command", prompt: "Scale web to 4 replicas.", cluster: fixtureCluster },
    { id: "predict", type: "predict", prompt: "How many web Pods are Ready after one is deleted?", cluster: fixtureCluster, steps: [{ kubectl: "delete pod -l app=web --wait=false" }, { wait: 30 }], unit: "Pods" },
  ],
});

export const fixtureKey = defineQuizKey({
  quizId: "00-test.00-fixture",
  keys: {
    single: { type: "single", correct: "etcd", explanations: { etcd: "Yes, etcd.", kubelet: "No, the kubelet runs Pods.", proxy: "No, networking." } },
    multi: { type: "multiple", correct: ["kubelet", "proxy"], explanations: { kubelet: "On every node.", proxy: "On every node.", sched: "Control plane.", etcd: "Control plane." } },
    tf: { type: "true-false", answer: false, justification: "binds", explanations: { binds: "Right: binding only.", starts: "No, the kubelet does." } },
    order: { type: "ordering", order: ["a", "b", "c"], explanation: "Alphabetical." },
    match: { type: "matching", pairs: { x: "one", y: "two" }, explanations: { x: "X is one.", y: "Y is two." } },
    num: { type: "numeric", answer: 4, tolerance: 0, explanation: "Three plus one." },
    cmd: {
      type: "command",
      checks: [fieldEquals("replicas", { resource: "deployments", name: "web" }, "spec.replicas", 4), podsReady("ready", "app=web", 4)],
      example: "kubectl scale deployment web --replicas=4",
      explanation: "scale sets spec.replicas; the ReplicaSet controller adds the Pods.",
    },
    predict: {
      type: "predict",
      measure: (cluster) => cluster.list("pods", "default", "app=web").filter((p) => !p.metadata.deletionTimestamp && isPodReady(p)).length,
      show: "get pods -l app=web",
      explanation: "The ReplicaSet replaces deleted Pods: two again.",
    },
  },
});

/** Answers that earn full marks on the fixture quiz. */
export const fixtureRightAnswers = {
  single: { type: "single", choice: "etcd" },
  multi: { type: "multiple", choices: ["proxy", "kubelet"] },
  tf: { type: "true-false", verdict: false, justification: "binds" },
  order: { type: "ordering", order: ["a", "b", "c"] },
  match: { type: "matching", pairs: { x: "one", y: "two" } },
  num: { type: "numeric", value: 4 },
  cmd: { type: "command", command: "kubectl scale deployment web --replicas=4" },
  predict: { type: "predict", value: 2 },
} as const;
