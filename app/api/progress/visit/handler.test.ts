import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { markLessonCompleted } from "@/lib/db/progress";
import { openTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/databases";
import { createUser } from "@/lib/db/users";
import { handleVisit, MAX_VISIT_BYTES, type VisitBody, type VisitDeps } from "./handler";

const LESSON = "01-why-kubernetes/01-what-kubernetes-does";
const t0 = new Date("2026-03-01T10:00:00.000Z");
const post = (body: unknown) =>
  new Request("http://test/api/progress/visit", { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

describe.each(testEngines)("lesson visit route on %s", (engine) => {
  let db: TestDatabase;
  let viewer: { id: string } | null;
  let now: Date;
  const deps: VisitDeps = { db: async () => db.prisma, viewer: async () => viewer, lessonExists: async (s) => s === LESSON, now: () => now };
  const row = () => db.prisma.lessonProgress.findUnique({ where: { userId_lessonSlug: { userId: viewer!.id, lessonSlug: LESSON } }, select: { timeSpentMs: true, lastVisitedAt: true } });
  const later = (ms: number) => (now = new Date(now.getTime() + ms));

  beforeAll(async () => {
    db = await openTestDatabase(engine);
  }, 120_000);
  afterAll(async () => {
    await db?.dispose();
  });
  let n = 0;
  beforeEach(async () => {
    const user = await createUser(db.prisma, { email: `v${++n}@example.com`, name: `V ${n}`, role: "learner", password: "pw-123456" });
    viewer = { id: user.id };
    now = t0;
  });

  it("records a visit, then adds visible time, never more than the time that passed", async () => {
    let res = await handleVisit(post({ lesson: LESSON, elapsedMs: 0 }), deps);
    expect(res.status).toBe(200);
    expect((await res.json()) as VisitBody).toEqual({ status: "in-progress", timeSpentMs: 0 });
    expect(await row()).toEqual({ timeSpentMs: 0, lastVisitedAt: t0 });

    later(60_000);
    res = await handleVisit(post({ lesson: LESSON, elapsedMs: 45_000 }), deps);
    expect(((await res.json()) as VisitBody).timeSpentMs).toBe(45_000);
    expect((await row())!.lastVisitedAt).toEqual(now);

    // A forged or replayed beacon claiming 10 minutes one second later adds one second (+ grace).
    later(1_000);
    res = await handleVisit(post({ lesson: LESSON, elapsedMs: 600_000 }), deps);
    expect(((await res.json()) as VisitBody).timeSpentMs).toBe(45_000 + 1_000 + 5_000);
  });

  it("reports a completed lesson as completed", async () => {
    await markLessonCompleted(db.prisma, viewer!.id, LESSON, t0);
    const res = await handleVisit(post({ lesson: LESSON, elapsedMs: 0 }), deps);
    expect(((await res.json()) as VisitBody).status).toBe("completed");
  });

  const refused: [string, () => Request, number][] = [
    ["an unknown lesson", () => post({ lesson: "09-nope/01-nope", elapsedMs: 0 }), 404],
    ["a malformed slug", () => post({ lesson: "../../etc", elapsedMs: 0 }), 422],
    ["an increment over the cap", () => post({ lesson: LESSON, elapsedMs: 16 * 60 * 1000 }), 422],
    ["a negative increment", () => post({ lesson: LESSON, elapsedMs: -5 }), 422],
    ["a fractional increment", () => post({ lesson: LESSON, elapsedMs: 1.5 }), 422],
    ["an extra field", () => post({ lesson: LESSON, elapsedMs: 0, timeSpentMs: 1e9 }), 422],
    ["not JSON", () => post("nope"), 400],
    ["an oversized body", () => post({ lesson: LESSON, elapsedMs: 0, pad: "x".repeat(MAX_VISIT_BYTES) }), 413],
  ];
  it.each(refused)("refuses %s and stores nothing", async (_name, request, status) => {
    const res = await handleVisit(request(), deps);
    expect(res.status).toBe(status);
    expect(await db.prisma.lessonProgress.count({ where: { userId: viewer!.id } })).toBe(0);
  });

  it("answers a guest with 401 and stores nothing", async () => {
    const before = await db.prisma.lessonProgress.count();
    viewer = null;
    const res = await handleVisit(post({ lesson: LESSON, elapsedMs: 0 }), deps);
    expect(res.status).toBe(401);
    expect(await db.prisma.lessonProgress.count()).toBe(before);
  });
});
