import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "06-deployments-and-statefulsets.02-statefulsets",
  canary: "RECONCILE-ANSWER-KEY-CANARY-6b02e5f9",
  keys: {
    names: {
      type: "matching",
      pairs: { pod: "pg-1", claim: "wal-pg-0", dns: "fqdn", service: "pg-hl" },
      explanations: {
        pod: "Ordinals start at 0, so the second Pod is pg-1.",
        claim: "Claims are named <template name>-<pod name>.",
        dns: "<pod>.<serviceName>.<namespace>.svc.cluster.local: the Service named in serviceName, not the StatefulSet.",
        service: "serviceName names the governing Service; it has to be headless for per-Pod records.",
      },
    },
    storage: {
      type: "single",
      correct: "own",
      explanations: {
        own: "Right. One claim per Pod, named after it, and the Pod with that ordinal always mounts it again.",
        shared: "That is what a Deployment does with a claim in its template — the problem StatefulSets solve.",
        emptydir: "emptyDir lives and dies with one Pod; nothing copies it.",
        readonly: "All Pods get their own claim with the template's access modes.",
      },
    },
    dies: {
      type: "multiple",
      correct: ["name", "claim", "dns"],
      explanations: {
        name: "The ordinal is the identity: the replacement is mysql-0.",
        claim: "data-mysql-0 belongs to ordinal 0 and is mounted again.",
        dns: "The record follows the Pod name; it now points at the new IP.",
        ip: "Pod IPs are not stable; clients use the DNS name for that reason.",
        two: "No: a StatefulSet runs at most one Pod per ordinal and waits until the old one is gone.",
      },
    },
    "scale-down": {
      type: "true-false",
      answer: false,
      justification: "retain",
      explanations: {
        retain: "Right. persistentVolumeClaimRetentionPolicy defaults to whenScaled: Retain and whenDeleted: Retain.",
        delete: "Only with whenScaled: Delete; by default the claims outlive their Pods.",
        released: "The claims stay Bound to their volumes; the data is intact.",
        "only-last": "Retention does not depend on the ordinal: by default every claim stays.",
      },
    },
    "start-order": {
      type: "ordering",
      order: ["web0", "web0ready", "web1", "web2"],
      explanation: "With OrderedReady each Pod is created only when all lower ordinals are Running and Ready (web-1 also has to be Ready before web-2 is created).",
    },
    partition: {
      type: "single",
      correct: "34",
      explanations: {
        "34": "Right. Pods with an ordinal greater than or equal to the partition are updated; lower ones keep the old template.",
        "012": "The partition holds back the ordinals below it, not above it.",
        "3": "Every ordinal from the partition upwards is updated, so web-4 too.",
        none: "A partition of 0 updates everything; a higher one updates the ordinals at or above it.",
      },
    },
    "headless-change": {
      type: "single",
      correct: "recreate",
      explanations: {
        recreate: "Right. A Service's cluster IP cannot change once set, so a new Service is needed.",
        apply: "The API server refuses: spec.clusterIPs[0] may not change once set.",
        patch: "There is no Headless type; headless means a ClusterIP Service with clusterIP: None.",
        sts: "The StatefulSet only names the Service; it never changes it.",
      },
    },
  },
});
