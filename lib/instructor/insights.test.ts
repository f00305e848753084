import { describe, expect, it } from "vitest";
import type { PublicQuiz, QuestionKey } from "@/lib/quiz/model";
import { exerciseInsight, quizInsight, type ExerciseAttemptRow, type QuizAttemptRow } from "./insights";
import { formatDuration, median, percent, tally } from "./stats";

const t = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute));
const checks = (replicas: boolean, ready: boolean, message = "web has 3 replicas, not 5") => [
  { id: "replicas", passed: replicas, message: replicas ? "ok" : message },
  { id: "ready", passed: ready, message: ready ? "ok" : "2 of 5 ready" },
];
const meta = { id: "scale", title: "Scale", lessonSlug: "m/l", checks: [{ id: "replicas", title: "five replicas" }, { id: "ready", title: "all ready" }] };

describe("exerciseInsight", () => {
  const rows: ExerciseAttemptRow[] = [
    // u1: fails twice, passes on the third attempt (rows out of order on purpose)
    { userId: "u1", exerciseId: "scale", passed: true, checkResults: checks(true, true), createdAt: t(3) },
    { userId: "u1", exerciseId: "scale", passed: false, checkResults: checks(false, false), createdAt: t(1) },
    { userId: "u1", exerciseId: "scale", passed: false, checkResults: checks(false, true, "web has 4 replicas, not 5"), createdAt: t(2) },
    // u2: first time; then a later failing attempt does not change attempts-to-pass
    { userId: "u2", exerciseId: "scale", passed: true, checkResults: checks(true, true), createdAt: t(1) },
    { userId: "u2", exerciseId: "scale", passed: false, checkResults: checks(true, false), createdAt: t(5) },
    // u3: never passes
    { userId: "u3", exerciseId: "scale", passed: false, checkResults: checks(false, true), createdAt: t(1) },
    { userId: "u4", exerciseId: "other", passed: true, checkResults: [], createdAt: t(1) },
  ];
  const insight = exerciseInsight(meta, rows, new Map([["u1", 120_000], ["u2", 60_000], ["u4", 5_000]]));

  it("counts learners, pass rate and attempts to the first pass", () => {
    expect(insight).toMatchObject({ attempts: 6, learnersAttempted: 3, learnersPassed: 2, passRate: 66, medianAttemptsToPass: 2 });
    expect(insight.attemptsToPass).toEqual([{ attempts: 1, learners: 1 }, { attempts: 3, learners: 1 }]);
    expect(insight.medianLessonTimeMs).toBe(90_000);
  });

  it("ranks failing checks with their learner-facing messages", () => {
    expect(insight.failingChecks.map((c) => [c.checkId, c.failures, c.learners, c.failureRate])).toEqual([
      ["replicas", 3, 2, 50],
      ["ready", 2, 2, 33],
    ]);
    expect(insight.failingChecks[0]!.messages).toEqual([
      { message: "web has 3 replicas, not 5", count: 2 },
      { message: "web has 4 replicas, not 5", count: 1 },
    ]);
    expect(insight.failingChecks[0]!.title).toBe("five replicas");
  });

  it("an exercise nobody tried has empty figures, not errors", () => {
    const none = exerciseInsight(meta, [], new Map());
    expect(none).toMatchObject({ attempts: 0, learnersAttempted: 0, passRate: 0, medianAttemptsToPass: null, medianLessonTimeMs: null });
  });
});

