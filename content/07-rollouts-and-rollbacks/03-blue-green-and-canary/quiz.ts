import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "07-rollouts-and-rollbacks.03-blue-green-and-canary",
  lesson: "07-rollouts-and-rollbacks/03-blue-green-and-canary",
  title: "Check your understanding",
  questions: [
    {
      id: "switch",
      type: "single",
      prompt: "Blue (`version: blue`) is live behind the Service `web`, whose selector is `app: web, version: blue`. Green is Ready. What moves all traffic to green at once?",
      options: [
        { id: "selector", text: "Change the Service's selector to `app: web, version: green`" },
        { id: "set-image", text: "`kubectl set image` on web-blue to green's image" },
        { id: "label-blue", text: "Add the label `version: green` to web-blue's Deployment object" },
        { id: "delete-blue", text: "Delete web-blue; the Service then falls back to any Pod with `app: web`" },
      ],
    },
    {
      id: "canary-share",
      type: "numeric",
      prompt: "The Service selects `app: shop`. The stable Deployment runs 9 Pods, the canary 1, all Ready. Roughly what percentage of new connections reach the canary?",
      unit: "%",
      min: 0,
      max: 100,
    },
    {
      id: "least-busy",
      type: "true-false",
      prompt: "A Service sends each new connection to its least busy Pod, so a slow canary automatically gets less traffic.",
      justifications: [
        { id: "random", text: "kube-proxy's iptables mode picks a ready endpoint at random, with equal probability; it knows nothing of load." },
        { id: "least", text: "kube-proxy measures each Pod's load and prefers the idlest." },
        { id: "round-robin", text: "It goes strictly round robin, so every Pod gets exactly its share." },
        { id: "scheduler", text: "The scheduler decides which Pod answers each request." },
      ],
    },
    {
      id: "separate-labels",
      type: "multiple",
      prompt: "Why does each Deployment (blue and green, stable and canary) have its own label, such as `version` or `track`, in its selector?",
      options: [
        { id: "overlap", text: "Two Deployments whose selectors match the same Pods would fight over them" },
        { id: "service", text: "The Service can then select one version, or both through the label they share" },
        { id: "immutable", text: "A Deployment's selector cannot be changed after creation, so it must be right from the start" },
        { id: "dns", text: "Each label value gets its own DNS name in the cluster" },
        { id: "scheduler", text: "The scheduler places Pods of different labels on different nodes" },
      ],
    },
    {
      id: "rollback",
      type: "matching",
      prompt: "How do you go back to the old version in each situation?",
      items: [
        { id: "bg-running", text: "Blue-green, just after the switch, blue still running" },
        { id: "bg-zero", text: "Blue-green, blue scaled to 0 a day later" },
        { id: "canary", text: "Canary, the canary Pod returns errors" },
        { id: "rolling", text: "Rolling update of a single Deployment" },
      ],
      choices: [
        { id: "selector-back", text: "Switch the Service's selector back" },
        { id: "scale-then-switch", text: "Scale blue up, wait until it is Ready, then switch the selector" },
        { id: "remove-canary", text: "Delete the canary Deployment (or scale it to 0)" },
        { id: "undo", text: "`kubectl rollout undo`" },
      ],
    },
    {
      id: "empty-service",
      type: "single",
      prompt: "You switch the Service's selector to `version: green` while web-green still has 0 replicas. What happens?",
      options: [
        { id: "no-endpoints", text: "The Service has no endpoints: requests fail until green Pods are Ready" },
        { id: "keeps-blue", text: "The Service keeps sending to blue until green is Ready" },
        { id: "rejected", text: "The API server rejects a selector that matches no Pod" },
        { id: "scales", text: "The Service scales web-green up to match" },
      ],
    },
  ],
});
