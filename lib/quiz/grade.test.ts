import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gradeQuestion, gradeQuiz } from "./grade";
import { isPassing } from "./pass";
import type { PublicQuestion, QuestionKey } from "./model";
import { fixtureKey, fixtureQuiz, fixtureRightAnswers } from "./testing/fixture";

const question = (id: string): PublicQuestion => fixtureQuiz.questions.find((q) => q.id === id)!;
const key = (id: string): QuestionKey => fixtureKey.keys[id]!;
const grade = (id: string, answer: unknown) => gradeQuestion(question(id), key(id), answer);
const points = (id: string, answer: unknown) => grade(id, answer).points;

describe("single choice", () => {
  it("gives full marks for the right option only", () => {
    expect(points("single", { type: "single", choice: "etcd" })).toBe(100);
    expect(points("single", { type: "single", choice: "kubelet" })).toBe(0);
  });
  it("explains every option and marks the selected one", () => {
    const r = grade("single", { type: "single", choice: "kubelet" });
    expect(r.summary).toBe("Incorrect");
    expect(r.detail).toEqual({
      type: "single",
      options: [
        { id: "etcd", text: "etcd", selected: false, correct: true, explanation: "Yes, etcd." },
        { id: "kubelet", text: "kubelet", selected: true, correct: false, explanation: "No, the kubelet runs Pods." },
        { id: "proxy", text: "kube-proxy", selected: false, correct: false, explanation: "No, networking." },
      ],
    });
  });
  it("treats an option id that is not in the question as unanswered", () => {
    const r = grade("single", { type: "single", choice: "constructor" });
    expect([r.answered, r.points, r.summary]).toEqual([false, 0, "Not answered"]);
  });
});

describe("multiple choice partial credit: +1 share per right option, −1 per wrong one, floor 0", () => {
  const m = (...choices: string[]) => points("multi", { type: "multiple", choices });
  it.each([
    [["kubelet", "proxy"], 100],
    [["kubelet"], 50],
    [["kubelet", "proxy", "sched"], 50],
    [["kubelet", "sched"], 0],
    [["sched", "etcd"], 0],
    [["kubelet", "proxy", "sched", "etcd"], 0],
    [[], 0],
  ])("%j → %i points", (choices, expected) => {
    expect(m(...choices)).toBe(expected);
  });
  it("an empty selection is an answer (scored zero), a missing one is not", () => {
    expect(grade("multi", { type: "multiple", choices: [] }).answered).toBe(true);
    expect(grade("multi", undefined).answered).toBe(false);
  });
  it("ignores duplicated and unknown ids instead of counting them twice", () => {
    expect(m("kubelet", "kubelet", "nope")).toBe(50);
  });
  it("summarises partial credit", () => {
    expect(grade("multi", { type: "multiple", choices: ["kubelet"] }).summary).toBe("Partly right: 50%");
  });
});

describe("true/false with justification", () => {
  const tf = (verdict: unknown, justification: unknown) => points("tf", { type: "true-false", verdict, justification });
  it("full marks need the right verdict and the right reason", () => {
    expect(tf(false, "binds")).toBe(100);
  });
  it("the right verdict with the wrong reason earns half", () => {
    expect(tf(false, "starts")).toBe(50);
    expect(tf(false, undefined)).toBe(50);
  });
  it("the wrong verdict earns nothing, whatever the reason", () => {
    expect(tf(true, "binds")).toBe(0);
    expect(tf(true, "starts")).toBe(0);
  });
  it("reports the right verdict and explains every reason", () => {
    const r = grade("tf", { type: "true-false", verdict: true, justification: "starts" });
    expect(r.detail).toMatchObject({ type: "true-false", verdict: true, answer: false });
    if (r.detail.type !== "true-false") throw new Error("type");
    expect(r.detail.justifications.map((j) => [j.id, j.selected, j.correct])).toEqual([["binds", false, true], ["starts", true, false]]);
  });
});

describe("ordering (all or nothing, positions reported)", () => {
  const o = (...order: string[]) => grade("order", { type: "ordering", order });
  it("gives full marks for the exact order", () => {
    expect(o("a", "b", "c").points).toBe(100);
  });
  it("gives nothing for any other permutation but shows which steps are in place", () => {
    const r = o("a", "c", "b");
    expect(r.points).toBe(0);
    if (r.detail.type !== "ordering") throw new Error("type");
    expect(r.detail.inPlace).toEqual([true, false, false]);
    expect(r.detail.order.map((i) => i.id)).toEqual(["a", "b", "c"]);
  });
  it("does not accept a list that is not a permutation of the items", () => {
    expect(o("a", "b").answered).toBe(false);
    expect(o("a", "a", "b").answered).toBe(false);
    expect(o("a", "b", "z").answered).toBe(false);
  });
});

