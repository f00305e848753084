import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only. Ordering items are listed out of order on purpose.
export const quiz = defineQuiz({
  id: "06-deployments-and-statefulsets.02-statefulsets",
  lesson: "06-deployments-and-statefulsets/02-statefulsets",
  title: "Check your understanding",
  questions: [
    {
      id: "names",
      type: "matching",
      prompt: "StatefulSet `pg` in namespace `shop`, `serviceName: pg-hl`, `replicas: 2`, one volumeClaimTemplate named `wal`. Match each thing to its name.",
      items: [
        { id: "pod", text: "The second Pod" },
        { id: "claim", text: "The first Pod's claim" },
        { id: "dns", text: "The first Pod's DNS name" },
        { id: "service", text: "The Service that must be headless" },
      ],
      choices: [
        { id: "pg-1", text: "pg-1" },
        { id: "wal-pg-0", text: "wal-pg-0" },
        { id: "fqdn", text: "pg-0.pg-hl.shop.svc.cluster.local" },
        { id: "pg-hl", text: "pg-hl" },
        { id: "pg-0-wal", text: "pg-0-wal" },
        { id: "pg-2", text: "pg-2" },
      ],
    },
    {
      id: "storage",
      type: "single",
      prompt: "How do the three Pods of a StatefulSet with one volumeClaimTemplate get their storage?",
      options: [
        { id: "own", text: "Each Pod gets its own PersistentVolumeClaim, created from the template and kept for that ordinal" },
        { id: "shared", text: "The three Pods share one PersistentVolumeClaim" },
        { id: "emptydir", text: "Each Pod gets an emptyDir that is copied to the next Pod on restart" },
        { id: "readonly", text: "The first Pod gets the claim read-write, the others read-only" },
      ],
    },
    {
      id: "dies",
      type: "multiple",
      prompt: "Pod `mysql-0` of a StatefulSet is deleted. Which are true of the Pod the controller creates? Select all that apply.",
      options: [
        { id: "name", text: "It is named mysql-0 again" },
        { id: "claim", text: "It mounts the same claim, data-mysql-0" },
        { id: "dns", text: "mysql-0.mysql resolves to it" },
        { id: "ip", text: "It is guaranteed to keep the old IP address" },
        { id: "two", text: "It may start while the old mysql-0 is still terminating" },
      ],
    },
    {
      id: "scale-down",
      type: "true-false",
      prompt: "Scaling a StatefulSet from 3 to 1 deletes the claims data-mysql-1 and data-mysql-2 by default.",
      justifications: [
        { id: "retain", text: "The default retention policy is Retain for both scale-down and deletion: the claims stay, and a later scale-up reuses them." },
        { id: "delete", text: "Claims follow their Pods: a removed ordinal's claim is garbage-collected." },
        { id: "released", text: "The claims are kept but their volumes are released, so the data is gone." },
        { id: "only-last", text: "Only the highest ordinal's claim is deleted; the others are kept." },
      ],
    },
    {
      id: "start-order",
      type: "ordering",
      prompt: "A new StatefulSet `web` with 3 replicas and the default podManagementPolicy. Order the events.",
      items: [
        { id: "web2", text: "web-2 is created" },
        { id: "web0ready", text: "web-0 becomes Running and Ready" },
        { id: "web0", text: "web-0 is created" },
        { id: "web1", text: "web-1 is created" },
      ],
    },
    {
      id: "partition",
      type: "single",
      prompt: "A 5-replica StatefulSet has `partition: 3` and you change its image. Which Pods get the new image?",
      options: [
        { id: "34", text: "web-3 and web-4" },
        { id: "012", text: "web-0, web-1 and web-2" },
        { id: "3", text: "Only web-3" },
        { id: "none", text: "None until the partition is 0" },
      ],
    },
    {
      id: "headless-change",
      type: "single",
      prompt: "Your database's Service was created as a normal ClusterIP Service. How do you make it headless?",
      options: [
        { id: "recreate", text: "Delete the Service and create it again with clusterIP: None" },
        { id: "apply", text: "Add clusterIP: None to its manifest and kubectl apply it" },
        { id: "patch", text: "kubectl patch service db -p '{\"spec\":{\"type\":\"Headless\"}}'" },
        { id: "sts", text: "Nothing: naming it in serviceName makes it headless" },
      ],
    },
  ],
});
