// The rate limits wired into the grading and quiz handlers, on a real database: the request
// past the limit is a 429 with Retry-After, is refused before anything is graded or stored,
// and per-IP limits catch guests and many accounts behind one address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checks as schedulerChecks } from "@/content/01-why-kubernetes/02-cluster-anatomy/exercise.checks";
import { exercise as schedulerExercise } from "@/content/01-why-kubernetes/02-cluster-anatomy/exercise";
import { openTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/databases";
import { createUser } from "@/lib/db/users";
import { handleCheckRequest } from "@/lib/exercises/server/check-handler";
import { defaultGrader } from "@/lib/exercises/server/grader";
import { findQuiz } from "@/lib/quiz/catalog";
import { findQuizKey } from "@/lib/quiz/server/keys";
import { handleQuizSubmit, type Viewer } from "@/lib/quiz/server/routes";
import { rightAnswers } from "@/lib/quiz/validate";
import { makeLimiter, POLICIES, type LimitPolicy } from "./limits";

const EX = schedulerExercise.id;
const QUIZ_ID = "01-why-kubernetes.01-what-kubernetes-does";
const right = rightAnswers(findQuiz(QUIZ_ID)!, findQuizKey(QUIZ_ID)!);
let seq = 0;
const idem = () => `limit-key-${String(++seq).padStart(4, "0")}`;

const checkRequest = (ip: string, body: unknown) =>
  new Request(`http://test/api/exercises/${EX}/check`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify(body),
  });
const quizRequest = (ip: string, body: unknown) =>
  new Request(`http://test/api/quizzes/${QUIZ_ID}/submit`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify(body),
  });

describe.each(testEngines)("rate-limited routes on %s", (engine) => {
  let db: TestDatabase;
  let users: Viewer[];
  let clock = Date.UTC(2026, 11, 2, 12, 0, 0);
  beforeAll(async () => {
    db = await openTestDatabase(engine);
    users = [];
    for (const n of [1, 2, 3]) {
      const u = await createUser(db.prisma, { email: `lim${n}@example.com`, name: `Lim ${n}`, role: "learner", password: "pw-123456" });
      users.push({ id: u.id, name: u.name });
    }
    // The first grading bundles and starts the grader's worker threads: done here, outside the tests' timeouts.
    expect((await defaultGrader().grade(EX, schedulerChecks.reference)).ok).toBe(true);
  }, 180_000);
  afterAll(async () => {
    await db?.dispose();
  });

  const limiter = (policy: LimitPolicy) => makeLimiter(async () => db.prisma, policy, { now: () => clock });

  it("grading: the learner's request past the limit is a 429 before grading, and stores nothing", async () => {
    const policy: LimitPolicy = { ...POLICIES.grading, name: "grading-t1", user: { limit: 2, windowMs: 60_000 } };
    const deps = { db: async () => db.prisma, viewer: async () => users[0]!, limit: limiter(policy) };
    const body = () => ({ actions: schedulerChecks.reference, idempotencyKey: idem() });
    expect((await handleCheckRequest(checkRequest("198.51.100.1", body()), EX, deps)).status).toBe(200);
    expect((await handleCheckRequest(checkRequest("198.51.100.1", body()), EX, deps)).status).toBe(200);
    const before = await db.prisma.exerciseAttempt.count();
    const refused = await handleCheckRequest(checkRequest("198.51.100.2", body()), EX, deps);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBe(60);
    expect(await refused.json()).toMatchObject({ error: { code: "rate-limited", message: POLICIES.grading.message }, retryAfterSeconds: 60 });
    expect(await db.prisma.exerciseAttempt.count()).toBe(before);
    // Another learner is not affected; the first one is let through once the window passes.
    const other = { ...deps, viewer: async () => users[1]! };
    expect((await handleCheckRequest(checkRequest("198.51.100.3", body()), EX, other)).status).toBe(200);
    clock += 60_000;
    expect((await handleCheckRequest(checkRequest("198.51.100.1", body()), EX, deps)).status).toBe(200);
  });

  it("grading: one address is limited across accounts, even for requests that would be refused later", async () => {
    const policy: LimitPolicy = { ...POLICIES.grading, name: "grading-t2", ip: { limit: 3, windowMs: 60_000 } };
    const statuses = [];
    for (const [i, u] of [users[0], users[1], users[2], null, users[0]].entries()) {
      const deps = { db: async () => db.prisma, viewer: async () => u ?? null, limit: limiter(policy) };
      const res = await handleCheckRequest(checkRequest("203.0.113.50", { actions: schedulerChecks.reference, idempotencyKey: `ip-${i}-${idem()}` }), EX, deps);
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it("quiz: guests are limited per IP with the quiz's flat error body; learners per account", async () => {
    const policy: LimitPolicy = { ...POLICIES.quiz, name: "quiz-t1", user: { limit: 1, windowMs: 30_000 }, ip: { limit: 2, windowMs: 30_000 } };
    const limit = limiter(policy);
    const guest = { db: async () => db.prisma, viewer: async () => null, exerciseStatus: async () => "absent" as const, limit };
    expect((await handleQuizSubmit(quizRequest("192.0.2.10", { idempotencyKey: idem(), answers: right }), QUIZ_ID, guest)).status).toBe(200);
    expect((await handleQuizSubmit(quizRequest("192.0.2.10", { idempotencyKey: idem(), answers: right }), QUIZ_ID, guest)).status).toBe(200);
    const refused = await handleQuizSubmit(quizRequest("192.0.2.10", { idempotencyKey: idem(), answers: right }), QUIZ_ID, guest);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("30");
    expect(await refused.json()).toEqual({ error: POLICIES.quiz.message, retryAfterSeconds: 30 });

    const learner = { ...guest, viewer: async () => users[2]! };
    const before = await db.prisma.quizAttempt.count();
    expect((await handleQuizSubmit(quizRequest("192.0.2.11", { idempotencyKey: idem(), answers: right }), QUIZ_ID, learner)).status).toBe(201);
    expect((await handleQuizSubmit(quizRequest("192.0.2.12", { idempotencyKey: idem(), answers: right }), QUIZ_ID, learner)).status).toBe(429);
    expect(await db.prisma.quizAttempt.count()).toBe(before + 1);
  });

  it("a multiplier scales every limit (load tests only)", async () => {
    const policy: LimitPolicy = { name: "scaled", ip: { limit: 2, windowMs: 60_000 }, message: "m" };
    const scaled = makeLimiter(async () => db.prisma, policy, { multiplier: 3, now: () => clock });
    const req = () => new Request("http://test/", { headers: { "x-forwarded-for": "192.0.2.99" } });
    const outcomes = [];
    for (let i = 0; i < 7; i++) outcomes.push((await scaled(req(), null))?.status ?? 200);
    expect(outcomes).toEqual([200, 200, 200, 200, 200, 200, 429]);
  });
});
