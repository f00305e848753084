import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "05-configuration-and-storage.02-volumes-and-persistent-storage",
  canary: "RECONCILE-ANSWER-KEY-CANARY-3fa92b6e",
  keys: {
    "emptydir-lifetime": {
      type: "matching",
      pairs: { crash: "kept", delete: "lost", rollout: "lost" },
      explanations: {
        crash: "A container restart happens inside the same Pod, and the emptyDir belongs to the Pod.",
        delete: "The replacement is a new Pod, with a new empty directory; the old one was deleted with its Pod.",
        rollout: "A rollout replaces Pods; every new Pod starts with an empty emptyDir.",
      },
    },
    roles: {
      type: "matching",
      pairs: { pvc: "request", pv: "storage", sc: "kind" },
      explanations: {
        pvc: "Pods mount claims; the claim is bound to a volume.",
        pv: "The PV represents real storage and is not namespaced.",
        sc: "A StorageClass names a provisioner and parameters for dynamic provisioning.",
      },
    },
    wffc: {
      type: "single",
      correct: "pending",
      explanations: {
        pending: "Right. The event says: waiting for first consumer to be created before binding.",
        bound: "That is the Immediate binding mode.",
        lost: "Lost means the bound volume disappeared; a new claim is simply Pending.",
        available: "Available is a phase of PersistentVolumes, not of claims.",
      },
    },
    "binding-rules": {
      type: "multiple",
      correct: ["exact", "smaller"],
      explanations: {
        exact: "Same class, enough capacity, the mode it offers.",
        smaller: "A claim may get more than it asked: the 5Gi volume satisfies 1Gi.",
        bigger: "5Gi is less than the 10Gi requested.",
        rwx: "The volume does not offer ReadWriteMany.",
        "other-class": "The class must match; standard claims are provisioned by the standard class.",
      },
    },
    "pending-pod": {
      type: "single",
      correct: "recreate",
      explanations: {
        recreate: "Right. A Pending claim holds no data, so re-creating it costs nothing; the Pod is retried once the claim can bind.",
        edit: "The API server refuses: spec is immutable after creation.",
        "delete-pod": "The Pod is not scheduled at all; no node can help while its claim cannot bind.",
        "bigger-node": "Node disk is not the problem; the claim names a class that does not exist.",
      },
    },
    reclaim: {
      type: "true-false",
      answer: false,
      justification: "claim-not-pod",
      explanations: {
        "claim-not-pod": "Right. Pods come and go; the claim keeps the volume until the claim itself is deleted.",
        "pod-owns": "That is true of emptyDir, not of persistent volumes.",
        "always-kept": "With Delete, deleting the claim does delete the volume and its data.",
        gc: "No such thing: volumes are reclaimed when their claim goes, per the reclaim policy.",
      },
    },
    "not-done": {
      type: "multiple",
      correct: ["backup", "replicate", "undo"],
      explanations: {
        backup: "Backups are your job (database tools, Velero, snapshots copied elsewhere).",
        replicate: "A local-path volume is one directory on one node; durability is the storage's, not Kubernetes'.",
        remount: "This Kubernetes does: the claim stays bound to its volume, and any Pod naming it gets it.",
        undo: "With Delete the storage is gone; nothing in Kubernetes keeps a copy.",
      },
    },
  },
});
