import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findExerciseAttempt, listExerciseAttempts, recordExerciseAttempt, type ExerciseAttemptInput } from "./attempts";
import { openTestDatabase, testEngines, type TestDatabase } from "./testing/databases";
import { createUser } from "./users";

describe.each(testEngines)("exercise attempts on %s", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  }, 180_000);
  afterAll(async () => {
    await db?.dispose();
  });

  const input = (userId: string, over: Partial<ExerciseAttemptInput> = {}): ExerciseAttemptInput => ({
    userId,
    exerciseId: "follow-the-scheduler",
    actions: [{ at: 0, kind: "wait" }],
    checkResults: [{ id: "a", passed: true, message: "ok" }],
    score: 1,
    maxScore: 1,
    durationMs: 7,
    clientHash: "abc",
    hashMismatch: true,
    idempotencyKey: "key-0001",
    ...over,
  });

  it("stores an attempt with its verdict, duration and desync flag, and finds it by key", async () => {
    const u = await createUser(db.prisma, { email: "one@example.com", name: "One", role: "learner", password: "pw-123456" });
    const a = await recordExerciseAttempt(db.prisma, input(u.id));
    expect(a).toMatchObject({ exerciseId: "follow-the-scheduler", passed: true, score: 1, maxScore: 1, durationMs: 7, hashMismatch: true });
    expect(await findExerciseAttempt(db.prisma, u.id, "key-0001")).toEqual(a);
    expect(await findExerciseAttempt(db.prisma, u.id, "key-other")).toBeNull();
  });

  it("a retried key returns the first attempt; another learner's same key is their own attempt", async () => {
    const u = await createUser(db.prisma, { email: "two@example.com", name: "Two", role: "learner", password: "pw-123456" });
    const v = await createUser(db.prisma, { email: "three@example.com", name: "Three", role: "learner", password: "pw-123456" });
    const first = await recordExerciseAttempt(db.prisma, input(u.id, { idempotencyKey: "shared-key" }));
    const retry = await recordExerciseAttempt(db.prisma, input(u.id, { idempotencyKey: "shared-key", score: 0, checkResults: [{ id: "a", passed: false, message: "no" }] }));
    expect(retry).toEqual(first);
    expect(await findExerciseAttempt(db.prisma, v.id, "shared-key")).toBeNull();
    const theirs = await recordExerciseAttempt(db.prisma, input(v.id, { idempotencyKey: "shared-key", score: 0, checkResults: [{ id: "a", passed: false, message: "no" }] }));
    expect(theirs.id).not.toBe(first.id);
    expect(theirs.passed).toBe(false);
    expect(await listExerciseAttempts(db.prisma, u.id, "follow-the-scheduler")).toEqual([first]);
    expect(await db.prisma.exerciseAttempt.count({ where: { idempotencyKey: "shared-key" } })).toBe(2);
  });
});
