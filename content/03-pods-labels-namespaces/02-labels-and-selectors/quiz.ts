import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only. Ordering items are listed out of order on purpose.
export const quiz = defineQuiz({
  id: "03-pods-labels-namespaces.02-labels-and-selectors",
  lesson: "03-pods-labels-namespaces/02-labels-and-selectors",
  title: "Check your understanding",
  questions: [
    {
      id: "not-equal",
      type: "multiple",
      prompt: "Pods: `a` (tier=frontend), `b` (tier=backend), `c` (no tier label). Which does `-l 'tier!=frontend'` match? Select all that apply.",
      options: [
        { id: "a", text: "a" },
        { id: "b", text: "b" },
        { id: "c", text: "c" },
      ],
    },
    {
      id: "or",
      type: "single",
      prompt: "Which selector matches Pods whose `env` is `prod` or `staging`?",
      options: [
        { id: "in", text: "env in (prod,staging)" },
        { id: "comma", text: "env=prod,env=staging" },
        { id: "pipe", text: "env=prod|staging" },
        { id: "exists", text: "env" },
      ],
    },
    {
      id: "operators",
      type: "matching",
      prompt: "Match each selector to what it selects.",
      items: [
        { id: "exists", text: "tier" },
        { id: "not-exists", text: "!tier" },
        { id: "notin", text: "env notin (dev,test)" },
        { id: "and", text: "app=web,env=prod" },
      ],
      choices: [
        { id: "has-key", text: "Objects that have a tier label, whatever its value" },
        { id: "no-key", text: "Objects without a tier label" },
        { id: "not-dev-test", text: "Objects whose env is neither dev nor test, including those with no env label" },
        { id: "both", text: "Objects that have both app=web and env=prod" },
        { id: "either", text: "Objects that have app=web or env=prod" },
      ],
    },
    {
      id: "relabel",
      type: "single",
      prompt: "A Deployment's Pods are selected by `app=web`. You run `kubectl label pod web-abc12 app=debug --overwrite`. What happens?",
      options: [
        { id: "released", text: "The ReplicaSet releases the Pod and creates a replacement; the old Pod keeps running" },
        { id: "reverted", text: "The ReplicaSet controller sets the label back to app=web" },
        { id: "deleted", text: "The ReplicaSet controller deletes the relabelled Pod" },
        { id: "refused", text: "The API server refuses to change the label of a Pod that has an owner" },
      ],
    },
    {
      id: "annotation-select",
      type: "true-false",
      prompt: "You can list the Pods that carry a given annotation with `kubectl get pods -l <annotation>=<value>`.",
      justifications: [
        { id: "labels-only", text: "Selectors only ever read labels; annotations are metadata for tools and people." },
        { id: "both", text: "Selectors read labels and annotations alike." },
        { id: "prefix", text: "They can, provided the annotation key has a prefix like example.com/." },
        { id: "short", text: "They can, provided the annotation value is 63 characters or fewer." },
      ],
    },
    {
      id: "label-or-annotation",
      type: "matching",
      prompt: "Label or annotation?",
      items: [
        { id: "env", text: "env: prod, used by a Service's selector" },
        { id: "commit", text: "The Git commit and build URL of the image" },
        { id: "cause", text: "kubernetes.io/change-cause for rollout history" },
        { id: "team", text: "team: payments, used to list a team's Pods with -l" },
      ],
      choices: [
        { id: "label", text: "Label" },
        { id: "annotation", text: "Annotation" },
      ],
    },
    {
      id: "overwrite",
      type: "single",
      prompt: "`db-1` already has `tier=data`. What does `kubectl label pod db-1 tier=cache` do?",
      options: [
        { id: "error", text: "Fails: changing an existing value needs --overwrite" },
        { id: "changes", text: "Changes the value to cache" },
        { id: "adds", text: "Adds a second tier label, so the Pod has both values" },
        { id: "removes", text: "Removes the tier label" },
      ],
    },
    {
      id: "label-by-selector",
      type: "command",
      prompt:
        "The Deployment `web` runs 3 Pods labelled `app=web`. Add the label `tier=frontend` to all three with one command, without naming any Pod. Your command runs in a fresh simulated cluster.",
      cluster: {
        seed: 5,
        nodes: 3,
        objects: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
`,
      },
    },
  ],
});
