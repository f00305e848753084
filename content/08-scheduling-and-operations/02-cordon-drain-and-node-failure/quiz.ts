import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "08-scheduling-and-operations.02-cordon-drain-and-node-failure",
  lesson: "08-scheduling-and-operations/02-cordon-drain-and-node-failure",
  title: "Check your understanding",
  questions: [
    {
      id: "maintenance-order",
      type: "ordering",
      prompt: "Put the steps of a planned node maintenance in order.",
      items: [
        { id: "work", text: "Upgrade or repair the node" },
        { id: "uncordon", text: "kubectl uncordon the node" },
        { id: "drain", text: "kubectl drain evicts the node's Pods and waits for them to go" },
        { id: "cordon", text: "The node is marked unschedulable (drain does this first)" },
      ],
    },
    {
      id: "cordon-effect",
      type: "single",
      prompt: "You run `kubectl cordon kind-worker`. What happens to the 3 Pods running on it?",
      options: [
        { id: "stay", text: "Nothing: they keep running; only new Pods are kept off the node" },
        { id: "evicted", text: "They are evicted and recreated elsewhere" },
        { id: "paused", text: "Their containers are paused until uncordon" },
        { id: "notready", text: "They are marked not Ready so Services skip them" },
      ],
    },
    {
      id: "drain-refusals",
      type: "matching",
      prompt: "`kubectl drain` refuses to go on because of a Pod. Which flag accepts each case?",
      items: [
        { id: "bare", text: "A Pod that no controller owns" },
        { id: "daemonset", text: "A Pod created by a DaemonSet" },
        { id: "emptydir", text: "A Pod with an emptyDir volume" },
      ],
      choices: [
        { id: "force", text: "--force" },
        { id: "ignore-ds", text: "--ignore-daemonsets" },
        { id: "emptydir", text: "--delete-emptydir-data" },
        { id: "grace", text: "--grace-period=0" },
      ],
    },
    {
      id: "failure-timeline",
      type: "numeric",
      prompt: "With today's defaults, about how many seconds after a node's kubelet stops reporting are its Deployment Pods evicted? (node-monitor grace period + default tolerationSeconds)",
      unit: "s",
      min: 0,
      max: 10000,
    },
    {
      id: "uncordon-rebalance",
      type: "true-false",
      prompt: "After `kubectl uncordon`, the scheduler moves some Pods back to the node to balance the cluster.",
      justifications: [
        { id: "new-only", text: "The scheduler only places Pods that have no node yet; running Pods stay where they are." },
        { id: "rebalance-loop", text: "A rebalancing loop in the scheduler runs every 5 minutes." },
        { id: "kubelet-pulls", text: "The node's kubelet requests Pods from the API server when it becomes schedulable." },
        { id: "deployment-spreads", text: "Deployments watch nodes and respread their replicas." },
      ],
    },
    {
      id: "failure-signs",
      type: "multiple",
      prompt: "A worker's kubelet stopped 2 minutes ago. Which of these do you see?",
      options: [
        { id: "notready", text: "kubectl get nodes shows it NotReady" },
        { id: "taints", text: "It has node.kubernetes.io/unreachable taints, NoSchedule and NoExecute" },
        { id: "pod-ready-false", text: "Its Pods' Ready condition is False, so Services stop sending them traffic" },
        { id: "replaced", text: "Its Deployment Pods have already been replaced on other nodes" },
        { id: "deleted-node", text: "The Node object has been deleted" },
      ],
    },
  ],
});
