import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "05-configuration-and-storage.01-configmaps-and-secrets",
  canary: "RECONCILE-ANSWER-KEY-CANARY-8c41e7d0",
  keys: {
    "after-edit": {
      type: "matching",
      pairs: { env: "never", volume: "eventually", subpath: "never" },
      explanations: {
        env: "A process's environment is fixed when the container is created; only a new container sees the new value.",
        volume: "The kubelet re-projects configMap volumes on its periodic Pod sync, so the file changes after up to a minute or two.",
        subpath: "A subPath file is a copy taken when the container starts; it is never updated.",
      },
    },
    base64: {
      type: "true-false",
      answer: false,
      justification: "encoding",
      explanations: {
        encoding: "Right. Decoding base64 needs no key; whoever can read the Secret can read the value.",
        encrypted: "By default Secrets are stored unencrypted in etcd; encryption at rest must be configured.",
        hash: "Base64 is reversible by design: it carries bytes, it does not hide them.",
        "kubelet-only": "Any client that can get the Secret can decode it.",
      },
    },
    protect: {
      type: "multiple",
      correct: ["encryption-at-rest", "rbac", "pod-create"],
      explanations: {
        "encryption-at-rest": "Yes: etcd and its backups then hold ciphertext instead of the value.",
        rbac: "Yes: reading the Secret through the API is the usual way in.",
        "pod-create": "Yes: anyone who can create a Pod in the namespace can mount any Secret there and read it.",
        "double-base64": "Still an encoding: one more decode and it is plain text.",
        stringdata: "stringData is a write-only convenience; the API server stores it base64-encoded in data like any other value.",
      },
    },
    "pick-up-change": {
      type: "single",
      correct: "restart",
      explanations: {
        restart: "Right. It rolls out new Pods, whose containers resolve the variables again.",
        wait: "Only mounted files are refreshed; variables never change in a running container.",
        "reapply-cm": "The ConfigMap already has the new value; applying it again changes nothing in the Pods.",
        "exec-export": "That changes one shell's environment, not the app's process, and it is lost at the next restart.",
      },
    },
    "config-error": {
      type: "single",
      correct: "missing",
      explanations: {
        missing: "Right. The kubelet cannot build the container's environment; describe shows `Error: secret \"db\" not found` or `couldn't find key pass …`.",
        image: "A pull failure shows ErrImagePull or ImagePullBackOff.",
        oom: "An OOM kill shows OOMKilled and restarts, after the container has started.",
        node: "A Pod that fits no node stays Pending, unscheduled; CreateContainerConfigError happens on a node.",
      },
    },
    "rollout-steps": {
      type: "ordering",
      order: ["annotation", "new-rs", "kubelet-env", "old-gone"],
      explanation: "The annotation changes the template; the Deployment controller makes a new ReplicaSet; its Pods are scheduled and the kubelet resolves env as it creates each container; as they become available, old Pods are scaled down.",
    },
  },
});
