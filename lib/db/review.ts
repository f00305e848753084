import "server-only";
import { afterMiss, afterReview, type ReviewSchedule } from "@/lib/quiz/review";
import type { Prisma, PrismaClient } from "./generated/client";

// The learner's review set (spaced repetition, schedule in lib/quiz/review.ts): questions
// missed in a quiz enter it; review answers move them through the Leitner boxes until they
// are mastered. Quiz submissions call recordQuizMisses inside the attempt's transaction.

type Db = PrismaClient | Prisma.TransactionClient;

export interface ReviewItemRow {
  quizId: string;
  questionId: string;
  box: number;
  dueAt: Date;
  lastAnsweredAt: Date;
  masteredAt: Date | null;
}

const select = { quizId: true, questionId: true, box: true, dueAt: true, lastAnsweredAt: true, masteredAt: true } as const;

/**
 * After a graded quiz attempt: every question answered without full marks goes (back) to
 * box 1, due tomorrow, even if it was mastered. Unanswered questions stay out (the issue asks
 * for the questions answered wrong, in a short set), and right answers leave the set as it
 * is: moving up is what review answers are for.
 */
export async function recordQuizMisses(
  db: Db, userId: string, quizId: string, results: readonly { id: string; answered: boolean; correct: boolean }[], now: Date,
): Promise<number> {
  const missed = results.filter((r) => r.answered && !r.correct).map((r) => r.id);
  const schedule = afterMiss(now);
  for (const questionId of missed) {
    await db.reviewItem.upsert({
      where: { userId_quizId_questionId: { userId, quizId, questionId } },
      create: { userId, quizId, questionId, ...schedule, lastAnsweredAt: now },
      update: { ...schedule, lastAnsweredAt: now },
      select: { box: true },
    });
  }
  return missed.length;
}

/** The questions still being reviewed (not mastered), soonest due first, and how many are mastered. */
export async function listReviewSet(db: Db, userId: string): Promise<{ items: ReviewItemRow[]; mastered: number }> {
  const [items, mastered] = await Promise.all([
    db.reviewItem.findMany({
      where: { userId, masteredAt: null },
      orderBy: [{ dueAt: "asc" }, { quizId: "asc" }, { questionId: "asc" }],
      select,
    }),
    db.reviewItem.count({ where: { userId, masteredAt: { not: null } } }),
  ]);
  return { items, mastered };
}

export async function findReviewItem(db: Db, userId: string, quizId: string, questionId: string): Promise<ReviewItemRow | null> {
  return db.reviewItem.findUnique({ where: { userId_quizId_questionId: { userId, quizId, questionId } }, select });
}

export type ReviewAnswerOutcome =
  | { ok: true; item: ReviewItemRow; schedule: ReviewSchedule }
  | { ok: false; reason: "not-in-set" | "stale" };

/**
 * A review answer. `seen` is the item's lastAnsweredAt the learner was shown: the update only
 * applies while the item still has it, so a resent or double-clicked answer moves the
 * question one box, not two ("stale"). Mastered or unknown items are "not-in-set".
 */
export async function recordReviewAnswer(
  db: PrismaClient,
  input: { userId: string; quizId: string; questionId: string; seen: Date; correct: boolean; now: Date },
): Promise<ReviewAnswerOutcome> {
  const { userId, quizId, questionId } = input;
  const current = await findReviewItem(db, userId, quizId, questionId);
  if (!current || current.masteredAt) return { ok: false, reason: "not-in-set" };
  if (current.lastAnsweredAt.getTime() !== input.seen.getTime()) return { ok: false, reason: "stale" };
  const schedule = afterReview(current.box, input.correct, input.now);
  const { count } = await db.reviewItem.updateMany({
    where: { userId, quizId, questionId, masteredAt: null, lastAnsweredAt: current.lastAnsweredAt },
    data: { ...schedule, lastAnsweredAt: input.now },
  });
  if (count === 0) return { ok: false, reason: "stale" };
  return { ok: true, item: { ...current, ...schedule, lastAnsweredAt: input.now }, schedule };
}
