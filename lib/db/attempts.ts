import "server-only";
import type { Prisma, PrismaClient } from "./generated/client";

export interface CheckResult {
  id: string;
  passed: boolean;
  message: string;
}

export interface ExerciseAttemptInput {
  userId: string;
  exerciseId: string;
  actions: unknown[];
  checkResults: CheckResult[];
  score: number;
  maxScore: number;
  durationMs: number;
  clientHash?: string;
  hashMismatch?: boolean;
  idempotencyKey: string;
}

export interface ExerciseAttemptRecord {
  id: string;
  exerciseId: string;
  checkResults: CheckResult[];
  score: number;
  maxScore: number;
  passed: boolean;
  durationMs: number;
  /** The client's state hash differed from the replay's (a desync, for instructors to see). */
  hashMismatch: boolean;
  createdAt: Date;
}

const recordSelect = {
  id: true, exerciseId: true, checkResults: true, score: true, maxScore: true, passed: true, durationMs: true, hashMismatch: true, createdAt: true,
} as const;

const toRecord = (row: { checkResults: Prisma.JsonValue } & Omit<ExerciseAttemptRecord, "checkResults">) => ({
  ...row,
  checkResults: row.checkResults as unknown as CheckResult[],
});

/**
 * Stores a graded attempt. A retried request with the same (user, idempotencyKey) returns
 * the attempt stored the first time instead of creating a duplicate.
 */
export async function recordExerciseAttempt(db: PrismaClient, input: ExerciseAttemptInput): Promise<ExerciseAttemptRecord> {
  return (await storeExerciseAttempt(db, input)).record;
}

/** recordExerciseAttempt, also telling whether this call stored it (false: the key's earlier attempt). */
export async function storeExerciseAttempt(db: PrismaClient, input: ExerciseAttemptInput): Promise<{ record: ExerciseAttemptRecord; created: boolean }> {
  const where = { userId_idempotencyKey: { userId: input.userId, idempotencyKey: input.idempotencyKey } };
  try {
    const row = await db.exerciseAttempt.create({
      data: {
        userId: input.userId,
        exerciseId: input.exerciseId,
        actions: input.actions as Prisma.InputJsonValue,
        checkResults: input.checkResults as unknown as Prisma.InputJsonValue,
        score: input.score,
        maxScore: input.maxScore,
        passed: input.checkResults.every((c) => c.passed),
        durationMs: input.durationMs,
        clientHash: input.clientHash ?? null,
        hashMismatch: input.hashMismatch ?? false,
        idempotencyKey: input.idempotencyKey,
      },
      select: recordSelect,
    });
    return { record: toRecord(row), created: true };
  } catch (error) {
    // A unique violation on (userId, idempotencyKey) means a retry: answer with the stored
    // attempt. Adapters report the violation differently (P2002 vs a raw driver error), so
    // the lookup decides rather than the error's shape.
    const existing = await db.exerciseAttempt.findUnique({ where, select: recordSelect });
    if (existing) return { record: toRecord(existing), created: false };
    throw error;
  }
}

/** The attempt a learner stored under an idempotency key; another learner's key finds nothing. */
export async function findExerciseAttempt(db: PrismaClient, userId: string, idempotencyKey: string): Promise<ExerciseAttemptRecord | null> {
  const row = await db.exerciseAttempt.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey } }, select: recordSelect });
  return row ? toRecord(row) : null;
}

export async function listExerciseAttempts(db: PrismaClient, userId: string, exerciseId: string): Promise<ExerciseAttemptRecord[]> {
  const rows = await db.exerciseAttempt.findMany({
    where: { userId, exerciseId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: recordSelect,
  });
  return rows.map(toRecord);
}
