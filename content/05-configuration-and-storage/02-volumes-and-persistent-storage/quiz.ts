import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "05-configuration-and-storage.02-volumes-and-persistent-storage",
  lesson: "05-configuration-and-storage/02-volumes-and-persistent-storage",
  title: "Check your understanding",
  questions: [
    {
      id: "emptydir-lifetime",
      type: "matching",
      prompt: "A Pod writes files to an `emptyDir`. Are the files still there after each event?",
      items: [
        { id: "crash", text: "One container crashes and the kubelet restarts it" },
        { id: "delete", text: "The Pod is deleted and its Deployment creates a replacement" },
        { id: "rollout", text: "A rolling update replaces the Pod" },
      ],
      choices: [
        { id: "kept", text: "Still there: same Pod, same volume" },
        { id: "lost", text: "Gone: the new Pod gets a new, empty directory" },
      ],
    },
    {
      id: "roles",
      type: "matching",
      prompt: "Match each object with what it is.",
      items: [
        { id: "pvc", text: "PersistentVolumeClaim" },
        { id: "pv", text: "PersistentVolume" },
        { id: "sc", text: "StorageClass" },
      ],
      choices: [
        { id: "request", text: "A namespaced request for storage that a Pod mounts by name" },
        { id: "storage", text: "A cluster-scoped piece of actual storage, with capacity and access modes" },
        { id: "kind", text: "A kind of storage and the provisioner that creates volumes of it on demand" },
        { id: "node", text: "A node's local disk reserved for one namespace" },
      ],
    },
    {
      id: "wffc",
      type: "single",
      prompt: "You create a claim of class `standard` (binding mode `WaitForFirstConsumer`). No Pod uses it yet. What does `kubectl get pvc` show?",
      options: [
        { id: "pending", text: "Pending — the volume is created once a Pod using the claim is scheduled" },
        { id: "bound", text: "Bound — the provisioner creates the volume at once" },
        { id: "lost", text: "Lost — a claim without a Pod is an error" },
        { id: "available", text: "Available — waiting for a Pod to bind it" },
      ],
    },
    {
      id: "binding-rules",
      type: "multiple",
      prompt: "An administrator created a PV of class `manual`: 5Gi, access mode ReadWriteOnce, Available. Which claims can bind to it? (No provisioner serves `manual`.)",
      options: [
        { id: "exact", text: "class manual, 5Gi, ReadWriteOnce" },
        { id: "smaller", text: "class manual, 1Gi, ReadWriteOnce" },
        { id: "bigger", text: "class manual, 10Gi, ReadWriteOnce" },
        { id: "rwx", text: "class manual, 1Gi, ReadWriteMany" },
        { id: "other-class", text: "class standard, 1Gi, ReadWriteOnce" },
      ],
    },
    {
      id: "pending-pod",
      type: "single",
      prompt: "A Pod is Pending with `pod has unbound immediate PersistentVolumeClaims`, and its claim's events say `storageclass.storage.k8s.io \"fast\" not found`. What fixes it?",
      options: [
        { id: "recreate", text: "Delete the claim and create it again with a class that exists (its spec cannot be edited)" },
        { id: "edit", text: "`kubectl edit pvc` and change storageClassName in place" },
        { id: "delete-pod", text: "Delete the Pod so the scheduler tries another node" },
        { id: "bigger-node", text: "Add a node with more disk" },
      ],
    },
    {
      id: "reclaim",
      type: "true-false",
      prompt: "With reclaim policy `Delete`, deleting a Pod that mounts a claim also deletes the claim's volume and its data.",
      justifications: [
        { id: "claim-not-pod", text: "The reclaim policy acts when the claim is deleted; the claim (and data) outlive any Pod that mounts it." },
        { id: "pod-owns", text: "The Pod owns its volumes, so they go with it." },
        { id: "always-kept", text: "Kubernetes never deletes data, whatever the policy." },
        { id: "gc", text: "The garbage collector deletes volumes of deleted Pods after a grace period." },
      ],
    },
    {
      id: "not-done",
      type: "multiple",
      prompt: "Your database runs on a Bound claim of kind's local-path class. Which of these does Kubernetes **not** do for you?",
      options: [
        { id: "backup", text: "Back up the data" },
        { id: "replicate", text: "Keep a copy on another node in case this one dies" },
        { id: "remount", text: "Give a new Pod that names the claim the same volume back" },
        { id: "undo", text: "Bring the data back after the claim is deleted (policy Delete)" },
      ],
    },
  ],
});
