import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only. Ordering items are listed out of order on purpose.
export const quiz = defineQuiz({
  id: "02-control-loop.04-journey-of-an-apply",
  lesson: "02-control-loop/04-journey-of-an-apply",
  title: "Check your understanding",
  questions: [
    {
      id: "apply-returns",
      type: "single",
      prompt: "When does `kubectl apply -f hello.yaml` print `deployment.apps/hello created` and return?",
      options: [
        { id: "stored", text: "As soon as the API server has stored the Deployment" },
        { id: "pods-created", text: "When the ReplicaSet controller has created the Pods" },
        { id: "scheduled", text: "When every Pod is bound to a node" },
        { id: "ready", text: "When every Pod is Ready" },
      ],
    },
    {
      id: "journey-order",
      type: "ordering",
      prompt: "Order the writes that follow `kubectl apply` of a new Deployment.",
      items: [
        { id: "binding", text: "The scheduler writes a Binding for each Pod" },
        { id: "deployment", text: "The API server stores the Deployment" },
        { id: "status", text: "The kubelet writes the Pod's status: Running, Ready" },
        { id: "pods", text: "The ReplicaSet controller creates Pods with no node" },
        { id: "rs", text: "The Deployment controller creates a ReplicaSet" },
        { id: "available", text: "The Deployment controller sets the Deployment's Available condition" },
      ],
    },
    {
      id: "event-source",
      type: "matching",
      prompt: "Which component records each event?",
      items: [
        { id: "scaling", text: "ScalingReplicaSet" },
        { id: "create", text: "SuccessfulCreate" },
        { id: "scheduled", text: "Scheduled" },
        { id: "pulled", text: "Pulled" },
      ],
      choices: [
        { id: "deployment", text: "Deployment controller" },
        { id: "replicaset", text: "ReplicaSet controller" },
        { id: "scheduler", text: "kube-scheduler" },
        { id: "kubelet", text: "kubelet" },
        { id: "proxy", text: "kube-proxy" },
      ],
    },
    {
      id: "proxy-role",
      type: "true-false",
      prompt: "kube-proxy is one of the steps that starts a Deployment's Pods: after the kubelet has started the containers, kube-proxy makes the Pod Running.",
      justifications: [
        { id: "services", text: "kube-proxy only programs Service traffic rules on each node; the kubelet alone reports the Pod Running and Ready." },
        { id: "runtime", text: "kube-proxy is the component that talks to the container runtime." },
        { id: "binding", text: "kube-proxy confirms the scheduler's binding before the kubelet can start anything." },
        { id: "ip", text: "Without kube-proxy a Pod gets no IP and cannot start." },
      ],
    },
    {
      id: "ccm",
      type: "multiple",
      prompt: "Which of these are jobs of cloud-controller-manager? Select all that apply.",
      options: [
        { id: "lb", text: "Create a cloud load balancer for a Service of type LoadBalancer" },
        { id: "nodes", text: "Fill in node addresses and zones from the cloud API" },
        { id: "deleted", text: "Remove Node objects whose cloud machine was deleted" },
        { id: "schedule", text: "Pick the node for each Pod based on cloud prices" },
        { id: "etcd", text: "Back up etcd to cloud storage" },
      ],
    },
    {
      id: "reapply",
      type: "single",
      prompt: "You apply the same `hello.yaml` again, unchanged. What happens?",
      options: [
        { id: "unchanged", text: "kubectl reports `unchanged` and no controller has anything to do" },
        { id: "restart", text: "The Pods are restarted with the same spec" },
        { id: "new-rs", text: "A new ReplicaSet is created and the old one scaled down" },
        { id: "error", text: "The API server refuses it: the Deployment already exists" },
      ],
    },
  ],
});
