import { afterAll, describe, expect, it } from "vitest";
import { checks } from "@/content/01-why-kubernetes/02-cluster-anatomy/exercise.checks";
import { exercise } from "@/content/01-why-kubernetes/02-cluster-anatomy/exercise";
import { grade } from "../grade";
import { bundleGradingWorker, createGrader, type Grader } from "./grader";

// The real worker: grading-worker.ts bundled by esbuild, as the server runs it.
const code = bundleGradingWorker();
const graders: Grader[] = [];
const make = (options: Parameters<typeof createGrader>[0] = {}) => {
  const g = createGrader({ code, size: 2, ...options });
  graders.push(g);
  return g;
};
afterAll(async () => {
  await Promise.all(graders.map((g) => g.close()));
});

describe("grader (worker threads)", () => {
  it("gives the same verdict as grading on the calling thread, for right and wrong logs", async () => {
    const g = make();
    const wrong = checks.wrong![0]!.actions;
    const [right, bad] = await Promise.all([g.grade(exercise.id, checks.reference), g.grade(exercise.id, wrong)]);
    expect(right).toEqual(grade(exercise, checks, checks.reference));
    expect(right.ok && right.report.passed).toBe(true);
    expect(bad).toEqual(grade(exercise, checks, wrong));
    expect(bad.ok && bad.report.passed).toBe(false);
  }, 60_000);

  it("refuses a replay past the budget with budget-exceeded, and the next one still grades", async () => {
    const g = make({ size: 1, budgetMs: 0 });
    expect(await g.grade(exercise.id, checks.reference)).toMatchObject({ ok: false, error: { code: "budget-exceeded" } });
    const roomy = make({ size: 1 });
    expect(await roomy.grade(exercise.id, checks.reference)).toMatchObject({ ok: true });
  }, 60_000);

  it("an invalid log is the learner's error (invalid-log), an unknown exercise replay-failed", async () => {
    const g = make({ size: 1 });
    expect(await g.grade(exercise.id, [{ at: 5, kind: "wait" }, { at: 1, kind: "wait" }])).toMatchObject({ ok: false, error: { code: "invalid-log" } });
    expect(await g.grade("no-such-exercise", [])).toMatchObject({ ok: false, error: { code: "replay-failed" } });
  }, 60_000);

  it("a worker bundle that does not start is a grader-failed answer, not an exception", async () => {
    const g = make({ code: Promise.reject(new Error("no esbuild")) });
    expect(await g.grade(exercise.id, checks.reference)).toMatchObject({ ok: false, error: { code: "grader-failed", message: expect.stringContaining("no esbuild") } });
  });
});
