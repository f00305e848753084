import { describe, expect, it } from "vitest";
import { isLessonComplete } from "./completion";
import { parseSubmission } from "./submission";
import { fixtureQuiz, fixtureRightAnswers } from "./testing/fixture";

const body = (answers: unknown, extra: Record<string, unknown> = {}) => ({ idempotencyKey: "attempt-0001", answers, ...extra });

describe("parseSubmission", () => {
  it("accepts a full set of well-formed answers, and a partial one", () => {
    expect(parseSubmission(fixtureQuiz, body(fixtureRightAnswers))).toMatchObject({ ok: true });
    expect(parseSubmission(fixtureQuiz, body({ single: fixtureRightAnswers.single }))).toMatchObject({ ok: true });
  });
  it("rejects unknown question ids", () => {
    expect(parseSubmission(fixtureQuiz, body({ nope: { type: "single", choice: "etcd" } }))).toEqual({
      ok: false,
      errors: { "answers.nope": "is not a field of this quiz" },
    });
  });
  it("rejects forged option ids and answers of the wrong type", () => {
    const forged = parseSubmission(fixtureQuiz, body({ single: { type: "single", choice: "etcd-forged" } }));
    expect(forged.ok).toBe(false);
    expect(Object.keys(forged.ok ? {} : forged.errors)).toEqual(["answers.single.choice"]);
    expect(parseSubmission(fixtureQuiz, body({ single: { type: "multiple", choices: ["etcd"] } })).ok).toBe(false);
    expect(parseSubmission(fixtureQuiz, body({ match: { type: "matching", pairs: { x: "one", z: "two" } } })).ok).toBe(false);
    expect(parseSubmission(fixtureQuiz, body({ match: { type: "matching", pairs: { x: "forged" } } })).ok).toBe(false);
  });
  it("rejects wrong shapes: duplicates, short orders, extra fields, non-finite numbers", () => {
    const bad = [
      body({ multi: { type: "multiple", choices: ["kubelet", "kubelet"] } }),
      body({ order: { type: "ordering", order: ["a", "b"] } }),
      body({ order: { type: "ordering", order: ["a", "a", "b"] } }),
      body({ single: { type: "single", choice: "etcd", correct: true } }),
      body({ num: { type: "numeric", value: "4" } }),
      body({ num: { type: "numeric", value: Infinity } }),
      body({ num: { type: "numeric", value: 1e12 } }),
      body({}, { score: 600 }),
      { answers: {} },
      body([]),
      null,
      "answers",
    ];
    for (const b of bad) expect(parseSubmission(fixtureQuiz, b).ok, JSON.stringify(b)).toBe(false);
  });
  it("validates the idempotency key", () => {
    for (const key of ["short", "x".repeat(101), "has space 123", 12345678]) {
      expect(parseSubmission(fixtureQuiz, { idempotencyKey: key, answers: {} }).ok).toBe(false);
    }
  });
});

describe("isLessonComplete: every part the lesson has must pass", () => {
  it.each([
    [{ exercise: "absent", quiz: "passed" }, true],
    [{ exercise: "absent", quiz: "not-passed" }, false],
    [{ exercise: "passed", quiz: "passed" }, true],
    [{ exercise: "not-passed", quiz: "passed" }, false],
    [{ exercise: "passed", quiz: "not-passed" }, false],
    [{ exercise: "passed", quiz: "absent" }, true],
    [{ exercise: "absent", quiz: "absent" }, false],
  ] as const)("%j → %s", (parts, expected) => {
    expect(isLessonComplete(parts)).toBe(expected);
  });
});
