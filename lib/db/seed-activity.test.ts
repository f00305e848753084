import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matrixLessons } from "@/lib/instructor/course";
import { buildMatrix } from "@/lib/instructor/matrix";
import { getCohortMatrixRows } from "./instructor";
import { DEMO_COHORT, seedDemo } from "./seed";
import { seedDemoActivity } from "./seed-activity";
import { openTestDatabase, testEngines, type TestDatabase } from "./testing/databases";
import { findUserByEmail } from "./users";

describe.each(testEngines)("demo activity on %s", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  }, 180_000);
  afterAll(async () => {
    await db?.dispose();
  });

  it("gives the demo cohort graded attempts (idempotently) that the matrix shows", async () => {
    await seedDemo(db.prisma, {});
    await seedDemoActivity(db.prisma);
    const counts = { exercises: await db.prisma.exerciseAttempt.count(), quizzes: await db.prisma.quizAttempt.count() };
    expect(counts.exercises).toBeGreaterThan(10);
    expect(counts.quizzes).toBeGreaterThan(5);
    await seedDemoActivity(db.prisma);
    expect({ exercises: await db.prisma.exerciseAttempt.count(), quizzes: await db.prisma.quizAttempt.count() }).toEqual(counts);

    // Some attempts failed with real check messages, some passed.
    const failed = await db.prisma.exerciseAttempt.findFirst({ where: { passed: false }, select: { checkResults: true } });
    expect((failed!.checkResults as { passed: boolean; message: string }[]).some((c) => !c.passed && c.message.length > 10)).toBe(true);

    const grace = await findUserByEmail(db.prisma, "grace@reconcile.dev");
    const cohort = await db.prisma.cohort.findUnique({ where: { joinCode: DEMO_COHORT.joinCode }, select: { id: true } });
    const rows = await getCohortMatrixRows(db.prisma, grace, cohort!.id);
    const matrix = buildMatrix({ ...rows, lessons: await matrixLessons() });
    const byEmail = Object.fromEntries(matrix.rows.map((r) => [r.learner.email, r.cells.map((c) => c.status)]));
    expect(byEmail["alan@reconcile.dev"]!.every((s) => s === "completed")).toBe(true);
    expect(byEmail["ada@reconcile.dev"]!.slice(0, 2)).toEqual(["completed", "in-progress"]);
    expect(byEmail["katherine@reconcile.dev"]![0]).toBe("in-progress");
  }, 120_000);
});
