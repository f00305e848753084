import "server-only";
import type { PrismaClient } from "./generated/client";

export type LessonStatus = "not-started" | "in-progress" | "completed";

/** lessonSlug → status, for the lessons the user has touched. Missing means not started. */
export async function getLessonStatuses(db: PrismaClient, userId: string): Promise<Map<string, LessonStatus>> {
  const rows = await db.lessonProgress.findMany({
    where: { userId },
    select: { lessonSlug: true, completedAt: true },
  });
  return new Map(rows.map((r) => [r.lessonSlug, r.completedAt ? "completed" : "in-progress"]));
}

export async function markLessonStarted(db: PrismaClient, userId: string, lessonSlug: string): Promise<void> {
  await db.lessonProgress.upsert({
    where: { userId_lessonSlug: { userId, lessonSlug } },
    create: { userId, lessonSlug },
    update: {},
    select: { lessonSlug: true },
  });
}

/** Idempotent: completing twice keeps the first completion time. */
export async function markLessonCompleted(
  db: PrismaClient, userId: string, lessonSlug: string, at: Date = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const existing = await tx.lessonProgress.findUnique({
      where: { userId_lessonSlug: { userId, lessonSlug } },
      select: { completedAt: true },
    });
    if (existing?.completedAt) return;
    await tx.lessonProgress.upsert({
      where: { userId_lessonSlug: { userId, lessonSlug } },
      create: { userId, lessonSlug, startedAt: at, completedAt: at },
      update: { completedAt: at },
      select: { lessonSlug: true },
    });
  });
}
