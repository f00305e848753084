// Property tests for quiz submissions (fast-check, fixed seeds): arbitrary JSON, forged ids,
// prototype keys and well-shaped answers built from each quiz's own ids never throw out of
// parseSubmission/gradeQuiz; a refusal names the offending field; a grade is always within
// 0..maxScore with one result per question, and forged fields (score, passed) are refused.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUIZZES } from "./catalog";
import { gradeQuiz } from "./grade";
import type { PublicQuestion, PublicQuiz } from "./model";
import { findQuizKey } from "./server/keys";
import { parseSubmission } from "./submission";

const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "", "answers", "score"];
const key = fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/);

/** An answer in the question's shape, from its ids plus some forged ones. */
function answerFor(q: PublicQuestion): fc.Arbitrary<unknown> {
  const forged = fc.constantFrom("forged", "__proto__", "", "x".repeat(300));
  switch (q.type) {
    case "single":
      return fc.record({ type: fc.constant("single"), choice: fc.oneof(fc.constantFrom(...q.options.map((o) => o.id)), forged) });
    case "multiple":
      return fc.record({ type: fc.constant("multiple"), choices: fc.array(fc.oneof(fc.constantFrom(...q.options.map((o) => o.id)), forged), { maxLength: q.options.length + 2 }) });
    case "true-false":
      return fc.record({ type: fc.constant("true-false"), verdict: fc.oneof(fc.boolean(), fc.constant("true" as unknown as boolean)), justification: fc.option(fc.oneof(fc.constantFrom(...q.justifications.map((o) => o.id)), forged), { nil: undefined }) });
    case "ordering":
      return fc.record({ type: fc.constant("ordering"), order: fc.oneof(fc.shuffledSubarray(q.items.map((o) => o.id), { minLength: q.items.length, maxLength: q.items.length }), fc.array(fc.oneof(fc.constantFrom(...q.items.map((o) => o.id)), forged), { maxLength: q.items.length + 1 })) });
    case "matching":
      return fc.record({ type: fc.constant("matching"), pairs: fc.dictionary(fc.oneof(fc.constantFrom(...q.items.map((o) => o.id)), forged), fc.oneof(fc.constantFrom(...q.choices.map((o) => o.id)), forged), { maxKeys: q.items.length + 1 }) });
    case "numeric":
      return fc.record({ type: fc.constant("numeric"), value: fc.oneof(fc.integer(), fc.double(), fc.constant(Number.NaN), fc.constant("3" as unknown as number)) });
    case "command":
      return fc.record({ type: fc.constant("command"), command: fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom("kubectl get pods", "k delete pod --all", "rm -rf /", "kubectl\nget pods", "x".repeat(1200)), fc.constant(3 as unknown as string)) });
    case "predict":
      return fc.record({ type: fc.constant("predict"), value: fc.oneof(fc.integer(), fc.double(), fc.constant(Number.NaN)) });
  }
}

function submission(quiz: PublicQuiz): fc.Arbitrary<unknown> {
  const answers = fc.record(Object.fromEntries(quiz.questions.map((q) => [q.id, answerFor(q)])), { requiredKeys: [] });
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ idempotencyKey: key, answers }) },
    // Forged grading fields next to real answers.
    { weight: 1, arbitrary: fc.record({ idempotencyKey: key, answers, score: fc.integer(), passed: fc.constant(true) }) },
    { weight: 1, arbitrary: fc.record({ idempotencyKey: key, answers: fc.dictionary(fc.constantFrom(...HOSTILE_KEYS), fc.jsonValue({ maxDepth: 2 })) }) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  );
}

describe("quiz submission fuzz (fast-check)", () => {
  for (const quiz of QUIZZES) {
    it(`${quiz.id}: never throws; refusals name fields; grades stay in range`, () => {
      const k = findQuizKey(quiz.id)!;
      fc.assert(
        fc.property(submission(quiz), (body) => {
          const parsed = parseSubmission(quiz, JSON.parse(JSON.stringify(body ?? null)));
          if (!parsed.ok) {
            expect(Object.keys(parsed.errors).length).toBeGreaterThan(0);
            for (const message of Object.values(parsed.errors)) expect(typeof message).toBe("string");
            return;
          }
          expect(Object.keys(parsed.value).sort()).toEqual(["answers", "idempotencyKey"]);
          const grade = gradeQuiz(quiz, k, parsed.value.answers);
          expect(grade.results).toHaveLength(quiz.questions.length);
          expect(grade.score).toBeGreaterThanOrEqual(0);
          expect(grade.score).toBeLessThanOrEqual(grade.maxScore);
          expect(grade.percent).toBe(grade.maxScore > 0 ? Math.floor((grade.score * 100) / grade.maxScore) : 0);
        }),
        { seed: 11, numRuns: 80 },
      );
    });
  }

  it("forged score/passed fields are refused, never believed", () => {
    const quiz = QUIZZES[0]!;
    const r = parseSubmission(quiz, { idempotencyKey: "forged-0001", answers: {}, score: 600, passed: true });
    expect(r.ok).toBe(false);
    // gradeQuiz ignores anything that is not an answer it knows.
    const g = gradeQuiz(quiz, findQuizKey(quiz.id)!, { __proto__: { score: 1e9 }, score: 600 } as unknown);
    expect(g.score).toBe(0);
  });
});
