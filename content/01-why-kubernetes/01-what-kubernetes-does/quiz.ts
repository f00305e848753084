import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only. Ordering items are listed out of order on purpose.
export const quiz = defineQuiz({
  id: "01-why-kubernetes.01-what-kubernetes-does",
  lesson: "01-why-kubernetes/01-what-kubernetes-does",
  title: "Check your understanding",
  questions: [
    {
      id: "desired-state",
      type: "single",
      prompt: "You apply the `web` Deployment from this lesson. What is its desired state?",
      options: [
        { id: "object", text: "The Deployment object you wrote (three replicas of nginx:1.27), stored in the cluster until you change it" },
        { id: "running", text: "The three containers that are running right now" },
        { id: "steps", text: "The list of steps the cluster ran to start the containers" },
        { id: "file", text: "The file deployment.yaml on your laptop" },
      ],
    },
    {
      id: "matching-terms",
      type: "matching",
      prompt: "Match each term to what it means.",
      items: [
        { id: "desired", text: "Desired state" },
        { id: "observed", text: "Observed state" },
        { id: "controller", text: "Controller" },
        { id: "reconciliation", text: "Reconciliation" },
      ],
      choices: [
        { id: "asked", text: "The result you asked for, stored as an object" },
        { id: "now", text: "What is actually running at this moment" },
        { id: "loop", text: "A loop that observes, compares and acts, forever" },
        { id: "step", text: "Bringing what runs back in line with the specification" },
        { id: "script", text: "A script of commands that runs once, in order" },
      ],
    },
    {
      id: "level-triggered",
      type: "true-false",
      prompt: "If the ReplicaSet controller is restarted and misses the event for a deleted Pod, the missing Pod is never replaced.",
      justifications: [
        { id: "level", text: "Each pass compares how many Pods exist now with how many should exist, so the next pass still sees the gap." },
        { id: "replay", text: "The API server replays every missed event to the controller when it restarts." },
        { id: "lost", text: "Events are the only signal a controller gets, and a lost event is lost for good." },
        { id: "kubelet", text: "The kubelet recreates deleted Pods on its own node." },
      ],
    },
    {
      id: "self-heal-order",
      type: "ordering",
      prompt: "The `web` Deployment (replicas: 3) is running and you delete one of its Pods with `kubectl delete pod`. Put what happens next in order.",
      items: [
        { id: "bind", text: "The scheduler binds the new Pod to a node" },
        { id: "create", text: "The ReplicaSet controller creates a new Pod, with no node yet" },
        { id: "start", text: "The kubelet on that node starts the Pod's container" },
        { id: "delete", text: "The API server marks the Pod for deletion" },
        { id: "count", text: "The ReplicaSet controller counts 2 active Pods for 3 desired replicas" },
      ],
    },
    {
      id: "what-it-does",
      type: "multiple",
      prompt: "Which of these does Kubernetes do for you, beyond what a plain container runtime does? Select all that apply.",
      options: [
        { id: "reschedule", text: "Replace the Pods of a node that stopped reporting with new Pods on healthy nodes" },
        { id: "schedule", text: "Pick a node for each new Pod from the CPU and memory it requests" },
        { id: "rollout", text: "Replace a Deployment's Pods a few at a time when you change its image" },
        { id: "service", text: "Give a changing set of Pods one virtual IP and DNS name" },
        { id: "build", text: "Build container images from your source code" },
        { id: "ha-db", text: "Make any stateful application highly available without further work" },
      ],
    },
    {
      id: "count-after-delete",
      type: "numeric",
      prompt: "You apply `deployment.yaml` from this lesson, wait until it is running, then delete one of its Pods by hand. Once the controllers have caught up and the deleted Pod is gone, how many Pods of `web` exist?",
      unit: "Pods",
      min: 0,
      max: 100,
    },
  ],
});
