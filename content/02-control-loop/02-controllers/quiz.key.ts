import "server-only";
import { fieldEquals, podsReady } from "@/lib/exercises/checks";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "02-control-loop.02-controllers",
  canary: "RECONCILE-ANSWER-KEY-CANARY-91d4c6e0",
  keys: {
    "who-creates-pods": {
      type: "single",
      correct: "replicaset",
      explanations: {
        replicaset: "Right. The Deployment controller manages ReplicaSets; the ReplicaSet controller creates and deletes the Pods.",
        deployment: "The Deployment controller only creates and scales ReplicaSets; it never creates Pods itself.",
        scheduler: "The scheduler binds existing Pods to nodes; it creates no objects.",
        kubelet: "The kubelet starts containers for Pods that already exist and are bound to its node.",
      },
    },
    "scale-rs": {
      type: "single",
      correct: "reverted",
      explanations: {
        reverted: "Right. A ReplicaSet's replicas is the Deployment controller's output; its next pass sets it back to the Deployment's number.",
        eight: "The Deployment controller reconciles its ReplicaSets on every pass and undoes the change almost at once.",
        refused: "The API server accepts the write: owner references do not make an object read-only.",
        "deployment-8": "Ownership flows down, never up: nothing copies a ReplicaSet's count into its Deployment.",
      },
    },
    "crash-vs-delete": {
      type: "matching",
      pairs: { crash: "kubelet", delete: "rs", scale: "deploy-rs" },
      explanations: {
        crash: "A crash is handled on the node: with restartPolicy Always the kubelet restarts the container in place.",
        delete: "The Pod object goes away, so the ReplicaSet counts one too few and creates a new Pod.",
        scale: "The Deployment's replicas is copied to its ReplicaSet, whose controller then creates the missing Pods.",
      },
    },
    "crash-deleted-event": {
      type: "true-false",
      answer: false,
      justification: "in-place",
      explanations: {
        "in-place": "Right. Crashes are restarts in place (RESTARTS goes up); Pod replacement only happens when the Pod object is deleted or has failed for good.",
        deleted: "Nothing deletes a Pod because its container crashed; the kubelet restarts the container, backing off if it keeps crashing.",
        failed: "With restartPolicy Always a Pod does not go to phase Failed when its container crashes; it keeps restarting (CrashLoopBackOff).",
        scheduler: "The scheduler never moves Pods: a Pod's node is fixed once bound.",
      },
    },
    replacement: {
      type: "multiple",
      correct: ["name", "template", "owner"],
      explanations: {
        name: "True: the replacement gets a new random suffix.",
        template: "True: every Pod of a ReplicaSet comes from its template.",
        owner: "True: the same ReplicaSet created it and owns it.",
        ip: "False: a new Pod gets a new IP; that is why Services exist.",
        node: "False: the scheduler picks a node for the new Pod like for any other; it may be a different one.",
      },
    },
    "controller-parts": {
      type: "matching",
      pairs: { informer: "cache", queue: "keys", reconcile: "act", crd: "kind" },
      explanations: {
        informer: "Informers list, watch and cache, so the controller reads from memory.",
        queue: "The work queue deduplicates keys and retries failures with a rate limit.",
        reconcile: "Reconcile handles one key at a time, from current state, writing through the API server.",
        crd: "A CRD teaches the API server a new kind; an operator is the controller that acts on it.",
      },
    },
    "scale-down-count": {
      type: "numeric",
      answer: 3,
      tolerance: 0,
      explanation: "3: the gap between 5 existing and 2 desired. It picks not-ready and crowded Pods first, then the most recently started.",
    },
    "scale-to-two": {
      type: "command",
      checks: [fieldEquals("replicas", { resource: "deployments", name: "web" }, "spec.replicas", 2), podsReady("ready", "app=web", 2)],
      example: "kubectl scale deployment web --replicas=2",
      explanation:
        "Scale the owner at the top: `kubectl scale deployment web --replicas=2` changes the desired state, the Deployment controller copies it to the ReplicaSet, and the ReplicaSet controller deletes one Pod. Scaling the ReplicaSet directly is undone at once: the Deployment controller sets it back to 3, because the Deployment still says 3. Deleting a Pod is undone too: its ReplicaSet replaces it.",
    },
    "list-while-terminating": {
      type: "predict",
      measure: (cluster) => cluster.list("pods", "default", "app=web").length,
      show: "get pods",
      explanation:
        "4. The deleted Pod is still listed, `Terminating`, until the kubelet has stopped its container; `--wait=false` only means kubectl does not wait for that. The ReplicaSet controller does not count a Pod that has a deletion timestamp, so it already created the replacement, still `ContainerCreating`. A second later the old Pod is gone and 3 are listed again.",
    },
  },
});
