import "server-only";
// Runs a grading on the server without holding the event loop: the replay is a generator, so
// it runs in slices of a few milliseconds with a macrotask turn between slices (other requests
// get served in between), and the CPU time of its own slices is capped. Past the cap the
// attempt is refused with "budget-exceeded" (the endpoint answers 422).
//
// Why not a worker_threads pool: the grader needs the simulator and every exercise's checks,
// which Next.js compiles into its server bundle; a worker would need its own separately built
// entry (and its own copy of them), which this project's build does not produce yet. Slicing
// gives the property that matters — one heavy replay cannot stall other requests for more
// than one slice — at no extra build cost. A pool can run the same gradeSteps later.
import { budgetExceeded, gradeSteps, type GradeOutcome } from "../grade";
import type { Exercise, ExerciseChecks } from "../types";

export interface GradingBudget {
  /** CPU time the replay may use, in ms (its own slices only, not time spent waiting). */
  cpuMs: number;
  /** Work between two yields to the event loop, in ms. */
  sliceMs: number;
}

export const DEFAULT_BUDGET: GradingBudget = { cpuMs: 1000, sliceMs: 8 };

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function gradeOffLoop(
  exercise: Exercise,
  checks: ExerciseChecks,
  log: unknown,
  budget: GradingBudget = DEFAULT_BUDGET,
  clock: () => number = () => performance.now(),
): Promise<{ outcome: GradeOutcome; cpuMs: number }> {
  const steps = gradeSteps(exercise, checks, log);
  let used = 0;
  for (;;) {
    const sliceStart = clock();
    for (;;) {
      let next: IteratorResult<void, GradeOutcome>;
      try {
        next = steps.next();
      } catch (e) {
        return { outcome: { ok: false, error: { code: "replay-failed", message: `The replay failed: ${e instanceof Error ? e.message : String(e)}` } }, cpuMs: used + clock() - sliceStart };
      }
      const elapsed = clock() - sliceStart;
      if (next.done) return { outcome: next.value, cpuMs: used + elapsed };
      if (used + elapsed > budget.cpuMs) {
        steps.return(undefined as never);
        return { outcome: budgetExceeded(), cpuMs: used + elapsed };
      }
      if (elapsed >= budget.sliceMs) break;
    }
    used += clock() - sliceStart;
    await nextTurn();
  }
}
