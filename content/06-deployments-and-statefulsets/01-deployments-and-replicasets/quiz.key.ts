import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "06-deployments-and-statefulsets.01-deployments-and-replicasets",
  canary: "RECONCILE-ANSWER-KEY-CANARY-6a01d3e7",
  keys: {
    "who-creates-pods": {
      type: "single",
      correct: "rs",
      explanations: {
        rs: "Right. The Deployment controller writes a ReplicaSet; the ReplicaSet controller creates Pods until the count matches.",
        deploy: "The Deployment controller only creates, scales and deletes ReplicaSets; it never creates a Pod.",
        scheduler: "The scheduler only picks a node for Pods that already exist.",
        kubelet: "The kubelet runs Pods bound to its node; it does not create Pod objects for controllers.",
      },
    },
    chain: {
      type: "ordering",
      order: ["deploy", "rs", "pod"],
      explanation: "The Deployment owns ReplicaSets (one per template version); each ReplicaSet owns its Pods. ownerReferences point the other way, from Pod to ReplicaSet to Deployment.",
    },
    hash: {
      type: "single",
      correct: "versions",
      explanations: {
        versions: "Right. The hash of the template is part of each ReplicaSet's selector, so the old and the new ReplicaSet of a rollout each count only their own Pods.",
        integrity: "Image integrity is the job of image digests, not labels.",
        random: "Pod names get a random suffix from generateName; the hash is computed from the template, not random.",
        service: "A Service selects by the labels you put in its selector (usually app=…), so it reaches old and new Pods alike during a rollout.",
      },
    },
    replacement: {
      type: "multiple",
      correct: ["name", "uid", "template"],
      explanations: {
        name: "The ReplicaSet creates a brand-new Pod with a new random suffix.",
        uid: "Every new object gets a new UID.",
        template: "Yes: every Pod of the ReplicaSet comes from its one template.",
        ip: "A new Pod gets a new IP from its node's Pod range; nothing carries over.",
      },
    },
    rwo: {
      type: "true-false",
      answer: false,
      justification: "node",
      explanations: {
        node: "Right. ReadWriteOnce is about nodes. That is why three replicas on one node can all open the same database files.",
        pod: "No: the one-Pod mode is ReadWriteOncePod; ReadWriteOnce allows several Pods on the same node.",
        api: "The API server accepts any number of Pods naming one claim.",
        readonly: "Pods on the same node mount it read-write too; ReadOnlyMany is a separate mode.",
      },
    },
    orphan: {
      type: "single",
      correct: "run",
      explanations: {
        run: "Right. Orphaning only removes the owner reference from the ReplicaSet; it keeps reconciling its Pods, but nothing rolls it out or back.",
        deleted: "That is the default (background) cascade, not orphan.",
        frozen: "The ReplicaSet still exists and still replaces Pods that die; only the Deployment above it is gone.",
        adopted: "The ReplicaSet is not deleted; only the Deployment is.",
      },
    },
    "db-problems": {
      type: "matching",
      pairs: { identity: "random-names", storage: "one-claim", address: "any-replica", order: "all-at-once" },
      explanations: {
        identity: "With random names there is no “member 0” to make the primary, and a replacement comes back as a stranger.",
        storage: "The template names one claim, so all replicas share one volume.",
        address: "A normal Service load-balances, so “connect to member 2” is impossible through it.",
        order: "A ReplicaSet creates all missing Pods at once.",
      },
    },
  },
});
