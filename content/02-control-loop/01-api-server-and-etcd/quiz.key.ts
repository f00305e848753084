import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "02-control-loop.01-api-server-and-etcd",
  canary: "RECONCILE-ANSWER-KEY-CANARY-3b7e52a9",
  keys: {
    "request-stages": {
      type: "ordering",
      order: ["authn", "authz", "mutate", "validate", "admit", "store"],
      explanation:
        "Who you are, then whether you may, then admission may change the object, then it is validated, then validating admission may still refuse it, and only then is it written to etcd. Any stage can stop the request.",
    },
    "refused-object": {
      type: "single",
      correct: "nothing",
      explanations: {
        nothing: "Right. Validation runs before storage; a refused object never reaches etcd, so no watch ever carries it.",
        "stored-failed": "A refused request stores nothing at all; there is no object to carry a status.",
        "controller-rejected": "Controllers only ever see stored objects. The API server refused this one before storage.",
        partial: "A write is all or nothing: one invalid field refuses the whole request.",
      },
    },
    "generation-vs-rv": {
      type: "matching",
      pairs: { scale: "both", status: "rv", label: "rv" },
      explanations: {
        scale: "Scaling changes spec.replicas: a spec change bumps generation, and every write bumps resourceVersion.",
        status: "Status writes do not change generation (that is what observedGeneration relies on), but they are writes, so resourceVersion moves.",
        label: "Labels are metadata, not spec: generation stays, resourceVersion moves.",
      },
    },
    "watch-payload": {
      type: "single",
      correct: "full",
      explanations: {
        full: "Right. Each event carries the complete object after the change, so the watcher needs no second request.",
        diff: "Watch events are not diffs; they carry the whole object.",
        name: "No follow-up GET is needed: the object is in the event (informers store it in their cache).",
        "etcd-key": "No component except the API server reads etcd.",
      },
    },
    gone: {
      type: "true-false",
      answer: false,
      justification: "relist",
      explanations: {
        relist: "Right. 410 Gone means that version was compacted away; the client relists and re-watches, and because it reconciles current state, it misses nothing that matters.",
        replay: "etcd compacts old revisions; that is exactly why the API server answers 410 Gone instead of replaying.",
        lost: "The relist brings the client's cache back to the current state, and controllers compare current state, so nothing waits for another change.",
        "etcd-direct": "Only the API server talks to etcd, and the missed revisions have been compacted anyway.",
      },
    },
    "who-talks-etcd": {
      type: "multiple",
      correct: ["apiserver-only", "spec-status", "kubelet-filter"],
      explanations: {
        "apiserver-only": "True: every other component goes through the API server.",
        "spec-status": "True: the spec you wrote and the status components report are both parts of the stored object.",
        "kubelet-filter": "True: the kubelet watches Pods with a field selector on spec.nodeName.",
        "scheduler-polls": "False: the scheduler watches the API server for Pods without a node; it never reads etcd.",
        "get-node": "False: kubectl get reads what the API server stored, i.e. the status kubelets last reported.",
      },
    },
    "resource-version-compare": {
      type: "single",
      correct: "different",
      explanations: {
        different: "Right. resourceVersion is opaque: clients may only compare it for equality.",
        newer: "It often happens to be an increasing number, but clients must not rely on ordering it.",
        writes: "The revision counter is shared by the whole store; other objects' writes move it too.",
        spec: "Any write changes resourceVersion, including status and metadata; only generation tracks the spec.",
      },
    },
  },
});
