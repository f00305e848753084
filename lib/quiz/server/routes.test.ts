import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/databases";
import { createUser } from "@/lib/db/users";
import { findQuiz } from "../catalog";
import type { PartStatus } from "../completion";
import { MAX_SUBMISSION_BYTES } from "../submission";
import { rightAnswers } from "../validate";
import { findQuizKey } from "./keys";
import { handleQuizState, handleQuizSubmit, SIGN_IN_MESSAGE, type QuizRouteDeps, type QuizStateBody, type QuizSubmitBody, type Viewer } from "./routes";

// Route tests: the handlers behind /api/quizzes/<id> and /api/quizzes/<id>/submit, driven
// with real Requests against a real (test) database.
const QUIZ_ID = "01-why-kubernetes.01-what-kubernetes-does";
const quiz = findQuiz(QUIZ_ID)!;
const key = findQuizKey(QUIZ_ID)!;
const right = rightAnswers(quiz, key);

const post = (body: unknown, init: RequestInit = {}) =>
  new Request(`http://test/api/quizzes/${QUIZ_ID}/submit`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
    ...init,
  });

describe.each(testEngines)("quiz routes on %s", (engine) => {
  let db: TestDatabase;
  let viewer: Viewer | null;
  let exercise: PartStatus;
  const deps: QuizRouteDeps = {
    db: async () => db.prisma,
    viewer: async () => viewer,
    exerciseStatus: async () => exercise,
  };
  const stored = () => db.prisma.quizAttempt.count();

  beforeAll(async () => {
    db = await openTestDatabase(engine);
  }, 120_000);
  afterAll(async () => {
    await db?.dispose();
  });
  let n = 0;
  beforeEach(async () => {
    const user = await createUser(db.prisma, { email: `r${++n}@example.com`, name: `Learner ${n}`, role: "learner", password: "pw-123456" });
    viewer = { id: user.id, name: user.name };
    exercise = "absent";
  });

  it("GET serves the quiz shuffled for the learner, without keys or explanations", async () => {
    const res = await handleQuizState(QUIZ_ID, deps);
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text) as QuizStateBody;
    expect(body.viewer).toEqual({ name: viewer!.name });
    expect(body.standing).toEqual({ attempts: 0, best: null, latest: null, passed: false });
    expect(body.passMark).toBe(0.8);
    expect(body.quiz.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
    expect(text).not.toContain(key.canary!);
    for (const k of Object.values(key.keys)) {
      const explanations = "explanations" in k ? Object.values(k.explanations) : [k.explanation];
      for (const e of explanations) expect(text).not.toContain(JSON.stringify(e).slice(1, -1));
    }
    // Stable for the same learner.
    expect(await (await handleQuizState(QUIZ_ID, deps)).text()).toBe(text);
  });

  it("GET: unknown quiz → 404", async () => {
    expect((await handleQuizState("nope", deps)).status).toBe(404);
  });

  it("POST grades, stores one attempt, passes and completes the lesson", async () => {
    const res = await handleQuizSubmit(post({ idempotencyKey: "attempt-right-1", answers: right }), QUIZ_ID, deps);
    expect(res.status).toBe(201);
    const body = (await res.json()) as QuizSubmitBody;
    expect(body).toMatchObject({ saved: true, lessonCompleted: true, grade: { percent: 100, passed: true } });
    expect(body.grade.results.every((r) => r.correct)).toBe(true);
    expect(body.standing).toMatchObject({ attempts: 1, passed: true, best: { percent: 100 } });
    const rows = await db.prisma.quizAttempt.findMany({ where: { userId: viewer!.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ quizId: QUIZ_ID, score: 600, maxScore: 600, idempotencyKey: "attempt-right-1" });
    const progress = await db.prisma.lessonProgress.findUnique({ where: { userId_lessonSlug: { userId: viewer!.id, lessonSlug: quiz.lesson } } });
    expect(progress?.completedAt).toBeTruthy();
  });

  it("POST a failing attempt keeps the lesson in progress; retry to pass; best and latest tracked", async () => {
    const fail = await handleQuizSubmit(post({ idempotencyKey: "attempt-fail-1", answers: { "desired-state": right["desired-state"] } }), QUIZ_ID, deps);
    const failBody = (await fail.json()) as QuizSubmitBody;
    expect(failBody).toMatchObject({ saved: true, lessonCompleted: false, grade: { percent: 16, passed: false } });
    expect(failBody.grade.results[1]).toMatchObject({ answered: false, summary: "Not answered" });
    const pass = (await (await handleQuizSubmit(post({ idempotencyKey: "attempt-pass-2", answers: right }), QUIZ_ID, deps)).json()) as QuizSubmitBody;
    expect(pass.lessonCompleted).toBe(true);
    expect(pass.standing).toMatchObject({ attempts: 2, best: { percent: 100 }, latest: { percent: 100 } });
  });

  it("POST replays an idempotency key: the first stored attempt comes back, nothing new is stored", async () => {
    await handleQuizSubmit(post({ idempotencyKey: "attempt-same-1", answers: {} }), QUIZ_ID, deps);
    const before = await stored();
    const res = await handleQuizSubmit(post({ idempotencyKey: "attempt-same-1", answers: right }), QUIZ_ID, deps);
    expect(res.status).toBe(200);
    const body = (await res.json()) as QuizSubmitBody;
    expect(body).toMatchObject({ saved: true, replayed: true, grade: { score: 0, passed: false } });
    expect(await stored()).toBe(before);
  });

  it("a lesson with an exercise is not completed by its quiz alone", async () => {
    exercise = "not-passed";
    const body = (await (await handleQuizSubmit(post({ idempotencyKey: "attempt-ex-1", answers: right }), QUIZ_ID, deps)).json()) as QuizSubmitBody;
    expect(body).toMatchObject({ saved: true, lessonCompleted: false, grade: { passed: true } });
  });

  it("guests get their grade and feedback, a sign-in message, and nothing is stored", async () => {
    viewer = null;
    const before = await stored();
    const res = await handleQuizSubmit(post({ idempotencyKey: "attempt-guest", answers: right }), QUIZ_ID, deps);
    expect(res.status).toBe(200);
    const body = (await res.json()) as QuizSubmitBody;
    expect(body).toMatchObject({ saved: false, message: SIGN_IN_MESSAGE, standing: null, grade: { percent: 100 } });
    expect(body.grade.results[0]!.detail).toMatchObject({ type: "single" });
    expect(await stored()).toBe(before);
    const state = (await (await handleQuizState(QUIZ_ID, deps)).json()) as QuizStateBody;
    expect([state.viewer, state.standing]).toEqual([null, null]);
  });

  describe("rejects bad submissions with 4xx and stores nothing", () => {
    const cases: [string, () => Request, number, Record<string, string>?][] = [
      ["forged option id", () => post({ idempotencyKey: "attempt-bad-01", answers: { "desired-state": { type: "single", choice: "object-forged" } } }), 422, { "answers.desired-state.choice": expect.any(String) as unknown as string }],
      ["unknown question id", () => post({ idempotencyKey: "attempt-bad-02", answers: { "no-such-question": { type: "single", choice: "object" } } }), 422, { "answers.no-such-question": "is not a field of this quiz" }],
      ["a forged score field", () => post({ idempotencyKey: "attempt-bad-03", answers: right, score: 600, passed: true }), 422],
      ["wrong answer shape", () => post({ idempotencyKey: "attempt-bad-04", answers: { "count-after-delete": { type: "numeric", value: "3" } } }), 422],
      ["missing idempotency key", () => post({ answers: right }), 422],
      ["invalid JSON", () => post("{not json"), 400],
      ["declared oversized payload", () => post({ idempotencyKey: "attempt-bad-05", answers: right, pad: "x".repeat(MAX_SUBMISSION_BYTES) }), 413],
      [
        "oversized payload without a content-length (streamed)",
        () => {
          const chunk = new TextEncoder().encode(`{"idempotencyKey":"attempt-bad-06","answers":{},"pad":"${"x".repeat(4096)}`);
          let sent = 0;
          const stream = new ReadableStream<Uint8Array>({
            pull(controller) {
              if (sent++ < 8) controller.enqueue(chunk);
              else controller.close();
            },
          });
          return new Request(`http://test/api/quizzes/${QUIZ_ID}/submit`, { method: "POST", body: stream, duplex: "half" } as RequestInit);
        },
        413,
      ],
    ];
    it.each(cases)("%s", async (_name, request, status, fieldErrors) => {
      const before = await stored();
      const res = await handleQuizSubmit(request(), QUIZ_ID, deps);
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error: string; fieldErrors?: Record<string, string> };
      expect(body.error).toEqual(expect.any(String));
      if (fieldErrors) expect(body.fieldErrors).toEqual(fieldErrors);
      expect(await stored()).toBe(before);
    });

    it("unknown quiz → 404", async () => {
      const res = await handleQuizSubmit(post({ idempotencyKey: "attempt-bad-07", answers: {} }), "01-why-kubernetes.99-nope", deps);
      expect(res.status).toBe(404);
    });
  });
});
