import { defineQuiz, defineQuizKey } from "../model";

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
} as const;