const quiz: PublicQuiz = {
  id: "m.l",
  lesson: "m/l",
  title: "Quiz",
  questions: [
    { id: "s", type: "single", prompt: "Pick", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }, { id: "c", text: "C" }] },
    { id: "tf", type: "true-false", prompt: "Claim", justifications: [{ id: "r1", text: "R1" }, { id: "r2", text: "R2" }] },
    { id: "m", type: "matching", prompt: "Match", items: [{ id: "i1", text: "Item 1" }], choices: [{ id: "x", text: "X" }, { id: "y", text: "Y" }] },
    { id: "o", type: "ordering", prompt: "Order", items: [{ id: "p", text: "P" }, { id: "q", text: "Q" }] },
    { id: "n", type: "numeric", prompt: "How many", unit: "pods" },
    { id: "mm", type: "multiple", prompt: "Several", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }] },
  ],
};
const keys: Record<string, QuestionKey> = {
  s: { type: "single", correct: "b", explanations: {} },
  tf: { type: "true-false", answer: false, justification: "r2", explanations: {} },
  m: { type: "matching", pairs: { i1: "y" }, explanations: {} },
  o: { type: "ordering", order: ["q", "p"], explanation: "" },
  n: { type: "numeric", answer: 3, tolerance: 0, explanation: "" },
  mm: { type: "multiple", correct: ["a", "b"], explanations: {} },
};
const attempt = (userId: string, minute: number, answers: Record<string, unknown>, correct: string[] = []): QuizAttemptRow => ({
  userId,
  quizId: "m.l",
  answers,
  results: quiz.questions.map((q) => ({ id: q.id, correct: correct.includes(q.id) })),
  createdAt: t(minute),
});

describe("quizInsight", () => {
  const rows = [
    attempt("u1", 1, { s: { type: "single", choice: "a" }, tf: { type: "true-false", verdict: true, justification: "r1" }, m: { type: "matching", pairs: { i1: "x" } }, o: { type: "ordering", order: ["p", "q"] }, n: { type: "numeric", value: 2 }, mm: { type: "multiple", choices: ["a"] } }),
    // u1's second attempt follows the feedback: not counted
    attempt("u1", 2, { s: { type: "single", choice: "b" } }, ["s"]),
    attempt("u2", 1, { s: { type: "single", choice: "a" }, tf: { type: "true-false", verdict: false }, o: { type: "ordering", order: ["q", "p"] }, n: { type: "numeric", value: 3 }, mm: { type: "multiple", choices: ["a", "b"] } }, ["o", "n", "mm"]),
    attempt("u3", 1, { s: { type: "single", choice: "b" }, m: { type: "matching", pairs: { i1: "y" } } }, ["s", "m"]),
    { ...attempt("u4", 1, { s: { type: "single", choice: "c" } }), quizId: "other" },
  ];
  const insight = quizInsight(quiz, keys, rows);
  const q = (id: string) => insight.questions.find((x) => x.id === id)!;

  it("uses each learner's first attempt and shows the chosen options with the right one marked", () => {
    expect(insight.learners).toBe(3);
    expect(q("s")).toMatchObject({ answered: 3, correctRate: 33 });
    expect(q("s").groups[0]!.options).toEqual([
      { id: "a", text: "A", count: 2, share: 66, correct: false },
      { id: "b", text: "B", count: 1, share: 33, correct: true },
      { id: "c", text: "C", count: 0, share: 0, correct: false },
    ]);
  });

  it("splits true/false into verdict and reason, matching per item", () => {
    expect(q("tf").groups.map((g) => [g.label, g.options.map((o) => [o.id, o.count, o.correct])])).toEqual([
      ["Verdict", [["true", 1, false], ["false", 1, true]]],
      ["Reason", [["r1", 1, false], ["r2", 0, true]]],
    ]);
    expect(q("m").groups[0]).toMatchObject({ label: "Item 1" });
    expect(q("m").groups[0]!.options.map((o) => [o.id, o.count, o.correct])).toEqual([["x", 1, false], ["y", 1, true]]);
  });

  it("lists distinct orders and values, the right one marked; multiple counts each option", () => {
    expect(q("o").groups[0]!.options.map((o) => [o.text, o.count, o.correct])).toEqual([["P → Q", 1, false], ["Q → P", 1, true]]);
    expect(q("n").groups[0]!.options.map((o) => [o.text, o.correct])).toEqual([["2 pods", false], ["3 pods", true]]);
    expect(q("mm").groups[0]!.options.map((o) => [o.id, o.count])).toEqual([["a", 2], ["b", 1]]);
  });
});

describe("stats", () => {
  it("median, tally, percent, durations", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(tally(["b", "a", "b"], (x) => x).map((e) => [e.key, e.count])).toEqual([["b", 2], ["a", 1]]);
    expect(percent(2, 3)).toBe(66);
    expect(percent(1, 0)).toBe(0);
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(12_400)).toBe("12 s");
    expect(formatDuration(65_000)).toBe("1 min 05 s");
    expect(formatDuration(3_900_000)).toBe("1 h 05 min");
  });
});
