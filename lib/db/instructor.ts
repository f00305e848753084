import "server-only";
import type { AttemptCheck, ExerciseAttemptRow, QuizAttemptRow } from "@/lib/instructor/insights";
import type { ExerciseGroupRow, MatrixLearner, ProgressRow, QuizGroupRow } from "@/lib/instructor/matrix";
import type { Action } from "@/lib/exercises/action-log";
import type { Prisma, PrismaClient } from "./generated/client";
import { AccessError, cohortLearner, cuidSchema, ownedCohort, type Actor, type OwnedCohort } from "./instructor-access";

// Read queries behind the instructor pages and exports. Each one checks ownership first
// (instructor-access.ts) and then reads only the cohort's members, in a handful of queries
// whatever the cohort's size: the matrix is five round trips for 200 learners or 2.

const inCohort = (cohortId: string) => ({ user: { memberships: { some: { cohortId } } } });

export interface CohortMatrixRows {
  cohort: OwnedCohort;
  learners: MatrixLearner[];
  progress: ProgressRow[];
  exercises: ExerciseGroupRow[];
  quizzes: QuizGroupRow[];
}

type Packed = [string, boolean, number];

export async function getCohortMatrixRows(db: PrismaClient, actor: Actor, cohortId: string): Promise<CohortMatrixRows> {
  const cohort = await ownedCohort(db, actor, cohortId);
  // One round trip, one row per learner with their progress and attempt counts aggregated in
  // SQL as small JSON arrays (times as epoch ms: the columns carry no time zone): per-row
  // driver overhead dominated when each attempt group came back as its own row (scripts/bench-matrix.mts: 200 learners × 24 lessons, budget 500 ms).
  const rows = await db.$queryRaw<{ id: string; name: string; email: string; progress: [string, number | null, number][]; exercises: Packed[]; quizzes: [string, number, number, number][] }[]>`
    SELECT u."id", u."name", u."email",
      (SELECT COALESCE(json_agg(json_build_array(p."lessonSlug", floor(extract(epoch FROM p."completedAt") * 1000), p."timeSpentMs")), '[]'::json)
         FROM "LessonProgress" p WHERE p."userId" = u."id") AS "progress",
      (SELECT COALESCE(json_agg(json_build_array(x."exerciseId", x."passed", x."n")), '[]'::json)
         FROM (SELECT e."exerciseId", bool_or(e."passed") AS "passed", COUNT(*)::int AS "n" FROM "ExerciseAttempt" e WHERE e."userId" = u."id" GROUP BY e."exerciseId") x) AS "exercises",
      (SELECT COALESCE(json_agg(json_build_array(y."quizId", y."n", y."best", y."max")), '[]'::json)
         FROM (SELECT q."quizId", COUNT(*)::int AS "n", MAX(q."score") AS "best", MAX(q."maxScore") AS "max" FROM "QuizAttempt" q WHERE q."userId" = u."id" GROUP BY q."quizId") y) AS "quizzes"
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."cohortId" = ${cohort.id}`;
  const out: CohortMatrixRows = { cohort, learners: [], progress: [], exercises: [], quizzes: [] };
  for (const r of rows) {
    out.learners.push({ id: r.id, name: r.name, email: r.email });
    for (const [lessonSlug, completedAt, timeSpentMs] of r.progress) out.progress.push({ userId: r.id, lessonSlug, completedAt: completedAt === null ? null : new Date(completedAt), timeSpentMs });
    for (const [exerciseId, passed, attempts] of r.exercises) out.exercises.push({ userId: r.id, exerciseId, passed, attempts });
    for (const [quizId, attempts, bestScore, maxScore] of r.quizzes) out.quizzes.push({ userId: r.id, quizId, attempts, bestScore, maxScore });
  }
  return out;
}

export interface LearnerExerciseAttempt {
  id: string;
  exerciseId: string;
  passed: boolean;
  score: number;
  maxScore: number;
  checkResults: AttemptCheck[];
  hashMismatch: boolean;
  actionCount: number;
  createdAt: Date;
}

export interface LearnerQuizAttempt {
  id: string;
  quizId: string;
  score: number;
  maxScore: number;
  createdAt: Date;
}

/** One learner of the cohort: progress and every attempt (newest first, without action logs). */
export async function getLearnerDetail(db: PrismaClient, actor: Actor, cohortId: string, learnerId: string) {
  const { cohort, learner, joinedAt } = await cohortLearner(db, actor, cohortId, learnerId);
  const [progress, exercises, quizzes] = await Promise.all([
    db.lessonProgress.findMany({ where: { userId: learner.id }, select: { userId: true, lessonSlug: true, completedAt: true, timeSpentMs: true, lastVisitedAt: true } }),
    db.exerciseAttempt.findMany({
      where: { userId: learner.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, exerciseId: true, passed: true, score: true, maxScore: true, checkResults: true, hashMismatch: true, actions: true, createdAt: true },
    }),
    db.quizAttempt.findMany({ where: { userId: learner.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, quizId: true, score: true, maxScore: true, createdAt: true } }),
  ]);
  const attempts: LearnerExerciseAttempt[] = exercises.map(({ actions, checkResults, ...a }) => ({
    ...a,
    checkResults: checkResults as unknown as AttemptCheck[],
    actionCount: Array.isArray(actions) ? actions.length : 0,
  }));
  return { cohort, learner, joinedAt, progress, exerciseAttempts: attempts, quizAttempts: quizzes as LearnerQuizAttempt[] };
}

