// Route tests for POST /api/exercises/<id>/check against a real database (PGlite in-process,
// and PostgreSQL when TEST_DATABASE_URL is set).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/db/users";
import { recordQuizAttempt } from "@/lib/db/quizzes";
import { getLessonStatuses } from "@/lib/db/progress";
import { openTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/databases";
import { checks as schedulerChecks } from "@/content/01-why-kubernetes/02-cluster-anatomy/exercise.checks";
import { exercise as schedulerExercise } from "@/content/01-why-kubernetes/02-cluster-anatomy/exercise";
import { grade } from "../grade";
import { handleCheckRequest, type CheckDeps, type CheckResponse } from "./check-handler";
import { createGrader, defaultGrader } from "./grader";

const ID = schedulerExercise.id;
const reference = schedulerChecks.reference;
const referenceHash = (() => {
  const out = grade(schedulerExercise, schedulerChecks, reference);
  if (!out.ok) throw new Error("reference does not replay");
  return out.report.stateHash;
})();

let keySeq = 0;
const key = () => `test-key-${String(++keySeq).padStart(4, "0")}`;

describe.each(testEngines)("POST /api/exercises/[id]/check on %s", (engine) => {
  let db: TestDatabase;
  let alice: { id: string };
  let bob: { id: string };
  let current: { id: string } | null;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
    alice = await createUser(db.prisma, { email: "alice@example.com", name: "Alice", role: "learner", password: "pw-123456" });
    bob = await createUser(db.prisma, { email: "bob@example.com", name: "Bob", role: "learner", password: "pw-123456" });
    // The first grading bundles and starts the worker threads: done here, outside the tests' timeouts.
    expect((await defaultGrader().grade(ID, reference)).ok).toBe(true);
  }, 180_000);
  afterAll(async () => {
    await db?.dispose();
  });

  const deps = (over: Partial<CheckDeps> = {}): CheckDeps => ({ db: async () => db.prisma, viewer: async () => current, ...over });
  const post = (body: unknown, opts: { id?: string; as?: { id: string } | null; raw?: string; type?: string; deps?: Partial<CheckDeps> } = {}) => {
    current = opts.as === undefined ? alice : opts.as;
    const request = new Request(`http://test/api/exercises/${opts.id ?? ID}/check`, {
      method: "POST",
      headers: { "content-type": opts.type ?? "application/json" },
      body: opts.raw ?? JSON.stringify(body),
    });
    return handleCheckRequest(request, opts.id ?? ID, deps(opts.deps));
  };
  const count = () => db.prisma.exerciseAttempt.count();

  it("grades the reference solution, stores one passed attempt and answers per check", async () => {
    const before = await count();
    const res = await post({ exerciseId: ID, actions: reference, stateHash: referenceHash, idempotencyKey: key() });
    expect(res.status).toBe(200);
    const body = (await res.json()) as CheckResponse;
    expect(body).toMatchObject({ exerciseId: ID, passed: true, score: 6, maxScore: 6, desync: false, repeated: false });
    expect(body.results.map((r) => r.id)).toEqual(schedulerChecks.checks.map((c) => c.id));
    expect(body.results.every((r) => r.passed && r.title.length > 0 && r.message.length > 0)).toBe(true);
    expect(await count()).toBe(before + 1);
    const row = await db.prisma.exerciseAttempt.findUniqueOrThrow({ where: { id: body.attemptId } });
    expect(row).toMatchObject({ userId: alice.id, exerciseId: ID, passed: true, score: 6, maxScore: 6, clientHash: referenceHash, hashMismatch: false });
    expect(row.actions).toEqual(reference);
  });

  it("a passed exercise completes its lesson only once the lesson's quiz is passed too", async () => {
    const carol = await createUser(db.prisma, { email: "carol@example.com", name: "Carol", role: "learner", password: "pw-123456" });
    const lesson = schedulerExercise.lesson;
    expect((await (await post({ actions: reference, idempotencyKey: key() }, { as: carol })).json()).passed).toBe(true);
    expect((await getLessonStatuses(db.prisma, carol.id)).get(lesson)).not.toBe("completed");
    await recordQuizAttempt(db.prisma, { userId: carol.id, quizId: lesson.replace("/", "."), answers: {}, results: [], score: 10, maxScore: 10, idempotencyKey: key() });
    expect((await (await post({ actions: reference, idempotencyKey: key() }, { as: carol })).json()).passed).toBe(true);
    expect((await getLessonStatuses(db.prisma, carol.id)).get(lesson)).toBe("completed");
  });

  it("a wrong solution is stored as failed, with the learner-facing message", async () => {
    const wrong = schedulerChecks.wrong!.find((w) => w.fails === "via-scheduler")!;
    const res = await post({ actions: wrong.actions, idempotencyKey: key() });
    expect(res.status).toBe(200);
    const body = (await res.json()) as CheckResponse;
    expect(body.passed).toBe(false);
    expect(body.results.find((r) => r.id === "via-scheduler")).toMatchObject({ passed: false, message: expect.stringContaining("no nodeSelector") });
  });

  it("records a desync when the client's state hash differs, and keeps the server's verdict", async () => {
    const res = await post({ actions: reference, stateHash: "0123456789abcdef", idempotencyKey: key() });
    const body = (await res.json()) as CheckResponse;
    expect(body).toMatchObject({ passed: true, desync: true });
    expect(await db.prisma.exerciseAttempt.findUniqueOrThrow({ where: { id: body.attemptId }, select: { hashMismatch: true } })).toEqual({ hashMismatch: true });
  });

  it("a retried idempotency key returns the stored result without a second attempt", async () => {
    const k = key();
    const first = (await (await post({ actions: reference, idempotencyKey: k })).json()) as CheckResponse;
    const before = await count();
    // Even a different log under the same key answers with the first, stored result.
    const again = await post({ actions: [{ at: 0, kind: "wait" }], idempotencyKey: k });
    expect(again.status).toBe(200);
    const second = (await again.json()) as CheckResponse;
    expect(second).toEqual({ ...first, repeated: true });
    expect(await count()).toBe(before);
  });

  it("two concurrent submissions with one key store one attempt and answer with it", async () => {
    const k = key();
    const before = await count();
    const [a, b] = await Promise.all([post({ actions: reference, idempotencyKey: k }), post({ actions: reference, idempotencyKey: k })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const [ra, rb] = (await Promise.all([a.json(), b.json()])) as CheckResponse[];
    expect(ra!.attemptId).toBe(rb!.attemptId);
    expect(await count()).toBe(before + 1);
  });

  it("another learner's key reads nothing of theirs: the same key grades and stores bob's own attempt", async () => {
    const k = key();
    const alices = (await (await post({ actions: reference, idempotencyKey: k })).json()) as CheckResponse;
    const res = await post({ actions: [{ at: 0, kind: "wait" }], idempotencyKey: k }, { as: bob });
    const bobs = (await res.json()) as CheckResponse;
    expect(bobs.attemptId).not.toBe(alices.attemptId);
    expect(bobs).toMatchObject({ passed: false, repeated: false });
    expect(await db.prisma.exerciseAttempt.count({ where: { idempotencyKey: k } })).toBe(2);
    expect(await db.prisma.exerciseAttempt.count({ where: { idempotencyKey: k, userId: bob.id } })).toBe(1);
  });

  it("malformed YAML is a learner's action: replayed (kubectl's error, as in the widget) and graded, not refused", async () => {
    const res = await post({ actions: [{ at: 1_000, kind: "apply", payload: { yaml: "apiVersion: v1\nkind: Pod\nmetadata: [unclosed" } }, { at: 5_000, kind: "wait" }], idempotencyKey: key() });
    expect(res.status).toBe(200);
    const body = (await res.json()) as CheckResponse;
    expect(body.passed).toBe(false);
    expect(body.results.find((r) => r.id === "cache-exists")?.message).toContain("There is no Pod named cache yet");
  });

  it("a key reused for another exercise is a conflict", async () => {
    const k = key();
    await post({ actions: reference, idempotencyKey: k });
    const res = await post({ actions: [{ at: 0, kind: "wait" }], idempotencyKey: k }, { id: "desired-state-and-self-healing" });
    expect(res.status).toBe(409);
  });

  describe("refusals store nothing", () => {
    const refused = async (status: number, code: string, run: () => Promise<Response>) => {
      const before = await count();
      const res = await run();
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(0);
      expect(await count()).toBe(before);
      return body;
    };
    const ok = () => ({ actions: reference, idempotencyKey: key() });

    it("unknown exercise → 404", () => refused(404, "unknown-exercise", () => post(ok(), { id: "no-such-exercise" })));
    it("forged verdict fields → 422", async () => {
      await refused(422, "invalid-attempt", () => post({ ...ok(), passed: true }));
      await refused(422, "invalid-attempt", () => post({ ...ok(), score: 6, maxScore: 6 }));
      await refused(422, "invalid-attempt", () => post({ ...ok(), results: [{ id: "cache-ready", passed: true }] }));
    });
    it("a mismatched echoed exercise id → 422", () => refused(422, "invalid-attempt", () => post({ ...ok(), exerciseId: "desired-state-and-self-healing" })));
    it("malformed JSON or non-UTF-8 → 400; not JSON → 415", async () => {
      await refused(400, "malformed-body", () => post(null, { raw: '{"actions": [' }));
      await refused(415, "unsupported-media-type", () => post(ok(), { type: "text/plain" }));
    });
    it("a body over 256 KB → 413, with or without a Content-Length", async () => {
      const big = { ...ok(), actions: Array.from({ length: 5 }, (_, i) => ({ at: i, kind: "apply", payload: { yaml: "#".repeat(60 * 1024) } })) };
      await refused(413, "body-too-large", () => post(big));
      current = alice;
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < 300; i++) c.enqueue(new TextEncoder().encode(" ".repeat(1024)));
          c.close();
        },
      });
      const req = new Request(`http://test/api/exercises/${ID}/check`, { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
      await refused(413, "body-too-large", () => handleCheckRequest(req, ID, deps()));
    });
    it("logs over the caps → 422 with field messages", async () => {
      const body = await refused(422, "invalid-attempt", () => post({ ...ok(), actions: Array.from({ length: 501 }, (_, i) => ({ at: i, kind: "wait" })) }));
      expect(JSON.stringify(body)).toContain("at most 500 actions");
      await refused(422, "invalid-attempt", () => post({ ...ok(), actions: [{ at: 0, kind: "kubectl", payload: { line: "x".repeat(5000) } }] }));
      await refused(422, "invalid-attempt", () => post({ ...ok(), actions: [{ at: 7_200_001, kind: "wait" }] }));
      await refused(422, "invalid-attempt", () => post({ ...ok(), actions: [{ at: 5, kind: "wait" }, { at: 4, kind: "wait" }] }));
    });
    it("a YAML alias bomb → 422", async () => {
      const bomb = `a: &a ["x","x"]\nb: &b [${"*a,".repeat(60)}*a]\nc: [${"*b,".repeat(60)}*b]\n`;
      await refused(422, "invalid-attempt", () => post({ ...ok(), actions: [{ at: 0, kind: "apply", payload: { yaml: bomb } }] }));
    });
    it("a replay past the time budget → 422 budget-exceeded", async () => {
      const tight = createGrader({ size: 1, budgetMs: 0 });
      try {
        await refused(422, "budget-exceeded", () => post(ok(), { deps: { grader: tight } }));
      } finally {
        await tight.close();
      }
    }, 60_000);
    it("the grader's own failures are 5xx: busy → 503 with Retry-After, crashed → 500", async () => {
      let answer: Response | undefined;
      await refused(503, "grader-busy", async () => (answer = await post(ok(), { deps: { grader: { grade: async () => ({ ok: false, error: { code: "grader-busy", message: "The grader is busy." } }) } } })));
      expect(answer!.headers.get("retry-after")).toBe("5");
      await refused(500, "grader-failed", () => post(ok(), { deps: { grader: { grade: async () => ({ ok: false, error: { code: "grader-failed", message: "The grader stopped." } }) } } }));
    });
    it("no viewer → 401", () => refused(401, "not-signed-in", () => post(ok(), { as: null })));
  });
});
