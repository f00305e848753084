import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordExerciseAttempt } from "./attempts";
import { addMember } from "./cohorts";
import { getAttemptForReplay, getCohortAttemptRows, getCohortInsightRows, getCohortMatrixRows, getLearnerDetail } from "./instructor";
import { AccessError, type Actor } from "./instructor-access";
import { createMyCohort, joinCohort, listMyCohorts, previewJoinCode, regenerateJoinCode, removeLearner, renameMyCohort, setCohortArchived } from "./instructor-cohorts";
import { markLessonCompleted, markLessonStarted } from "./progress";
import { recordQuizAttempt } from "./quizzes";
import { openTestDatabase, testEngines, type TestDatabase } from "./testing/databases";
import { createUser } from "./users";

// Authorization of every instructor query and action: the owner may, a learner is forbidden,
// another instructor and a stranger's ids get not-found, nobody signed in is unauthenticated.

const rejects = async (p: Promise<unknown>, code: AccessError["code"]) => {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AccessError);
  expect((error as AccessError).code).toBe(code);
};

describe.each(testEngines)("instructor data on %s", (engine) => {
  let db: TestDatabase;
  let grace: Actor;
  let other: Actor;
  let ada: Actor;
  let bob: Actor;
  let cohortId: string;
  let attemptId: string;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    const user = (email: string, role: "learner" | "instructor") => createUser(db.prisma, { email, name: email.split("@")[0]!, role, password: "pw-123456" });
    grace = await user("grace@t.dev", "instructor");
    other = await user("other@t.dev", "instructor");
    ada = await user("ada@t.dev", "learner");
    bob = await user("bob@t.dev", "learner");
    const cohort = await createMyCohort(db.prisma, grace, "  Spring  ");
    cohortId = cohort.id;
    await addMember(db.prisma, cohortId, ada!.id);
    await markLessonStarted(db.prisma, ada!.id, "01-a/01-b");
    await markLessonCompleted(db.prisma, ada!.id, "01-a/02-c", new Date("2026-03-04T05:06:07.089Z"));
    const a = await recordExerciseAttempt(db.prisma, {
      userId: ada!.id, exerciseId: "scale-and-self-heal", actions: [{ at: 0, kind: "kubectl", payload: { line: "get pods" } }],
      checkResults: [{ id: "c", passed: false, message: "nope" }], score: 0, maxScore: 1, durationMs: 3, idempotencyKey: "key-ada-1",
    });
    attemptId = a.id;
    await recordExerciseAttempt(db.prisma, {
      userId: bob!.id, exerciseId: "scale-and-self-heal", actions: [], checkResults: [{ id: "c", passed: true, message: "ok" }], score: 1, maxScore: 1, durationMs: 3, idempotencyKey: "key-bob-1",
    });
    await recordQuizAttempt(db.prisma, { userId: ada!.id, quizId: "01-a.01-b", answers: { q: { type: "single", choice: "x" } }, results: [], score: 100, maxScore: 200, idempotencyKey: "quiz-ada-1" });
  }, 180_000);
  afterAll(async () => {
    await db?.dispose();
  });

  it("the owner creates (trimmed name, fresh code), lists, renames, archives and unarchives", async () => {
    const list = await listMyCohorts(db.prisma, grace);
    expect(list.map((c) => [c.name, c.memberCount])).toEqual([["Spring", 1]]);
    expect(list[0]!.id).toMatch(/^c[a-z0-9]{20,}$/);
    expect(list[0]!.joinCode).toMatch(/^[A-Z2-9]{8}$/);
    await renameMyCohort(db.prisma, grace, cohortId, "Spring 2026");
    await setCohortArchived(db.prisma, grace, cohortId, true);
    const archived = (await listMyCohorts(db.prisma, grace))[0]!;
    expect(archived).toMatchObject({ name: "Spring 2026" });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    await setCohortArchived(db.prisma, grace, cohortId, false);
    expect((await listMyCohorts(db.prisma, grace))[0]!.archivedAt).toBeNull();
    await expect(renameMyCohort(db.prisma, grace, cohortId, "   ")).rejects.toThrow("Give the cohort a name.");
    expect(await listMyCohorts(db.prisma, other)).toEqual([]);
  });

  it("every action and query refuses learners, other instructors and nobody", async () => {
    const calls: [string, (actor: Actor) => Promise<unknown>][] = [
      ["rename", (a) => renameMyCohort(db.prisma, a, cohortId, "x")],
      ["archive", (a) => setCohortArchived(db.prisma, a, cohortId, true)],
      ["regenerate", (a) => regenerateJoinCode(db.prisma, a, cohortId)],
      ["remove", (a) => removeLearner(db.prisma, a, cohortId, ada!.id)],
      ["matrix", (a) => getCohortMatrixRows(db.prisma, a, cohortId)],
      ["learner", (a) => getLearnerDetail(db.prisma, a, cohortId, ada!.id)],
      ["attempt", (a) => getAttemptForReplay(db.prisma, a, cohortId, attemptId)],
      ["insights", (a) => getCohortInsightRows(db.prisma, a, cohortId)],
      ["export", (a) => getCohortAttemptRows(db.prisma, a, cohortId)],
    ];
    for (const [name, call] of calls) {
      await rejects(call(ada), "forbidden").catch((e) => Promise.reject(new Error(`${name} as learner: ${e}`)));
      await rejects(call(other), "not-found").catch((e) => Promise.reject(new Error(`${name} as other instructor: ${e}`)));
      await rejects(call(null), "unauthenticated").catch((e) => Promise.reject(new Error(`${name} signed out: ${e}`)));
    }
    await rejects(createMyCohort(db.prisma, ada, "mine"), "forbidden");
    await rejects(listMyCohorts(db.prisma, ada), "forbidden");
    await rejects(listMyCohorts(db.prisma, null), "unauthenticated");
    // Nothing changed.
    const [cohort] = await listMyCohorts(db.prisma, grace);
    expect(cohort).toMatchObject({ memberCount: 1, archivedAt: null, name: "Spring 2026" });
  });

  it("ids that are malformed, or not in the cohort, are not found", async () => {
    await rejects(getCohortMatrixRows(db.prisma, grace, "' OR 1=1 --"), "not-found");
    await rejects(getLearnerDetail(db.prisma, grace, cohortId, bob!.id), "not-found");
    const bobAttempt = await db.prisma.exerciseAttempt.findFirst({ where: { userId: bob!.id }, select: { id: true } });
    await rejects(getAttemptForReplay(db.prisma, grace, cohortId, bobAttempt!.id), "not-found");
    await rejects(removeLearner(db.prisma, grace, cohortId, bob!.id), "not-found");
  });

  it("reads only the cohort's members: matrix rows, learner detail, attempt, insights, export", async () => {
    const m = await getCohortMatrixRows(db.prisma, grace, cohortId);
    expect(m.learners.map((l) => l.email)).toEqual(["ada@t.dev"]);
    expect(m.progress.sort((a, b) => a.lessonSlug.localeCompare(b.lessonSlug))).toEqual([
      { userId: ada!.id, lessonSlug: "01-a/01-b", completedAt: null, timeSpentMs: 0 },
      { userId: ada!.id, lessonSlug: "01-a/02-c", completedAt: new Date("2026-03-04T05:06:07.089Z"), timeSpentMs: 0 },
    ]);
    expect(m.exercises).toEqual([{ userId: ada!.id, exerciseId: "scale-and-self-heal", passed: false, attempts: 1 }]);
    expect(m.quizzes).toEqual([{ userId: ada!.id, quizId: "01-a.01-b", attempts: 1, bestScore: 100, maxScore: 200 }]);
    const detail = await getLearnerDetail(db.prisma, grace, cohortId, ada!.id);
    expect(detail.exerciseAttempts.map((a) => [a.id, a.actionCount])).toEqual([[attemptId, 1]]);
    const attempt = await getAttemptForReplay(db.prisma, grace, cohortId, attemptId);
    expect(attempt).toMatchObject({ learner: { email: "ada@t.dev" }, actions: [{ kind: "kubectl" }], checkResults: [{ id: "c", passed: false }] });
    const insights = await getCohortInsightRows(db.prisma, grace, cohortId);
    expect(insights.exerciseAttempts.map((a) => a.userId)).toEqual([ada!.id]);
    expect(insights.quizAttempts[0]!.answers).toEqual({ q: { type: "single", choice: "x" } });
    const exported = await getCohortAttemptRows(db.prisma, grace, cohortId);
    expect(exported.rows.map((r) => [r.kind, r.learnerEmail])).toEqual([["exercise", "ada@t.dev"], ["quiz", "ada@t.dev"]]);
  });

  it("joining by code: case and dashes forgiven, twice is fine, archived refused, regenerate retires the old code", async () => {
    const [cohort] = await listMyCohorts(db.prisma, grace);
    const code = cohort!.joinCode;
    expect(await previewJoinCode(db.prisma, code.toLowerCase())).toEqual({ name: "Spring 2026", instructorName: "grace", archived: false });
    expect(await joinCohort(db.prisma, bob, `${code.slice(0, 4)}-${code.slice(4).toLowerCase()}`)).toMatchObject({ ok: true, alreadyMember: false });
    expect(await joinCohort(db.prisma, bob, code)).toMatchObject({ ok: true, alreadyMember: true });
    expect(await joinCohort(db.prisma, grace, code)).toMatchObject({ ok: false, reason: "own-cohort" });
    expect(await joinCohort(db.prisma, bob, "NOPE2345")).toEqual({ ok: false, reason: "unknown-code" });
    expect(await joinCohort(db.prisma, bob, "x".repeat(500))).toEqual({ ok: false, reason: "unknown-code" });
    await rejects(joinCohort(db.prisma, null, code), "unauthenticated");

    await removeLearner(db.prisma, grace, cohortId, bob!.id);
    await setCohortArchived(db.prisma, grace, cohortId, true);
    expect(await joinCohort(db.prisma, bob, code)).toEqual({ ok: false, reason: "archived", cohortName: "Spring 2026" });
    await setCohortArchived(db.prisma, grace, cohortId, false);

    const fresh = await regenerateJoinCode(db.prisma, grace, cohortId);
    expect(fresh).not.toBe(code);
    expect(await joinCohort(db.prisma, bob, code)).toEqual({ ok: false, reason: "unknown-code" });
    expect(await joinCohort(db.prisma, bob, fresh)).toMatchObject({ ok: true });
    // Removing keeps the learner's own data.
    await removeLearner(db.prisma, grace, cohortId, bob!.id);
    expect(await db.prisma.exerciseAttempt.count({ where: { userId: bob!.id } })).toBe(1);
  });
});
