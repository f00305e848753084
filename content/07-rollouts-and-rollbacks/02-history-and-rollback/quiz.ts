import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "07-rollouts-and-rollbacks.02-history-and-rollback",
  lesson: "07-rollouts-and-rollbacks/02-history-and-rollback",
  title: "Check your understanding",
  questions: [
    {
      id: "renumbering",
      type: "single",
      prompt: "A Deployment is created with image v1, then set to v2, then to v3. Then you run `kubectl rollout undo deployment/web`. Which revisions does `kubectl rollout history` list now?",
      options: [
        { id: "1-3-4", text: "1, 3 and 4: the v2 template comes back as revision 4" },
        { id: "1-2-3-4", text: "1, 2, 3 and 4: the rollback adds a copy of revision 2" },
        { id: "1-2", text: "1 and 2: revision 3 is deleted by the rollback" },
        { id: "1-2-3", text: "1, 2 and 3, with 2 marked as current" },
      ],
    },
    {
      id: "auto-rollback",
      type: "true-false",
      prompt: "When a rollout exceeds its `progressDeadlineSeconds`, the Deployment controller rolls the Deployment back to its previous revision.",
      justifications: [
        { id: "reports", text: "The controller only sets Progressing=False with reason ProgressDeadlineExceeded; rolling back is up to you or your tooling." },
        { id: "rolls-back", text: "That is what the deadline is for: the previous ReplicaSet is scaled back up." },
        { id: "deletes", text: "It deletes the new ReplicaSet, which leaves the old one in place." },
        { id: "pauses", text: "It pauses the Deployment so that you can roll back." },
      ],
    },
    {
      id: "change-cause",
      type: "multiple",
      prompt: "Which of these make `kubectl rollout history` show a CHANGE-CAUSE for the new revision?",
      options: [
        { id: "annotate", text: "`kubectl annotate deployment/web kubernetes.io/change-cause='new layout' --overwrite` right after the change" },
        { id: "manifest", text: "`kubernetes.io/change-cause` under the Deployment's `metadata.annotations`, in the manifest applied with the change" },
        { id: "comment", text: "A `# new layout` comment above the image line in the YAML file" },
        { id: "pod-label", text: "A `change-cause` label on the Pod template" },
        { id: "event", text: "Nothing: the Deployment controller writes the command that caused the change" },
      ],
    },
    {
      id: "stuck-serving",
      type: "numeric",
      prompt: "A Deployment with 8 replicas and the default 25% / 25% strategy is updated to an image that does not exist. Once the rollout is stuck, how many Pods of the old version are still running?",
      unit: "Pods",
      min: 0,
      max: 100,
    },
    {
      id: "recover",
      type: "ordering",
      prompt: "A release is stuck. Put the steps of a careful recovery in order.",
      items: [
        { id: "undo", text: "`kubectl rollout undo deployment/web --to-revision=4`" },
        { id: "history", text: "`kubectl rollout history deployment/web` to list the revisions" },
        { id: "status", text: "`kubectl rollout status deployment/web` reports that the progress deadline was exceeded" },
        { id: "confirm", text: "`kubectl rollout status deployment/web` says it successfully rolled out" },
        { id: "pods", text: "`kubectl get pods` shows the new Pods in ImagePullBackOff" },
        { id: "revision", text: "`kubectl rollout history deployment/web --revision=4` to check that revision's image" },
      ],
    },
    {
      id: "commands",
      type: "matching",
      prompt: "Match each command with what it does.",
      items: [
        { id: "pause", text: "`kubectl rollout pause deployment/web`" },
        { id: "resume", text: "`kubectl rollout resume deployment/web`" },
        { id: "undo", text: "`kubectl rollout undo deployment/web --to-revision=2`" },
        { id: "history", text: "`kubectl rollout history deployment/web --revision=2`" },
      ],
      choices: [
        { id: "hold", text: "Later template changes start no rollout (scaling still works)" },
        { id: "one-rollout", text: "Rolls out every template change made in the meantime, as one rollout" },
        { id: "copy-back", text: "Copies revision 2's Pod template back into the Deployment, which rolls it out" },
        { id: "show", text: "Prints revision 2's Pod template" },
        { id: "delete", text: "Deletes every revision after 2" },
      ],
    },
  ],
});
