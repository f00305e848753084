import "server-only";
// POST /api/exercises/<id>/check, framework-free (Web Request in, Response out) so route tests
// call it directly with a test database. Every refusal is a 4xx with a JSON error and stores
// nothing; only a completed grading is stored, once per (learner, idempotency key).
//
// Per request the database sees: the session (better-auth), one rate-limit upsert for both
// buckets, the attempt's insert and, after a pass, one quiz query for lesson completion. No
// transaction is open while the replay runs (it runs in a worker thread, grader.ts): on PGlite,
// with its single connection, every other request would wait behind it.
import { readBodyCapped } from "@/lib/http/body";
import { guardOrigin } from "@/lib/http/origin-policy";
import { storeExerciseAttempt, type ExerciseAttemptRecord } from "@/lib/db/attempts";
import type { PrismaClient } from "@/lib/db/generated/client";
import { checkRequestSchema, issueMessages, LOG_LIMITS } from "../action-log";
import type { ExerciseChecks } from "../types";
import { completeLessonIfDone } from "@/lib/quiz/server/completion";
import { loadExercise } from "./registry";
import { defaultGrader, type Grader } from "./grader";

export interface CheckDeps {
  db(): Promise<PrismaClient>;
  /** The learner making the request (demo viewer until accounts exist), or null. */
  viewer(): Promise<{ id: string } | null>;
  /** Runs replay + checks off the event loop; default: the process's worker pool. */
  grader?: Pick<Grader, "grade">;
  /** Per-user and per-IP rate limit (lib/http/limits.ts): a 429 to answer with, or null. */
  limit?: (request: Request, userId: string | null) => Promise<Response | null>;
}

export interface CheckResponse {
  attemptId: string;
  exerciseId: string;
  passed: boolean;
  score: number;
  maxScore: number;
  results: { id: string; title: string; passed: boolean; message: string }[];
  /** The widget's state hash differed from the replay's; the server's verdict stands. */
  desync: boolean;
  /** True when this answers a retried idempotency key with the result stored the first time. */
  repeated: boolean;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });

const withRetryAfter = (response: Response, seconds: number) => {
  response.headers.set("retry-after", String(seconds));
  return response;
};

const refuse = (status: number, code: string, message: string, details?: string[]) => json(status, { error: { code, message, ...(details ? { details } : {}) } });

function toResponse(record: ExerciseAttemptRecord, checks: ExerciseChecks, repeated: boolean): CheckResponse {
  const titles = new Map(checks.checks.map((c) => [c.id, c.title]));
  return {
    attemptId: record.id,
    exerciseId: record.exerciseId,
    passed: record.passed,
    score: record.score,
    maxScore: record.maxScore,
    results: record.checkResults.map((r) => ({ id: r.id, title: titles.get(r.id) ?? r.id, passed: r.passed, message: r.message })),
    desync: record.hashMismatch,
    repeated,
  };
}

export async function handleCheckRequest(request: Request, exerciseId: string, deps: CheckDeps): Promise<Response> {
  const crossSite = guardOrigin(request);
  if (crossSite) return crossSite;
  const loaded = loadExercise(exerciseId);
  if (!loaded) return refuse(404, "unknown-exercise", `There is no exercise "${exerciseId.slice(0, 100)}".`);
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return refuse(415, "unsupported-media-type", "Send the attempt as application/json.");
  // Limited before the body is read or anything graded, so a flood costs one upsert per request.
  const viewer = await deps.viewer();
  const limited = await deps.limit?.(request, viewer?.id ?? null);
  if (limited) return limited;

  const text = await readBodyCapped(request, LOG_LIMITS.bodyBytes);
  if (text === null) return refuse(413, "body-too-large", `The attempt is larger than ${LOG_LIMITS.bodyBytes / 1024} KB.`);
  if (text === undefined) return refuse(400, "malformed-body", "The body is not valid UTF-8.");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse(400, "malformed-body", "The body is not valid JSON.");
  }
  const parsed = checkRequestSchema.safeParse(raw);
  if (!parsed.success) return refuse(422, "invalid-attempt", "The attempt is not valid.", issueMessages(parsed.error));
  const body = parsed.data;
  if (body.exerciseId !== undefined && body.exerciseId !== exerciseId) {
    return refuse(422, "invalid-attempt", "The attempt names a different exercise than the URL.", [`exerciseId: expected "${exerciseId}"`]);
  }

  if (!viewer) return refuse(401, "not-signed-in", "Sign in to have your exercises checked.");
  const db = await deps.db();

  // No lookup of the idempotency key first: a retry is rare, so every request would pay a query
  // to save a few retries a replay. The insert below finds a retried key (unique index) and
  // answers with the attempt stored the first time.
  const started = performance.now();
  const outcome = await (deps.grader ?? defaultGrader()).grade(exerciseId, body.actions);
  if (!outcome.ok) {
    const { code, message } = outcome.error;
    // The grader's own trouble is a 5xx; everything else (budget-exceeded, a log the simulator
    // could not replay) is the learner's input, not a server fault.
    if (code === "grader-busy") return withRetryAfter(refuse(503, code, message), 5);
    if (code === "grader-failed") return refuse(500, code, message);
    return refuse(422, code, message, "details" in outcome.error ? outcome.error.details : undefined);
  }
  const report = outcome.report;
  const { record, created } = await storeExerciseAttempt(db, {
    userId: viewer.id,
    exerciseId,
    actions: body.actions,
    checkResults: report.results,
    score: report.score,
    maxScore: report.maxScore,
    durationMs: Math.round(performance.now() - started),
    ...(body.stateHash !== undefined ? { clientHash: body.stateHash, hashMismatch: body.stateHash !== report.stateHash } : {}),
    idempotencyKey: body.idempotencyKey,
  });
  // The key was stored before (a retry, or a concurrent request that stored first): answer with that attempt.
  if (record.exerciseId !== exerciseId) return refuse(409, "idempotency-key-reused", "This idempotency key was already used for another exercise.");
  if (!created) return json(200, toResponse(record, loaded.checks, true));
  // Passing the exercise after the quiz completes the lesson (the quiz route covers the other order).
  if (record.passed) await completeLessonIfDone(db, viewer.id, loaded.exercise.lesson, "passed");
  return json(200, toResponse(record, loaded.checks, false));
}
