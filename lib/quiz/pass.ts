// Pass/fail from stored scores, shared by grading, the completion rule and the instructor
// matrix. Kept apart from grade.ts, which runs the simulator for command and predict
// questions, so pages that only need this rule do not load the simulator.

/** score/maxScore ≥ passMark, compared in integers so 0.8 × 500 has no float wobble. */
export function isPassing(score: number, maxScore: number, passMark: number): boolean {
  if (maxScore <= 0) return false;
  return score * 1000 >= Math.round(passMark * 1000) * maxScore;
}
