import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only. Ordering items are listed out of order on purpose.
export const quiz = defineQuiz({
  id: "06-deployments-and-statefulsets.01-deployments-and-replicasets",
  lesson: "06-deployments-and-statefulsets/01-deployments-and-replicasets",
  title: "Check your understanding",
  questions: [
    {
      id: "who-creates-pods",
      type: "single",
      prompt: "You apply a Deployment with `replicas: 3`. Which controller creates the three Pods?",
      options: [
        { id: "rs", text: "The ReplicaSet controller, for the ReplicaSet the Deployment controller created" },
        { id: "deploy", text: "The Deployment controller, directly" },
        { id: "scheduler", text: "The scheduler" },
        { id: "kubelet", text: "The kubelet of each node" },
      ],
    },
    {
      id: "chain",
      type: "ordering",
      prompt: "Order the owner chain, from the object you write to the object that runs containers.",
      items: [
        { id: "pod", text: "Pod web-5f84b7585b-bv59m" },
        { id: "deploy", text: "Deployment web" },
        { id: "rs", text: "ReplicaSet web-5f84b7585b" },
      ],
    },
    {
      id: "hash",
      type: "single",
      prompt: "What is the `pod-template-hash` label for?",
      options: [
        { id: "versions", text: "It ties each ReplicaSet and its Pods to one version of the Pod template, so two versions never select each other's Pods during a rollout" },
        { id: "integrity", text: "It lets the kubelet verify that the image was not tampered with" },
        { id: "random", text: "It makes Pod names unique; its value is random" },
        { id: "service", text: "Services use it to send traffic only to the newest Pods" },
      ],
    },
    {
      id: "replacement",
      type: "multiple",
      prompt: "You delete Pod `web-5f84b7585b-qbpql` of a Deployment. What is true of the Pod that replaces it? Select all that apply.",
      options: [
        { id: "name", text: "It has a different name" },
        { id: "uid", text: "It has a different UID" },
        { id: "template", text: "It is built from the same Pod template" },
        { id: "ip", text: "It keeps the old Pod's IP address" },
      ],
    },
    {
      id: "rwo",
      type: "true-false",
      prompt: "A PersistentVolumeClaim with access mode ReadWriteOnce can be mounted by only one Pod at a time.",
      justifications: [
        { id: "node", text: "ReadWriteOnce limits the volume to one node; several Pods on that node can all mount it read-write. ReadWriteOncePod is the one-Pod mode." },
        { id: "pod", text: "Once means one Pod: the kubelet refuses a second mount." },
        { id: "api", text: "The API server rejects a second Pod that names the same claim." },
        { id: "readonly", text: "Other Pods may mount it, but only read-only." },
      ],
    },
    {
      id: "orphan",
      type: "single",
      prompt: "After `kubectl delete deployment web --cascade=orphan`, what happens to web's Pods?",
      options: [
        { id: "run", text: "They keep running, managed by the now ownerless ReplicaSet" },
        { id: "deleted", text: "They are deleted along with the ReplicaSet" },
        { id: "frozen", text: "They keep running, but nothing replaces one that dies" },
        { id: "adopted", text: "The ReplicaSet is deleted and the Pods become bare Pods" },
      ],
    },
    {
      id: "db-problems",
      type: "matching",
      prompt: "A three-replica database runs as a Deployment with one shared claim. Match each need of a replicated database to what the Deployment gives instead.",
      items: [
        { id: "identity", text: "Know which member is the primary" },
        { id: "storage", text: "A data directory per member" },
        { id: "address", text: "Reach one specific member by name" },
        { id: "order", text: "Start the first member before the others join" },
      ],
      choices: [
        { id: "random-names", text: "Random Pod names that change on every replacement" },
        { id: "one-claim", text: "One claim in the template, mounted by every replica" },
        { id: "any-replica", text: "A Service that spreads connections over any ready replica" },
        { id: "all-at-once", text: "All replicas created at the same time" },
      ],
    },
  ],
});
