import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { initialDrafts, moveItem, parseNumber, toAnswer, toAnswers } from "./draft";
import { gradeQuiz } from "./grade";
import { parseSubmission } from "./submission";
import { fixtureKey, fixtureQuiz } from "./testing/fixture";

const q = (id: string) => fixtureQuiz.questions.find((x) => x.id === id)!;

describe("quiz form drafts", () => {
  it("starts ordering questions from the shown order and everything else empty", () => {
    const drafts = initialDrafts(fixtureQuiz);
    expect(drafts.order).toEqual({ order: ["c", "a", "b"] });
    expect(toAnswers(fixtureQuiz, drafts)).toEqual({ order: { type: "ordering", order: ["c", "a", "b"] } });
  });

  it("turns drafts into answers only when something was chosen", () => {
    expect(toAnswer(q("single"), { choice: "etcd" })).toEqual({ type: "single", choice: "etcd" });
    expect(toAnswer(q("single"), {})).toBeUndefined();
    expect(toAnswer(q("multi"), { choices: [] })).toBeUndefined();
    expect(toAnswer(q("tf"), { justification: "binds" })).toBeUndefined();
    expect(toAnswer(q("tf"), { verdict: false })).toEqual({ type: "true-false", verdict: false });
    expect(toAnswer(q("match"), { pairs: { x: "", y: "two" } })).toEqual({ type: "matching", pairs: { y: "two" } });
    expect(toAnswer(q("num"), { text: " 4 " })).toEqual({ type: "numeric", value: 4 });
    expect(toAnswer(q("num"), { text: "four" })).toBeUndefined();
  });

  it("a verdict without a reason is a valid submission worth half", () => {
    const answers = { tf: toAnswer(q("tf"), { verdict: false })! };
    expect(parseSubmission(fixtureQuiz, { idempotencyKey: "draft-test-1", answers }).ok).toBe(true);
    expect(gradeQuiz(fixtureQuiz, fixtureKey, answers).results[2]!.points).toBe(50);
  });

  it("parses numbers as people type them", () => {
    expect(["3", " 3 ", "2.5", "2,5", "-1", ".5", "1e3"].map(parseNumber)).toEqual([3, 3, 2.5, 2.5, -1, 0.5, 1000]);
    expect(["", "3 pods", "1.2.3", "Infinity", "0x10", "1e999"].map(parseNumber)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it("moveItem swaps neighbours and ignores moves past either end", () => {
    expect(moveItem(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.string()), fc.integer({ min: -2, max: 20 }), fc.constantFrom(-1 as const, 1 as const), (order, i, d) => {
        expect([...moveItem(order, i, d)].sort()).toEqual([...order].sort());
      }),
    );
  });
});
