import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only. Ordering items are listed out of order on purpose.
export const quiz = defineQuiz({
  id: "02-control-loop.01-api-server-and-etcd",
  lesson: "02-control-loop/01-api-server-and-etcd",
  title: "Check your understanding",
  questions: [
    {
      id: "request-stages",
      type: "ordering",
      prompt: "Put the stages a create request goes through inside the API server in order.",
      items: [
        { id: "validate", text: "Validation of the object's fields" },
        { id: "authz", text: "Authorization (may this user create this resource?)" },
        { id: "store", text: "The object is written to etcd" },
        { id: "authn", text: "Authentication (who is calling?)" },
        { id: "mutate", text: "Mutating admission" },
        { id: "admit", text: "Validating admission" },
      ],
    },
    {
      id: "refused-object",
      type: "single",
      prompt: "`kubectl apply` prints `The Deployment \"web\" is invalid: …`. What happened in the cluster?",
      options: [
        { id: "nothing", text: "Nothing was stored, so no controller ever saw the Deployment" },
        { id: "stored-failed", text: "The Deployment was stored with a Failed status" },
        { id: "controller-rejected", text: "The Deployment controller read it from etcd and rejected it" },
        { id: "partial", text: "The valid fields were stored and the invalid ones dropped" },
      ],
    },
    {
      id: "generation-vs-rv",
      type: "matching",
      prompt: "Which field changes in each case?",
      items: [
        { id: "scale", text: "You run `kubectl scale deployment web --replicas=4`" },
        { id: "status", text: "The Deployment controller updates `status.readyReplicas`" },
        { id: "label", text: "You add a label to the Deployment with `kubectl label`" },
      ],
      choices: [
        { id: "both", text: "Both generation and resourceVersion" },
        { id: "rv", text: "Only resourceVersion" },
        { id: "gen", text: "Only generation" },
      ],
    },
    {
      id: "watch-payload",
      type: "single",
      prompt: "A controller watching Deployments receives a `MODIFIED` event. What does the event contain?",
      options: [
        { id: "full", text: "The whole Deployment as it is after the change" },
        { id: "diff", text: "Only the fields that changed" },
        { id: "name", text: "Only the name; the controller must GET the object" },
        { id: "etcd-key", text: "The etcd key, which the controller reads from etcd" },
      ],
    },
    {
      id: "gone",
      type: "true-false",
      prompt: "When a watch breaks and the API server answers 410 Gone to the resume request, the client has lost those changes for good.",
      justifications: [
        { id: "relist", text: "The client lists the current objects again and watches from the list's resourceVersion; since controllers act on current state, nothing is lost." },
        { id: "replay", text: "The API server replays every change since the client's resourceVersion from etcd's full history." },
        { id: "lost", text: "The changes are lost; the controller waits for the next change of each object." },
        { id: "etcd-direct", text: "The client reads the missed changes directly from etcd." },
      ],
    },
    {
      id: "who-talks-etcd",
      type: "multiple",
      prompt: "Which of these are true? Select all that apply.",
      options: [
        { id: "apiserver-only", text: "Only the API server reads and writes etcd" },
        { id: "spec-status", text: "etcd holds both the spec and the status of every object" },
        { id: "kubelet-filter", text: "A kubelet's Pod watch can be narrowed to the Pods bound to its own node" },
        { id: "scheduler-polls", text: "The scheduler polls etcd in a loop for Pods without a node" },
        { id: "get-node", text: "`kubectl get pods` asks each node for its containers' state" },
      ],
    },
    {
      id: "resource-version-compare",
      type: "single",
      prompt: "Your tool reads two copies of a Pod, with resourceVersion \"980\" and \"1012\". What may it safely conclude?",
      options: [
        { id: "different", text: "The two copies are different versions of the Pod" },
        { id: "newer", text: "\"1012\" is newer, because the number is larger" },
        { id: "writes", text: "The Pod was written 32 times in between" },
        { id: "spec", text: "The Pod's spec changed in between" },
      ],
    },
  ],
});
