import "server-only";
import type { QuestionResult } from "@/lib/quiz/grade";
import { isPassing } from "@/lib/quiz/pass";
import { isLessonComplete, type LessonParts } from "@/lib/quiz/completion";
import type { Prisma, PrismaClient } from "./generated/client";
import { markLessonCompleted, markLessonStarted } from "./progress";
import { recordQuizMisses } from "./review";

// Quiz attempts: one row per graded submission (answers + per-question results), best and
// latest score per learner and quiz, and the quiz's part of the lesson completion rule.
// Whether an attempt passed is derived from its score and the quiz's current pass mark, so
// changing a pass mark re-evaluates old attempts instead of trusting a stored flag.

export interface QuizAttemptInput {
  userId: string;
  quizId: string;
  answers: Record<string, unknown>;
  results: QuestionResult[];
  score: number;
  maxScore: number;
  idempotencyKey: string;
}

export interface QuizAttemptRecord {
  id: string;
  quizId: string;
  results: QuestionResult[];
  score: number;
  maxScore: number;
  createdAt: Date;
}

export interface ScoreSummary {
  attemptId: string;
  score: number;
  maxScore: number;
  percent: number;
  passed: boolean;
  at: string;
}

export interface QuizStanding {
  attempts: number;
  best: ScoreSummary | null;
  latest: ScoreSummary | null;
  /** Some attempt reached the pass mark. */
  passed: boolean;
}

const recordSelect = { id: true, quizId: true, results: true, score: true, maxScore: true, createdAt: true } as const;

const toRecord = (row: { results: Prisma.JsonValue } & Omit<QuizAttemptRecord, "results">): QuizAttemptRecord => ({
  ...row,
  results: row.results as unknown as QuestionResult[],
});

const percentOf = (score: number, maxScore: number) => (maxScore > 0 ? Math.floor((score * 100) / maxScore) : 0);

const summary = (row: { id: string; score: number; maxScore: number; createdAt: Date }, passMark: number): ScoreSummary => ({
  attemptId: row.id,
  score: row.score,
  maxScore: row.maxScore,
  percent: percentOf(row.score, row.maxScore),
  passed: isPassing(row.score, row.maxScore, passMark),
  at: row.createdAt.toISOString(),
});

/**
 * Stores a graded attempt. A retried request with the same (user, idempotencyKey) gets the
 * attempt stored the first time (`created: false`) instead of a duplicate.
 */
export async function recordQuizAttempt(db: PrismaClient, input: QuizAttemptInput): Promise<{ attempt: QuizAttemptRecord; created: boolean }> {
  const where = { userId_idempotencyKey: { userId: input.userId, idempotencyKey: input.idempotencyKey } };
  const existing = await db.quizAttempt.findUnique({ where, select: recordSelect });
  if (existing) return { attempt: toRecord(existing), created: false };
  try {
    // The attempt and its misses entering the review set commit together (lib/db/review.ts).
    const row = await db.$transaction(async (tx) => {
      const created = await tx.quizAttempt.create({
        data: {
          userId: input.userId,
          quizId: input.quizId,
          answers: input.answers as Prisma.InputJsonValue,
          results: input.results as unknown as Prisma.InputJsonValue,
          score: input.score,
          maxScore: input.maxScore,
          idempotencyKey: input.idempotencyKey,
        },
        select: recordSelect,
      });
      await recordQuizMisses(tx, input.userId, input.quizId, input.results, created.createdAt);
      return created;
    });
    return { attempt: toRecord(row), created: true };
  } catch (error) {
    // Two concurrent retries: the loser of the unique (userId, idempotencyKey) race answers
    // with the winner's row. Adapters word the violation differently, so look it up.
    const raced = await db.quizAttempt.findUnique({ where, select: recordSelect });
    if (raced) return { attempt: toRecord(raced), created: false };
    throw error;
  }
}

export async function getQuizStanding(db: PrismaClient, userId: string, quizId: string, passMark: number): Promise<QuizStanding> {
  const where = { userId, quizId };
  const select = { id: true, score: true, maxScore: true, createdAt: true } as const;
  const [attempts, latest, best] = await Promise.all([
    db.quizAttempt.count({ where }),
    db.quizAttempt.findFirst({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select }),
    // Earliest of the highest scores: "best" does not move when a later attempt only ties it.
    db.quizAttempt.findFirst({ where, orderBy: [{ score: "desc" }, { createdAt: "asc" }, { id: "asc" }], select }),
  ]);
  const bestSummary = best ? summary(best, passMark) : null;
  return {
    attempts,
    best: bestSummary,
    latest: latest ? summary(latest, passMark) : null,
    passed: bestSummary?.passed ?? false,
  };
}

/** getQuizStanding(...).passed in one query: whether the learner's best attempt reaches the pass mark. */
export async function hasPassedQuiz(db: PrismaClient, userId: string, quizId: string, passMark: number): Promise<boolean> {
  const best = await db.quizAttempt.findFirst({
    where: { userId, quizId },
    orderBy: [{ score: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { score: true, maxScore: true },
  });
  return best ? isPassing(best.score, best.maxScore, passMark) : false;
}

export async function isLessonCompleted(db: PrismaClient, userId: string, lessonSlug: string): Promise<boolean> {
  const row = await db.lessonProgress.findUnique({
    where: { userId_lessonSlug: { userId, lessonSlug } },
    select: { completedAt: true },
  });
  return Boolean(row?.completedAt);
}

/**
 * After an attempt: the lesson is started, and completed once every part it has is passed
 * (completion.ts). Returns whether the lesson is now complete. Idempotent.
 */
export async function updateLessonAfterQuiz(db: PrismaClient, userId: string, lessonSlug: string, parts: LessonParts): Promise<boolean> {
  await markLessonStarted(db, userId, lessonSlug);
  if (isLessonComplete(parts)) await markLessonCompleted(db, userId, lessonSlug);
  return isLessonCompleted(db, userId, lessonSlug);
}

/** Whether the learner has a passed attempt at an exercise (the exercise part of completion). */
export async function hasPassedExercise(db: PrismaClient, userId: string, exerciseId: string): Promise<boolean> {
  const row = await db.exerciseAttempt.findFirst({ where: { userId, exerciseId, passed: true }, select: { id: true } });
  return row !== null;
}
