// When a lesson counts as complete: every part the lesson has must be passed. A lesson's
// parts are its exercise (issue 6) and its quiz; "absent" means the lesson has no such part,
// so a lesson with only a quiz completes when the quiz passes.

export type PartStatus = "absent" | "not-passed" | "passed";

export interface LessonParts {
  exercise: PartStatus;
  quiz: PartStatus;
}

export function isLessonComplete(parts: LessonParts): boolean {
  const statuses = [parts.exercise, parts.quiz];
  // A lesson with neither part is completed by reading it, which is not decided here.
  if (statuses.every((s) => s === "absent")) return false;
  return statuses.every((s) => s !== "not-passed");
}
