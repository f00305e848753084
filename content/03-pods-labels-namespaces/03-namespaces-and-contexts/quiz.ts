import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "03-pods-labels-namespaces.03-namespaces-and-contexts",
  lesson: "03-pods-labels-namespaces/03-namespaces-and-contexts",
  title: "Check your understanding",
  questions: [
    {
      id: "same-name",
      type: "single",
      prompt: "You run `kubectl create deployment web …` in `default`, then the same command with `-n shop`. What happens?",
      options: [
        { id: "two", text: "Two independent Deployments named web exist, one per namespace" },
        { id: "conflict", text: "The second fails with AlreadyExists: names are unique in the cluster" },
        { id: "moved", text: "The Deployment moves from default to shop" },
        { id: "shared", text: "The second adds replicas to the first" },
      ],
    },
    {
      id: "scope",
      type: "matching",
      prompt: "Namespaced or cluster-scoped?",
      items: [
        { id: "node", text: "Node" },
        { id: "pod", text: "Pod" },
        { id: "pv", text: "PersistentVolume" },
        { id: "svc", text: "Service" },
        { id: "ns", text: "Namespace" },
      ],
      choices: [
        { id: "namespaced", text: "Namespaced" },
        { id: "cluster", text: "Cluster-scoped" },
      ],
    },
    {
      id: "dns",
      type: "single",
      prompt: "A Pod in namespace `front` must call the Service `api` in namespace `back`. Which name works?",
      options: [
        { id: "qualified", text: "api.back (or api.back.svc.cluster.local)" },
        { id: "short", text: "api — Service names are global" },
        { id: "impossible", text: "None: Pods cannot reach Services in other namespaces" },
        { id: "ip-only", text: "Only the Service's ClusterIP; DNS works within a namespace only" },
      ],
    },
    {
      id: "isolation",
      type: "true-false",
      prompt: "Putting two teams' apps in separate namespaces stops their Pods from talking to each other.",
      justifications: [
        { id: "network-open", text: "Namespaces scope names and policies; by default any Pod can reach any Pod. A NetworkPolicy is what restricts traffic." },
        { id: "firewall", text: "Each namespace gets its own network, so traffic across namespaces is dropped." },
        { id: "dns-only", text: "Pods can reach each other by IP but not by DNS name." },
        { id: "rbac", text: "RBAC rules block network connections between namespaces." },
      ],
    },
    {
      id: "context",
      type: "single",
      prompt: "What does `kubectl config set-context --current --namespace=shop` change?",
      options: [
        { id: "kubeconfig", text: "The namespace recorded in the current context of your kubeconfig file; later commands without -n use shop" },
        { id: "cluster", text: "The cluster's default namespace, for every user" },
        { id: "move", text: "It moves your current objects into shop" },
        { id: "create", text: "It creates the namespace shop if it is missing" },
      ],
    },
    {
      id: "delete-ns",
      type: "multiple",
      prompt: "`scratch` holds the Deployment `experiment`, its Pods and the ConfigMap `settings`. What does `kubectl delete namespace scratch` delete? Select all that apply.",
      options: [
        { id: "deploy", text: "The Deployment experiment" },
        { id: "pods", text: "experiment's Pods" },
        { id: "cm", text: "The ConfigMap settings" },
        { id: "nodes", text: "The nodes experiment's Pods ran on" },
        { id: "other-ns", text: "A Service named experiment in default" },
      ],
    },
  ],
});
