import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionIds } from "./model";
import { hashSeed, seededShuffle, shuffleQuestion, shuffleQuiz } from "./shuffle";
import { fixtureKey, fixtureQuiz } from "./testing/fixture";

describe("seededShuffle", () => {
  it("is a permutation of its input", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        const out = seededShuffle(items, seed);
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });
  it("is stable: the same seed gives the same order, and the input is untouched", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 12 }), fc.string(), (items, seed) => {
        const copy = [...items];
        expect(seededShuffle(items, seed)).toEqual(seededShuffle(items, seed));
        expect(items).toEqual(copy);
      }),
    );
  });
  it("pins the order for a known seed (changing the algorithm reshuffles every learner)", () => {
    expect(seededShuffle(["a", "b", "c", "d", "e"], "learner-1:q1")).toEqual(["a", "d", "b", "e", "c"]);
    expect(hashSeed("learner-1:q1")).toBe(hashSeed("learner-1:q1"));
    expect(hashSeed("learner-1:q1")).not.toBe(hashSeed("learner-2:q1"));
  });
  it("gives different learners different orders (not always the authored one)", () => {
    const items = ["a", "b", "c", "d", "e"];
    const orders = new Set(Array.from({ length: 50 }, (_, i) => seededShuffle(items, `learner-${i}:q`).join("")));
    expect(orders.size).toBeGreaterThan(20);
  });
  it("spreads every item over every position (roughly uniform)", () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[seededShuffle([0, 1, 2, 3], `u${i}:q`).indexOf(0)]!++;
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });
});

describe("shuffleQuiz", () => {
  it("keeps the question order and each question's option set, and is stable per learner", () => {
    fc.assert(
      fc.property(fc.string(), (learner) => {
        const a = shuffleQuiz(fixtureQuiz, learner);
        expect(a.questions.map((q) => q.id)).toEqual(fixtureQuiz.questions.map((q) => q.id));
        a.questions.forEach((q, i) => expect([...optionIds(q)].sort()).toEqual([...optionIds(fixtureQuiz.questions[i]!)].sort()));
        expect(shuffleQuiz(fixtureQuiz, learner)).toEqual(a);
      }),
    );
  });
  it("shuffles matching choices but keeps the items in authored order", () => {
    const q = fixtureQuiz.questions.find((x) => x.type === "matching")!;
    for (let i = 0; i < 20; i++) {
      const s = shuffleQuestion(q, `l${i}`);
      if (s.type !== "matching") throw new Error("type");
      expect(s.items).toEqual(q.items);
    }
  });
  it("never presents an ordering question already solved", () => {
    const right = (fixtureKey.keys.order as { order: string[] }).order;
    fc.assert(
      fc.property(fc.string(), (learner) => {
        const q = shuffleQuiz(fixtureQuiz, learner, { order: right }).questions.find((x) => x.id === "order")!;
        expect(optionIds(q)).not.toEqual(right);
      }),
      { numRuns: 300 },
    );
  });
});
