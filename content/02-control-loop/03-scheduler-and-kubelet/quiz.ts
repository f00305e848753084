import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only. Ordering items are listed out of order on purpose.
export const quiz = defineQuiz({
  id: "02-control-loop.03-scheduler-and-kubelet",
  lesson: "02-control-loop/03-scheduler-and-kubelet",
  title: "Check your understanding",
  questions: [
    {
      id: "scheduler-output",
      type: "single",
      prompt: "What does the scheduler write when it has chosen a node for a Pod?",
      options: [
        { id: "binding", text: "A Binding, through the API server, which sets the Pod's spec.nodeName" },
        { id: "call-kubelet", text: "A request to the chosen node's kubelet to start the Pod" },
        { id: "cri", text: "A CRI call to the node's container runtime" },
        { id: "etcd", text: "The node name, directly into the Pod's key in etcd" },
      ],
    },
    {
      id: "fit-basis",
      type: "single",
      prompt: "A worker has 4 CPUs allocatable. Its Pods request 3.5 CPUs in total but use only 0.2 right now. Can a Pod requesting 1 CPU be scheduled there?",
      options: [
        { id: "no-requests", text: "No: the filter counts requests, and only 0.5 CPU is unrequested" },
        { id: "yes-usage", text: "Yes: the node is almost idle" },
        { id: "yes-score", text: "Yes, but only if it gets the best score" },
        { id: "no-count", text: "No: the node already runs too many Pods" },
      ],
    },
    {
      id: "schedule-phases",
      type: "ordering",
      prompt: "Put the steps of scheduling one Pod in order.",
      items: [
        { id: "score", text: "Score the remaining nodes and add up the weighted scores" },
        { id: "start", text: "The kubelet of the chosen node starts the containers" },
        { id: "watch", text: "The scheduler sees a Pod with no nodeName" },
        { id: "bind", text: "Write the binding to the API server" },
        { id: "filter", text: "Filter out the nodes that cannot run the Pod" },
      ],
    },
    {
      id: "status-to-component",
      type: "matching",
      prompt: "Which component is stuck, for each status?",
      items: [
        { id: "pending", text: "Pending, NODE <none>, event FailedScheduling" },
        { id: "pull", text: "ImagePullBackOff" },
        { id: "crash", text: "CrashLoopBackOff" },
      ],
      choices: [
        { id: "scheduler", text: "The scheduler found no node that passes every filter" },
        { id: "kubelet-pull", text: "The kubelet cannot get the image through the runtime" },
        { id: "kubelet-restart", text: "The kubelet starts the container, it exits, and the kubelet waits before restarting it" },
        { id: "controller", text: "The ReplicaSet controller cannot create the Pod" },
      ],
    },
    {
      id: "pending-forever",
      type: "true-false",
      prompt: "A Pod that failed scheduling because of Insufficient cpu stays Pending forever, even if a big enough node joins the cluster later.",
      justifications: [
        { id: "requeued", text: "The Pod waits in the scheduler's queue and is retried when the cluster changes, such as a node joining or another Pod leaving." },
        { id: "forever", text: "Scheduling is attempted once; after FailedScheduling the Pod must be recreated." },
        { id: "controller-retries", text: "The ReplicaSet controller deletes and recreates Pending Pods until one fits." },
        { id: "kubelet-pulls", text: "New nodes' kubelets look for Pending Pods and start them without the scheduler." },
      ],
    },
    {
      id: "kubelet-does",
      type: "multiple",
      prompt: "Which of these does the kubelet do? Select all that apply.",
      options: [
        { id: "pull", text: "Have the container runtime pull images through the CRI" },
        { id: "restart", text: "Restart crashed containers, with a growing back-off" },
        { id: "probes", text: "Run liveness and readiness probes" },
        { id: "status", text: "Report Pod status to the API server" },
        { id: "choose-node", text: "Choose which node a Pod runs on" },
        { id: "replace", text: "Create a replacement Pod when a Pod is deleted" },
      ],
    },
    {
      id: "backoff",
      type: "numeric",
      prompt: "A container keeps crashing. The kubelet's restart delay starts at 10 seconds and doubles after each crash. What is the longest it will wait between two restarts, in seconds?",
      unit: "seconds",
      min: 0,
      max: 3600,
    },
  ],
});
