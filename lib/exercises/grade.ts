// Grading = validate the log, replay it with the checks watching, then ask each check for its
// verdict. Every failure mode is data: a malformed log, a replay past the CPU budget or a
// simulator error come back as { ok: false, error }, never as an exception.
import { actionLogSchema, issueMessages, type Action } from "./action-log";
import { replay } from "./replay";
import { clusterView } from "./sim-adapter";
import { stateHash } from "./state-hash";
import type { CheckResult, CheckRun, ClusterView, Exercise, ExerciseChecks, ObjectChange } from "./types";

export interface GradeReport {
  results: CheckResult[];
  score: number;
  maxScore: number;
  passed: boolean;
  /** stateHash of the cluster after the replay. */
  stateHash: string;
  /** Virtual time the replay ended at. */
  virtualMs: number;
}

export type GradeErrorCode = "invalid-log" | "budget-exceeded" | "replay-failed";
export type GradeOutcome = { ok: true; report: GradeReport } | { ok: false; error: { code: GradeErrorCode; message: string; details?: string[] } };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Grading as steps: yields between replay steps; the result is the generator's return value. */
export function* gradeSteps(exercise: Exercise, checks: ExerciseChecks, log: unknown): Generator<void, GradeOutcome> {
  const parsed = actionLogSchema.safeParse(log);
  if (!parsed.success) {
    return { ok: false, error: { code: "invalid-log", message: "The action log is not valid.", details: issueMessages(parsed.error) } };
  }
  const actions: Action[] = parsed.data;
  try {
    const runs: CheckRun[] = checks.checks.map((c) => c.start());
    const observer = {
      begin: (start: ClusterView) => runs.forEach((r) => r.begin?.(start)),
      change: (change: ObjectChange) => {
        for (const r of runs) r.onChange?.(change);
      },
    };
    const { cluster, records } = yield* replay(exercise, actions, observer);
    const ctx = { cluster: clusterView(cluster), actions: records };
    const results: CheckResult[] = checks.checks.map((check, i) => {
      try {
        const o = runs[i]!.finish(ctx);
        return { id: check.id, passed: o.pass, message: o.message };
      } catch (e) {
        return { id: check.id, passed: false, message: `This check could not run: ${errorText(e)}` };
      }
    });
    const score = results.filter((r) => r.passed).length;
    return {
      ok: true,
      report: { results, score, maxScore: results.length, passed: score === results.length && results.length > 0, stateHash: stateHash(cluster), virtualMs: cluster.now() },
    };
  } catch (e) {
    return { ok: false, error: { code: "replay-failed", message: `The replay failed: ${errorText(e)}` } };
  }
}

export interface GradeOptions {
  /** Asked between steps; true stops the replay with "budget-exceeded". */
  shouldStop?: () => boolean;
}

/** Runs gradeSteps to the end on the calling thread. */
export function grade(exercise: Exercise, checks: ExerciseChecks, log: unknown, options: GradeOptions = {}): GradeOutcome {
  const steps = gradeSteps(exercise, checks, log);
  for (;;) {
    let next: IteratorResult<void, GradeOutcome>;
    try {
      next = steps.next();
    } catch (e) {
      return { ok: false, error: { code: "replay-failed", message: `The replay failed: ${errorText(e)}` } };
    }
    if (next.done) return next.value;
    if (options.shouldStop?.()) return budgetExceeded();
  }
}

export const budgetExceeded = (): GradeOutcome => ({
  ok: false,
  error: { code: "budget-exceeded", message: "Replaying this attempt took longer than the grader allows. Try again with fewer or smaller actions." },
});
