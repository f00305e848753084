import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "07-rollouts-and-rollbacks.02-history-and-rollback",
  canary: "RECONCILE-ANSWER-KEY-CANARY-2c94d7e1",
  keys: {
    renumbering: {
      type: "single",
      correct: "1-3-4",
      explanations: {
        "1-3-4": "Right. The v2 ReplicaSet becomes current again and gets the next number, 4; a template is listed once, under its latest number.",
        "1-2-3-4": "No copy is made: the existing v2 ReplicaSet is reused, and it moves from number 2 to 4.",
        "1-2": "The v3 ReplicaSet is kept (scaled to 0), as a revision you could go back to.",
        "1-2-3": "History only moves forward: the revision that becomes current gets a new, higher number.",
      },
    },
    "auto-rollback": {
      type: "true-false",
      answer: false,
      justification: "reports",
      explanations: {
        reports: "Right. The docs say it plainly: Kubernetes takes no action on a stalled Deployment other than reporting the condition.",
        "rolls-back": "A common belief, and wrong: the bad template stays until someone changes it.",
        deletes: "Both ReplicaSets stay; the new one keeps its failing Pods.",
        pauses: "Pausing is only ever done by a user (kubectl rollout pause).",
      },
    },
    "change-cause": {
      type: "multiple",
      correct: ["annotate", "manifest"],
      explanations: {
        annotate: "The controller copies the Deployment's annotations onto the current ReplicaSet, so the new revision gets it.",
        manifest: "The annotation arrives with the template change and is copied to the new revision.",
        comment: "Comments never reach the API server.",
        "pod-label": "CHANGE-CAUSE reads the kubernetes.io/change-cause annotation, not labels.",
        event: "Nothing is written for you (the deprecated --record flag used to write the command line into the annotation).",
      },
    },
    "stuck-serving": {
      type: "numeric",
      answer: 6,
      tolerance: 0,
      explanation: "25% of 8 is 2, both ways: at most 10 Pods, at least 6 available. The old ReplicaSet goes down to 6, the new one up to 4 Pods that never become available, and nothing moves after that.",
    },
    recover: {
      type: "ordering",
      order: ["status", "pods", "history", "revision", "undo", "confirm"],
      explanation: "Notice the failure, find its cause, choose the revision to go back to and check it, roll back, then confirm that the rollback (itself a rollout) finished.",
    },
    commands: {
      type: "matching",
      pairs: { pause: "hold", resume: "one-rollout", undo: "copy-back", history: "show" },
      explanations: {
        pause: "spec.paused: true. The controller still scales, but creates no new ReplicaSet, and the progress deadline is not checked.",
        resume: "spec.paused: false. The current template, with all changes made while paused, rolls out once.",
        undo: "Undo patches the Deployment with that revision's template (and its change-cause); the controller does the rest.",
        history: "--revision shows the details of one revision without changing anything.",
      },
    },
  },
});
