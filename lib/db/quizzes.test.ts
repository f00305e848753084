import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gradeQuiz } from "@/lib/quiz/grade";
import { fixtureKey, fixtureQuiz, fixtureRightAnswers } from "@/lib/quiz/testing/fixture";
import { getLessonStatuses } from "./progress";
import { getQuizStanding, recordQuizAttempt, updateLessonAfterQuiz } from "./quizzes";
import { openTestDatabase, testEngines, type TestDatabase } from "./testing/databases";
import { createUser } from "./users";

describe.each(testEngines)("quiz data on %s", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  }, 120_000);
  afterAll(async () => {
    await db?.dispose();
  });

  const learner = (email: string) => createUser(db.prisma, { email, name: email, role: "learner", password: "pw-123456" });
  const attempt = (userId: string, answers: Record<string, unknown>, idempotencyKey: string) => {
    const grade = gradeQuiz(fixtureQuiz, fixtureKey, answers);
    return recordQuizAttempt(db.prisma, { userId, quizId: fixtureQuiz.id, answers, results: grade.results, score: grade.score, maxScore: grade.maxScore, idempotencyKey });
  };

  it("stores an attempt with its per-question results, once per idempotency key", async () => {
    const user = await learner("q1@example.com");
    const first = await attempt(user.id, { single: fixtureRightAnswers.single }, "key-0001");
    expect(first.created).toBe(true);
    expect(first.attempt).toMatchObject({ quizId: fixtureQuiz.id, score: 100, maxScore: 800 });
    expect(first.attempt.results).toHaveLength(fixtureQuiz.questions.length);
    expect(first.attempt.results[0]).toMatchObject({ id: "single", points: 100, correct: true });
    const again = await attempt(user.id, fixtureRightAnswers, "key-0001");
    expect(again).toEqual({ attempt: first.attempt, created: false });
    expect(await db.prisma.quizAttempt.count({ where: { userId: user.id } })).toBe(1);
  });

  it("keeps best and latest separately, with pass/fail from the pass mark", async () => {
    const user = await learner("q2@example.com");
    expect(await getQuizStanding(db.prisma, user.id, fixtureQuiz.id, 0.8)).toEqual({ attempts: 0, best: null, latest: null, passed: false });
    const good = await attempt(user.id, fixtureRightAnswers, "key-good");
    const worse = await attempt(user.id, { single: fixtureRightAnswers.single }, "key-worse");
    const standing = await getQuizStanding(db.prisma, user.id, fixtureQuiz.id, 0.8);
    expect(standing.attempts).toBe(2);
    expect(standing.best).toMatchObject({ attemptId: good.attempt.id, percent: 100, passed: true });
    expect(standing.latest).toMatchObject({ attemptId: worse.attempt.id, percent: 12, passed: false });
    expect(standing.passed).toBe(true);
    // Another learner's attempts are not mixed in.
    const other = await learner("q3@example.com");
    expect((await getQuizStanding(db.prisma, other.id, fixtureQuiz.id, 0.8)).attempts).toBe(0);
  });

  it("starts the lesson on any attempt and completes it only when every part passed", async () => {
    const user = await learner("q4@example.com");
    const lesson = "00-test/00-fixture";
    expect(await updateLessonAfterQuiz(db.prisma, user.id, lesson, { quiz: "not-passed", exercise: "absent" })).toBe(false);
    expect((await getLessonStatuses(db.prisma, user.id)).get(lesson)).toBe("in-progress");
    expect(await updateLessonAfterQuiz(db.prisma, user.id, lesson, { quiz: "passed", exercise: "not-passed" })).toBe(false);
    expect(await updateLessonAfterQuiz(db.prisma, user.id, lesson, { quiz: "passed", exercise: "absent" })).toBe(true);
    expect((await getLessonStatuses(db.prisma, user.id)).get(lesson)).toBe("completed");
    // Completion is kept: a later failed attempt does not undo it.
    expect(await updateLessonAfterQuiz(db.prisma, user.id, lesson, { quiz: "not-passed", exercise: "absent" })).toBe(true);
  });
});
