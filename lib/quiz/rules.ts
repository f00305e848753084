import type { QuestionType } from "./model";

// How each question type is scored, in words. The grader implements exactly these rules
// (grade.ts) and the UI prints the same sentence under each question, so the learner knows
// the rule before answering.
export const SCORING_RULES: Record<QuestionType, string> = {
  single: "One answer is right: full marks for it, none otherwise.",
  multiple:
    "Select every right answer. Each right option you select earns an equal share of the marks, each wrong option you select takes one share away, and the score never goes below zero.",
  "true-false": "Say whether the statement is true and pick the reason. Right verdict and right reason: full marks; right verdict, wrong reason: half marks; wrong verdict: none.",
  ordering: "Put the steps in order. Full marks only when every step is in its place.",
  matching: "Match every item. Each correct match earns an equal share of the marks.",
  numeric: "Enter a number. Full marks when it equals the answer, within the tolerance the question allows (none for counts).",
  command: "Type one kubectl command. It runs in a fresh simulated cluster: full marks when the cluster ends up as asked, whatever command got it there.",
  predict: "Predict the number, then see what the simulator really does. Full marks when your prediction matches exactly.",
};
