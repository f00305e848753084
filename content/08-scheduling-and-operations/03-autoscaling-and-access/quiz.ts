import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "08-scheduling-and-operations.03-autoscaling-and-access",
  lesson: "08-scheduling-and-operations/03-autoscaling-and-access",
  title: "Check your understanding",
  questions: [
    {
      id: "formula-up",
      type: "numeric",
      prompt: "An HPA targets 50% CPU utilization. The Deployment runs 3 replicas at an average of 80%. How many replicas does the HPA ask for (maxReplicas is 10)?",
      min: 0,
      max: 100,
    },
    {
      id: "formula-clamped",
      type: "numeric",
      prompt: "Same HPA (target 50%, minReplicas 2, maxReplicas 10). Now 8 replicas run at an average of 100%. How many replicas does it set?",
      min: 0,
      max: 100,
    },
    {
      id: "utilization-base",
      type: "single",
      prompt: "A container requests 250m CPU, has a limit of 1 CPU, and uses 200m. What CPU utilization does the HPA see for it?",
      options: [
        { id: "80", text: "80% (200m of the 250m request)" },
        { id: "20", text: "20% (200m of the 1 CPU limit)" },
        { id: "5", text: "5% (200m of the node's 4 CPUs)" },
        { id: "none", text: "None: utilization needs a limit equal to the request" },
      ],
    },
    {
      id: "unknown-target",
      type: "multiple",
      prompt: "`kubectl get hpa` shows `cpu: <unknown>/60%`. Which can cause it?",
      options: [
        { id: "no-metrics-server", text: "No metrics-server (no resource metrics API) in the cluster" },
        { id: "no-request", text: "The target's containers have no CPU request" },
        { id: "just-created", text: "The HPA was created seconds ago and has not read metrics yet" },
        { id: "at-max", text: "The Deployment is already at maxReplicas" },
      ],
    },
    {
      id: "who-does-what",
      type: "matching",
      prompt: "Which component reacts to each situation?",
      items: [
        { id: "load", text: "Average CPU of a Deployment's Pods is far above its target" },
        { id: "pending", text: "Pods stay Pending because no node has room" },
        { id: "requests", text: "A container's requests are much larger than what it uses" },
      ],
      choices: [
        { id: "hpa", text: "HorizontalPodAutoscaler" },
        { id: "cluster-autoscaler", text: "Cluster Autoscaler" },
        { id: "vpa", text: "Vertical Pod Autoscaler" },
        { id: "scheduler", text: "kube-scheduler" },
      ],
    },
    {
      id: "rbac",
      type: "true-false",
      prompt: "A RoleBinding in namespace `shop` that refers to the ClusterRole `view` lets its subject read Pods in every namespace.",
      justifications: [
        { id: "namespaced", text: "A RoleBinding grants its role only inside its own namespace, even when the role is a ClusterRole." },
        { id: "cluster-wide", text: "A ClusterRole always applies cluster-wide, whatever binds it." },
        { id: "deny", text: "Other namespaces deny it explicitly." },
        { id: "serviceaccount", text: "Only ServiceAccounts can be bound to ClusterRoles." },
      ],
    },
    {
      id: "pod-security",
      type: "single",
      prompt: "Namespace `shop` has the label `pod-security.kubernetes.io/enforce: restricted`. What happens to a new Pod whose container runs as root with a privileged security context?",
      options: [
        { id: "rejected", text: "The API server rejects it at admission" },
        { id: "warned", text: "It is created, and kubectl prints a warning" },
        { id: "evicted", text: "It starts, then the kubelet evicts it" },
        { id: "mutated", text: "It is created with privileged turned off" },
      ],
    },
  ],
});
