import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findReviewItem, listReviewSet, recordQuizMisses } from "@/lib/db/review";
import { openTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/databases";
import { createUser } from "@/lib/db/users";
import { findQuiz } from "../catalog";
import { rightAnswers } from "../validate";
import { findQuizKey } from "./keys";
import { handleReviewAnswer, MAX_REVIEW_BYTES, reviewQuestions, type ReviewAnswerBody, type ReviewRouteDeps } from "./review-route";
import type { Viewer } from "./routes";

// Route tests for POST /api/review against a real (test) database: a graded answer moves the
// question; every refused request (guest, forged ids, bad answers, oversized, stale) stores nothing.
const QUIZ_ID = "01-why-kubernetes.01-what-kubernetes-does";
const quiz = findQuiz(QUIZ_ID)!;
const key = findQuizKey(QUIZ_ID)!;
const right = rightAnswers(quiz, key) as Record<string, unknown>;
const question = quiz.questions.find((q) => q.type === "single")!;
const wrongChoice = question.type === "single" ? question.options.find((o) => o.id !== (right[question.id] as { choice: string }).choice)!.id : "";

const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date("2026-03-01T10:00:00.000Z");

const post = (body: unknown, init: RequestInit = {}) =>
  new Request("http://test/api/review", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
    ...init,
  });

describe.each(testEngines)("review route on %s", (engine) => {
  let db: TestDatabase;
  let viewer: Viewer | null;
  let now: Date;
  const deps: ReviewRouteDeps = { db: async () => db.prisma, viewer: async () => viewer, now: () => now };
  const snapshot = async () => (viewer ? JSON.stringify(await listReviewSet(db.prisma, viewer.id)) : "");

  beforeAll(async () => {
    db = await openTestDatabase(engine);
  }, 120_000);
  afterAll(async () => {
    await db?.dispose();
  });
  let n = 0;
  beforeEach(async () => {
    const user = await createUser(db.prisma, { email: `rr${++n}@example.com`, name: `Learner ${n}`, role: "learner", password: "pw-123456" });
    viewer = { id: user.id, name: user.name };
    now = new Date(t0.getTime() + DAY);
    await recordQuizMisses(db.prisma, user.id, QUIZ_ID, [{ id: question.id, answered: true, correct: false }], t0);
  });

  const valid = (answer: unknown = right[question.id]) => ({ quizId: QUIZ_ID, questionId: question.id, seen: t0.toISOString(), answer });

  it("grades a right answer on the server and moves the question to box 2, with the explanations", async () => {
    const res = await handleReviewAnswer(post(valid()), deps);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ReviewAnswerBody;
    expect(body.result).toMatchObject({ id: question.id, answered: true, correct: true });
    expect(body).toMatchObject({ box: 2, mastered: false, dueAt: new Date(now.getTime() + 3 * DAY).toISOString(), seen: now.toISOString() });
    expect(await findReviewItem(db.prisma, viewer!.id, QUIZ_ID, question.id)).toMatchObject({ box: 2 });
  });

  it("a wrong answer keeps it in box 1, due a day later", async () => {
    const res = await handleReviewAnswer(post(valid({ type: "single", choice: wrongChoice })), deps);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ReviewAnswerBody;
    expect(body.result.correct).toBe(false);
    expect(body).toMatchObject({ box: 1, dueAt: new Date(now.getTime() + DAY).toISOString() });
  });

  const refused: [string, () => Request, number][] = [
    ["a forged question id", () => post({ ...valid(), questionId: "no-such-question" }), 404],
    ["a forged quiz id", () => post({ ...valid(), quizId: "00-nope.00-nope" }), 404],
    ["an inherited property as question id", () => post({ ...valid(), questionId: "__proto__" }), 404],
    ["a question of the quiz not in the learner's set", () => post({ ...valid(), questionId: quiz.questions.find((q) => q.id !== question.id)!.id, answer: right[quiz.questions.find((q) => q.id !== question.id)!.id] }), 404],
    ["a forged option id", () => post(valid({ type: "single", choice: "forged" })), 422],
    ["an answer of another type", () => post(valid({ type: "numeric", value: 3 })), 422],
    ["a missing answer", () => post({ quizId: QUIZ_ID, questionId: question.id, seen: t0.toISOString() }), 422],
    ["an extra field", () => post({ ...valid(), box: 4 }), 422],
    ["a bad seen stamp", () => post({ ...valid(), seen: "yesterday" }), 422],
    ["a stale seen stamp (answered already)", () => post({ ...valid(), seen: new Date(t0.getTime() - 1000).toISOString() }), 409],
    ["not JSON", () => post("{nope"), 400],
    ["an oversized body", () => post({ ...valid(), pad: "x".repeat(MAX_REVIEW_BYTES) }), 413],
    ["an oversized body without Content-Length", () => new Request("http://test/api/review", { method: "POST", body: new Blob([`{"a":"${"x".repeat(MAX_REVIEW_BYTES * 2)}"}`]).stream(), duplex: "half" } as RequestInit), 413],
  ];
  it.each(refused)("refuses %s and stores nothing", async (_name, request, status) => {
    const before = await snapshot();
    const res = await handleReviewAnswer(request(), deps);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toBeTruthy();
    expect(await snapshot()).toBe(before);
  });

  it("answers a guest with 401 and stores nothing", async () => {
    const owner = viewer!;
    viewer = null;
    const res = await handleReviewAnswer(post(valid()), deps);
    expect(res.status).toBe(401);
    expect(await findReviewItem(db.prisma, owner.id, QUIZ_ID, question.id)).toMatchObject({ box: 1 });
  });

  it("the same answer sent twice moves the question once", async () => {
    expect((await handleReviewAnswer(post(valid()), deps)).status).toBe(200);
    expect((await handleReviewAnswer(post(valid()), deps)).status).toBe(409);
    expect(await findReviewItem(db.prisma, viewer!.id, QUIZ_ID, question.id)).toMatchObject({ box: 2 });
  });

  it("serves review questions without keys or explanations, shuffled like the learner's quiz", async () => {
    const { items } = await listReviewSet(db.prisma, viewer!.id);
    const questions = reviewQuestions(viewer!.id, items, now);
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatchObject({ quizId: QUIZ_ID, lesson: quiz.lesson, box: 1, due: true, seen: t0.toISOString() });
    const text = JSON.stringify(questions);
    expect(text).not.toContain(key.canary!);
    for (const k of Object.values(key.keys)) {
      const texts = "explanations" in k ? Object.values(k.explanations) : [k.explanation];
      for (const t of texts) expect(text).not.toContain(t);
    }
    // Not yet due a moment earlier; an item whose question left the course is skipped.
    expect(reviewQuestions(viewer!.id, items, t0)[0]!.due).toBe(false);
    expect(reviewQuestions(viewer!.id, [{ ...items[0]!, questionId: "gone" }], now)).toEqual([]);
  });
});