describe("matching (equal share per right pair)", () => {
  const mt = (pairs: unknown) => grade("match", { type: "matching", pairs });
  it("scores each pair", () => {
    expect(mt({ x: "one", y: "two" }).points).toBe(100);
    expect(mt({ x: "one", y: "three" }).points).toBe(50);
    expect(mt({ x: "one" }).points).toBe(50);
    expect(mt({ x: "two", y: "one" }).points).toBe(0);
  });
  it("feeds back the right choice for every item", () => {
    const r = mt({ x: "three" });
    if (r.detail.type !== "matching") throw new Error("type");
    expect(r.detail.items[0]).toEqual({ id: "x", text: "X", chosen: "three", chosenText: "Three", correct: "one", correctText: "One", ok: false, explanation: "X is one." });
    expect(r.detail.items[1]).toMatchObject({ chosen: null, chosenText: null, ok: false });
  });
  it("ignores inherited keys and unknown choices", () => {
    expect(mt(JSON.parse('{"__proto__": {"x": "one"}, "y": "nope"}')).answered).toBe(false);
  });
});

describe("numeric (tolerance)", () => {
  const n = (value: unknown) => points("num", { type: "numeric", value });
  it("accepts the exact answer when the tolerance is 0", () => {
    expect(n(4)).toBe(100);
    expect(n(5)).toBe(0);
    expect(n(3.9)).toBe(0);
  });
  it("accepts anything within a non-zero tolerance, inclusive", () => {
    const q: PublicQuestion = { id: "t", type: "numeric", prompt: "?" };
    const k: QuestionKey = { type: "numeric", answer: 0.3, tolerance: 0.05, explanation: "" };
    expect(gradeQuestion(q, k, { type: "numeric", value: 0.1 + 0.2 }).points).toBe(100);
    expect(gradeQuestion(q, k, { type: "numeric", value: 0.35 }).points).toBe(100);
    expect(gradeQuestion(q, k, { type: "numeric", value: 0.36 }).points).toBe(0);
  });
  it("treats NaN, Infinity and strings as unanswered", () => {
    for (const value of [Number.NaN, Infinity, "4"]) expect(grade("num", { type: "numeric", value }).answered).toBe(false);
  });
});

describe("gradeQuiz", () => {
  it("scores the right answers 100% and passes", () => {
    const g = gradeQuiz(fixtureQuiz, fixtureKey, fixtureRightAnswers);
    expect([g.score, g.maxScore, g.percent, g.passed, g.passMark]).toEqual([800, 800, 100, true, 0.8]);
    expect(g.results.every((r) => r.correct)).toBe(true);
  });
  it("applies the pass mark (default 80%) and a per-quiz override", () => {
    const sevenOfEight = { ...fixtureRightAnswers, num: { type: "numeric", value: 9 } };
    expect(gradeQuiz(fixtureQuiz, fixtureKey, sevenOfEight)).toMatchObject({ score: 700, percent: 87, passed: true });
    expect(gradeQuiz({ ...fixtureQuiz, passMark: 0.9 }, fixtureKey, sevenOfEight).passed).toBe(false);
    expect(gradeQuiz(fixtureQuiz, fixtureKey, {})).toMatchObject({ score: 0, passed: false });
  });
  it("answers for another question's type count as unanswered", () => {
    const g = gradeQuiz(fixtureQuiz, fixtureKey, { single: fixtureRightAnswers.num });
    expect(g.results[0]).toMatchObject({ answered: false, points: 0 });
  });
  it("fails loudly when content forgot a key (a content bug, not a learner's)", () => {
    expect(() => gradeQuiz(fixtureQuiz, { quizId: fixtureQuiz.id, keys: {} }, {})).toThrow(/has no key/);
  });
  it("never throws and stays within bounds on arbitrary input", () => {
    const answerish = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom("single", "multiple", "true-false", "ordering", "matching", "numeric", "command", "predict"), choice: fc.anything(), choices: fc.anything(), verdict: fc.anything(), justification: fc.anything(), order: fc.anything(), pairs: fc.anything(), value: fc.anything(), command: fc.oneof(fc.anything(), fc.string()) }, { requiredKeys: ["type"] }),
    );
    const answers = fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...fixtureQuiz.questions.map((q) => q.id), "__proto__", "x"), answerish));
    fc.assert(
      fc.property(answers, (input) => {
        const g = gradeQuiz(fixtureQuiz, fixtureKey, input);
        expect(g.score).toBeGreaterThanOrEqual(0);
        expect(g.score).toBeLessThanOrEqual(g.maxScore);
        for (const r of g.results) expect(Number.isInteger(r.points) && r.points >= 0 && r.points <= r.maxPoints).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("isPassing", () => {
  it("compares without float error and never passes an empty quiz", () => {
    expect(isPassing(400, 500, 0.8)).toBe(true);
    expect(isPassing(399, 500, 0.8)).toBe(false);
    expect(isPassing(700, 1000, 0.7)).toBe(true);
    expect(isPassing(0, 0, 0.8)).toBe(false);
  });
});
