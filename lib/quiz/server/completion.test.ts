import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordExerciseAttempt } from "@/lib/db/attempts";
import { getLessonStatuses } from "@/lib/db/progress";
import { recordQuizAttempt } from "@/lib/db/quizzes";
import { openTestDatabase, type TestDatabase } from "@/lib/db/testing/databases";
import { createUser } from "@/lib/db/users";
import { exerciseForLesson } from "@/lib/exercises/catalog";
import { findQuizForLesson } from "../catalog";
import { gradeQuiz } from "../grade";
import { rightAnswers } from "../validate";
import { completeLessonIfDone, exercisePartStatus, quizPartStatus } from "./completion";
import { findQuizKey } from "./keys";

const LESSON = "01-why-kubernetes/01-what-kubernetes-does";

describe("lesson completion wired to attempts (pglite)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
  }, 120_000);
  afterAll(async () => {
    await db?.dispose();
  });

  it("needs both the exercise and the quiz of a lesson that has both, in either order", async () => {
    const exercise = exerciseForLesson(LESSON)!;
    const quiz = findQuizForLesson(LESSON)!;
    expect(exercise && quiz).toBeTruthy();
    const user = await createUser(db.prisma, { email: "c@example.com", name: "C", role: "learner", password: "pw-123456" });
    expect([await exercisePartStatus(db.prisma, user.id, LESSON), await quizPartStatus(db.prisma, user.id, LESSON)]).toEqual(["not-passed", "not-passed"]);
    expect(await exercisePartStatus(db.prisma, user.id, "00-none/00-none")).toBe("absent");

    const grade = gradeQuiz(quiz, findQuizKey(quiz.id)!, rightAnswers(quiz, findQuizKey(quiz.id)!));
    await recordQuizAttempt(db.prisma, { userId: user.id, quizId: quiz.id, answers: {}, results: grade.results, score: grade.score, maxScore: grade.maxScore, idempotencyKey: "quiz-pass-1" });
    expect(await quizPartStatus(db.prisma, user.id, LESSON)).toBe("passed");
    expect(await completeLessonIfDone(db.prisma, user.id, LESSON)).toBe(false);

    const attempt = { userId: user.id, exerciseId: exercise.id, actions: [], score: 1, maxScore: 1, durationMs: 1 };
    await recordExerciseAttempt(db.prisma, { ...attempt, checkResults: [{ id: "a", passed: false, message: "no" }], idempotencyKey: "ex-fail-1" });
    expect(await exercisePartStatus(db.prisma, user.id, LESSON)).toBe("not-passed");
    await recordExerciseAttempt(db.prisma, { ...attempt, checkResults: [{ id: "a", passed: true, message: "ok" }], idempotencyKey: "ex-pass-1" });
    expect(await exercisePartStatus(db.prisma, user.id, LESSON)).toBe("passed");
    expect(await completeLessonIfDone(db.prisma, user.id, LESSON)).toBe(true);
    expect((await getLessonStatuses(db.prisma, user.id)).get(LESSON)).toBe("completed");
  });
});
