import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listExerciseAttempts, recordExerciseAttempt } from "./attempts";
import { addMember, createCohort, listInstructorCohorts } from "./cohorts";
import { readMigrations } from "./migrate";
import { verifyPassword } from "@/lib/auth/password";
import { getLessonStatuses, markLessonCompleted, markLessonStarted } from "./progress";
import { DEMO_PASSWORD, seedDemo } from "./seed";
import { openTestDatabase, testEngines, type TestDatabase } from "./testing/databases";
import { createUser, findPasswordHash, findUserByEmail, setUserRole } from "./users";

describe.each(testEngines)("data access on %s", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it("applied the committed migrations on open, and re-opening is a no-op", async () => {
    const committed = readMigrations().map((m) => m.name);
    expect(committed[0]).toBe("20261125000000_init");
    expect(db.applied).toEqual(committed);
    const rows = await db.prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM "_reconcile_migrations" ORDER BY name`);
    expect(rows.map((r) => r.name)).toEqual(committed);
  });

  it("creates users with a credential account holding better-auth's hash, and a lower-cased email", async () => {
    const user = await createUser(db.prisma, { email: "Lin@Example.com", name: "Lin", role: "learner", password: "s3cret-pass" });
    expect(user).toEqual({ id: user.id, email: "lin@example.com", name: "Lin", role: "learner" });
    expect(await findUserByEmail(db.prisma, "LIN@example.com")).toEqual(user);
    const hash = await findPasswordHash(db.prisma, user.id);
    expect(hash).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(await verifyPassword({ hash: hash!, password: "s3cret-pass" })).toBe(true);
    expect(await verifyPassword({ hash: hash!, password: "wrong" })).toBe(false);
    const accounts = await db.prisma.account.findMany({ where: { userId: user.id }, select: { providerId: true, accountId: true } });
    expect(accounts).toEqual([{ providerId: "credential", accountId: user.id }]);
    await expect(
      createUser(db.prisma, { email: "lin@example.com", name: "Dup", role: "learner", password: "x" }),
    ).rejects.toThrow();
    expect(await db.prisma.user.count({ where: { email: "lin@example.com" } })).toBe(1);
    expect(await db.prisma.account.count({ where: { userId: user.id } })).toBe(1);
  });

  it("changes a role by email, refusing unknown roles and emails without changing anything", async () => {
    const user = await createUser(db.prisma, { email: "r@example.com", name: "R", role: "learner", password: "pw-1234567" });
    await expect(setUserRole(db.prisma, "r@example.com", "admin")).rejects.toThrow(
      'Unknown role "admin": expected one of learner, instructor',
    );
    await expect(setUserRole(db.prisma, "nobody@example.com", "instructor")).rejects.toThrow(
      'No user with email "nobody@example.com"',
    );
    expect((await findUserByEmail(db.prisma, "r@example.com"))?.role).toBe("learner");
    expect(await setUserRole(db.prisma, "R@Example.com", "instructor")).toEqual({ ...user, role: "instructor" });
  });

  it("tracks lesson progress idempotently", async () => {
    const user = await createUser(db.prisma, { email: "p@example.com", name: "P", role: "learner", password: "pw-123456" });
    await markLessonStarted(db.prisma, user.id, "01-a/01-b");
    await markLessonStarted(db.prisma, user.id, "01-a/02-c");
    const first = new Date("2026-01-01T00:00:00Z");
    await markLessonCompleted(db.prisma, user.id, "01-a/01-b", first);
    await markLessonCompleted(db.prisma, user.id, "01-a/01-b", new Date("2026-02-01T00:00:00Z"));
    const statuses = await getLessonStatuses(db.prisma, user.id);
    expect(Object.fromEntries(statuses)).toEqual({ "01-a/01-b": "completed", "01-a/02-c": "in-progress" });
    const row = await db.prisma.lessonProgress.findUnique({
      where: { userId_lessonSlug: { userId: user.id, lessonSlug: "01-a/01-b" } },
      select: { completedAt: true },
    });
    expect(row?.completedAt?.toISOString()).toBe(first.toISOString());
  });

  it("stores exercise attempts once per idempotency key", async () => {
    const user = await createUser(db.prisma, { email: "a@example.com", name: "A", role: "learner", password: "pw-123456" });
    const input = {
      userId: user.id,
      exerciseId: "scale-deployment",
      actions: [{ at: 0, kind: "kubectl", payload: "get pods" }],
      checkResults: [{ id: "replicas", passed: true, message: "3 replicas" }, { id: "image", passed: false, message: "wrong image" }],
      score: 1,
      maxScore: 2,
      durationMs: 12,
      idempotencyKey: "key-1",
    };
    const a = await recordExerciseAttempt(db.prisma, input);
    const b = await recordExerciseAttempt(db.prisma, { ...input, score: 2 });
    expect(b.id).toBe(a.id);
    expect(a.passed).toBe(false);
    expect(a.checkResults).toEqual(input.checkResults);
    const list = await listExerciseAttempts(db.prisma, user.id, "scale-deployment");
    expect(list.map((r) => [r.id, r.score])).toEqual([[a.id, 1]]);
  });

  it("groups learners into an instructor's cohorts", async () => {
    const teacher = await createUser(db.prisma, { email: "t@example.com", name: "T", role: "instructor", password: "pw-123456" });
    const learner = await createUser(db.prisma, { email: "l@example.com", name: "L", role: "learner", password: "pw-123456" });
    const cohort = await createCohort(db.prisma, { name: "Spring", instructorId: teacher.id });
    expect(cohort.joinCode).toMatch(/^[A-HJ-KM-NP-Z2-9]{8}$/);
    await addMember(db.prisma, cohort.id, learner.id);
    await addMember(db.prisma, cohort.id, learner.id);
    expect(await listInstructorCohorts(db.prisma, teacher.id)).toEqual([{ ...cohort, memberCount: 1 }]);
  });

  it("seeds the demo accounts idempotently", async () => {
    const progress = { "ada@reconcile.dev": { completed: ["01-x/01-y"], started: ["01-x/02-z"] } };
    expect(await seedDemo(db.prisma, progress)).toEqual({ created: 4 });
    expect(await seedDemo(db.prisma, progress)).toEqual({ created: 0 });
    const ada = await findUserByEmail(db.prisma, "ada@reconcile.dev");
    expect(Object.fromEntries(await getLessonStatuses(db.prisma, ada!.id))).toEqual({
      "01-x/01-y": "completed", "01-x/02-z": "in-progress",
    });
    const grace = await findUserByEmail(db.prisma, "grace@reconcile.dev");
    expect(grace?.role).toBe("instructor");
    expect(await verifyPassword({ hash: (await findPasswordHash(db.prisma, grace!.id))!, password: DEMO_PASSWORD })).toBe(true);
    expect(await db.prisma.membership.count({ where: { cohort: { joinCode: "DEMO2026" } } })).toBe(3);
  });
});
