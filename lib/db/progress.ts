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

// ---- Lesson visits and time spent (the lesson page's beacon, app/api/progress/visit) ----

/** Most visible-tab time one beacon may add: the page flushes well before this. */
export const MAX_VISIT_INCREMENT_MS = 15 * 60 * 1000;
/** Slack for the network between the page's clock and ours. */
const VISIT_GRACE_MS = 5_000;

/**
 * A lesson page reports a visit (elapsedMs 0 on load) or visible time spent since its last
 * report. The increment is capped twice: by MAX_VISIT_INCREMENT_MS, and by the real time
 * since the previous report (plus a little grace), so replayed or forged beacons cannot add
 * more time than has passed. Returns the lesson's status for the page to show.
 */
export async function recordLessonVisit(
  db: PrismaClient, userId: string, lessonSlug: string, elapsedMs: number, now: Date = new Date(),
): Promise<{ status: LessonStatus; addedMs: number; timeSpentMs: number }> {
  const requested = Math.max(0, Math.min(MAX_VISIT_INCREMENT_MS, Math.floor(elapsedMs)));
  return db.$transaction(async (tx) => {
    const where = { userId_lessonSlug: { userId, lessonSlug } };
    const existing = await tx.lessonProgress.findUnique({ where, select: { lastVisitedAt: true } });
    const sinceLast = existing ? Math.max(0, now.getTime() - existing.lastVisitedAt.getTime()) + VISIT_GRACE_MS : requested;
    const addedMs = Math.min(requested, sinceLast);
    const row = await tx.lessonProgress.upsert({
      where,
      create: { userId, lessonSlug, startedAt: now, lastVisitedAt: now, timeSpentMs: addedMs },
      update: { lastVisitedAt: now, timeSpentMs: { increment: addedMs } },
      select: { completedAt: true, timeSpentMs: true },
    });
    return { status: row.completedAt ? "completed" : "in-progress", addedMs, timeSpentMs: row.timeSpentMs };
  });
}

// ---- The learner dashboard's figures ----

export interface LessonProgressRow {
  lessonSlug: string;
  startedAt: Date;
  completedAt: Date | null;
  lastVisitedAt: Date;
  timeSpentMs: number;
}

export interface ExerciseSummary {
  exerciseId: string;
  attempts: number;
  passed: boolean;
  /** Highest score; ties go to the earliest attempt. */
  best: { score: number; maxScore: number; at: Date };
  latestAt: Date;
}

export interface QuizScoreSummary {
  quizId: string;
  attempts: number;
  best: { score: number; maxScore: number; at: Date };
  latest: { score: number; maxScore: number; at: Date };
}

export interface LearnerProgress {
  lessons: LessonProgressRow[];
  exercises: ExerciseSummary[];
  quizzes: QuizScoreSummary[];
}

/** Everything the dashboard shows about one learner, in three queries. */
export async function getLearnerProgress(db: PrismaClient, userId: string): Promise<LearnerProgress> {
  const [lessons, exerciseRows, quizRows] = await Promise.all([
    db.lessonProgress.findMany({
      where: { userId },
      orderBy: { lastVisitedAt: "desc" },
      select: { lessonSlug: true, startedAt: true, completedAt: true, lastVisitedAt: true, timeSpentMs: true },
    }),
    db.exerciseAttempt.findMany({
      where: { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { exerciseId: true, score: true, maxScore: true, passed: true, createdAt: true },
    }),
    db.quizAttempt.findMany({
      where: { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { quizId: true, score: true, maxScore: true, createdAt: true },
    }),
  ]);

  const exercises = new Map<string, ExerciseSummary>();
  for (const r of exerciseRows) {
    const s = exercises.get(r.exerciseId);
    const entry = { score: r.score, maxScore: r.maxScore, at: r.createdAt };
    if (!s) exercises.set(r.exerciseId, { exerciseId: r.exerciseId, attempts: 1, passed: r.passed, best: entry, latestAt: r.createdAt });
    else {
      s.attempts++;
      s.passed ||= r.passed;
      if (fraction(entry) > fraction(s.best)) s.best = entry;
      s.latestAt = r.createdAt;
    }
  }
  const quizzes = new Map<string, QuizScoreSummary>();
  for (const r of quizRows) {
    const s = quizzes.get(r.quizId);
    const entry = { score: r.score, maxScore: r.maxScore, at: r.createdAt };
    if (!s) quizzes.set(r.quizId, { quizId: r.quizId, attempts: 1, best: entry, latest: entry });
    else {
      s.attempts++;
      if (fraction(entry) > fraction(s.best)) s.best = entry;
      s.latest = entry;
    }
  }
  return { lessons, exercises: [...exercises.values()], quizzes: [...quizzes.values()] };
}

const fraction = (s: { score: number; maxScore: number }) => (s.maxScore > 0 ? s.score / s.maxScore : 0);