export interface AttemptForReplay {
  id: string;
  exerciseId: string;
  actions: Action[];
  checkResults: AttemptCheck[];
  passed: boolean;
  score: number;
  maxScore: number;
  hashMismatch: boolean;
  createdAt: Date;
  learner: { id: string; name: string; email: string };
  cohort: OwnedCohort;
}

/** An attempt with its action log, when its learner is in the actor's cohort. */
export async function getAttemptForReplay(db: PrismaClient, actor: Actor, cohortId: string, attemptId: string): Promise<AttemptForReplay> {
  const cohort = await ownedCohort(db, actor, cohortId);
  if (!cuidSchema.safeParse(attemptId).success) throw new AccessError("not-found");
  const row = await db.exerciseAttempt.findFirst({
    where: { id: attemptId, ...inCohort(cohort.id) },
    select: {
      id: true, exerciseId: true, actions: true, checkResults: true, passed: true, score: true, maxScore: true, hashMismatch: true, createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
  if (!row) throw new AccessError("not-found");
  const { user, actions, checkResults, ...rest } = row;
  return { ...rest, actions: actions as unknown as Action[], checkResults: checkResults as unknown as AttemptCheck[], learner: user, cohort };
}

export interface CohortInsightRows {
  cohort: OwnedCohort;
  learnerCount: number;
  exerciseAttempts: ExerciseAttemptRow[];
  quizAttempts: QuizAttemptRow[];
  /** lessonSlug → (userId → visible-tab time on the lesson). */
  lessonTime: Map<string, Map<string, number>>;
}

export async function getCohortInsightRows(db: PrismaClient, actor: Actor, cohortId: string): Promise<CohortInsightRows> {
  const cohort = await ownedCohort(db, actor, cohortId);
  const [learnerCount, exercises, quizzes, progress] = await Promise.all([
    db.membership.count({ where: { cohortId: cohort.id } }),
    db.exerciseAttempt.findMany({ where: inCohort(cohort.id), select: { userId: true, exerciseId: true, passed: true, checkResults: true, createdAt: true } }),
    db.quizAttempt.findMany({ where: inCohort(cohort.id), select: { userId: true, quizId: true, answers: true, results: true, createdAt: true } }),
    db.lessonProgress.findMany({ where: { ...inCohort(cohort.id), timeSpentMs: { gt: 0 } }, select: { userId: true, lessonSlug: true, timeSpentMs: true } }),
  ]);
  const lessonTime = new Map<string, Map<string, number>>();
  for (const p of progress) {
    const m = lessonTime.get(p.lessonSlug) ?? new Map<string, number>();
    m.set(p.userId, p.timeSpentMs);
    lessonTime.set(p.lessonSlug, m);
  }
  return {
    cohort,
    learnerCount,
    exerciseAttempts: exercises.map((e) => ({ ...e, checkResults: e.checkResults as unknown as AttemptCheck[] })),
    quizAttempts: quizzes.map((q) => ({ ...q, answers: (q.answers ?? {}) as Record<string, unknown>, results: q.results as unknown as { id: string; correct: boolean }[] })),
    lessonTime,
  };
}

export interface AttemptExportRow {
  kind: "exercise" | "quiz";
  id: string;
  learnerName: string;
  learnerEmail: string;
  itemId: string;
  score: number;
  maxScore: number;
  /** Exercise: all checks passed. Quiz: decided by the caller from the pass mark. */
  passed: boolean | null;
  failedChecks: string[];
  actions: Prisma.JsonValue | null;
  createdAt: Date;
}

/** Every attempt of the cohort's learners, oldest first, for the CSV export. */
export async function getCohortAttemptRows(db: PrismaClient, actor: Actor, cohortId: string): Promise<{ cohort: OwnedCohort; rows: AttemptExportRow[] }> {
  const cohort = await ownedCohort(db, actor, cohortId);
  const user = { select: { name: true, email: true } } as const;
  const [exercises, quizzes] = await Promise.all([
    db.exerciseAttempt.findMany({ where: inCohort(cohort.id), orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, exerciseId: true, score: true, maxScore: true, passed: true, checkResults: true, actions: true, createdAt: true, user } }),
    db.quizAttempt.findMany({ where: inCohort(cohort.id), orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, quizId: true, score: true, maxScore: true, createdAt: true, user } }),
  ]);
  const rows: AttemptExportRow[] = [
    ...exercises.map((e) => ({
      kind: "exercise" as const, id: e.id, learnerName: e.user.name, learnerEmail: e.user.email, itemId: e.exerciseId, score: e.score, maxScore: e.maxScore, passed: e.passed,
      failedChecks: (e.checkResults as unknown as AttemptCheck[]).filter((c) => !c.passed).map((c) => c.id), actions: e.actions, createdAt: e.createdAt,
    })),
    ...quizzes.map((q) => ({
      kind: "quiz" as const, id: q.id, learnerName: q.user.name, learnerEmail: q.user.email, itemId: q.quizId, score: q.score, maxScore: q.maxScore, passed: null, failedChecks: [], actions: null, createdAt: q.createdAt,
    })),
  ];
  rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  return { cohort, rows };
}
