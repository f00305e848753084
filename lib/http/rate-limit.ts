// Fixed-window rate limits kept in the database (RateLimitBucket), so every server instance
// behind a load balancer counts against the same buckets and a restart forgets nothing.
//
// One bucket per key ("grading:user:<id>", "quiz:ip:<addr>", …): the first request of a window
// creates it with count 1 and resetAt = now + window; later ones increment it; a request after
// resetAt starts a new window. The whole read-modify-write is a single
// INSERT … ON CONFLICT DO UPDATE … RETURNING, which PostgreSQL (and PGlite) run atomically
// under the row's lock: concurrent requests never both see the same count.
import type { PrismaClient } from "@/lib/db/generated/client";

export interface RateLimitRule {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
  /** The clock, for tests; defaults to Date.now(). */
  now?: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Requests left in this window after this one (0 when refused). */
  remaining: number;
  /** Seconds until the window resets (at least 1); what a 429's Retry-After says. */
  retryAfterSeconds: number;
}

type RateLimitDb = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

/** Keys longer than this are refused as a programming error, not silently truncated. */
const MAX_KEY_LENGTH = 512;
/** The counter stops growing here, so a flood cannot overflow the INT column. */
const COUNT_CEILING = 1_000_000_000;

export async function consume(db: RateLimitDb, key: string, rule: RateLimitRule): Promise<RateLimitResult> {
  if (!Number.isInteger(rule.limit) || rule.limit < 1) throw new RangeError(`rate limit must be a positive integer, got ${rule.limit}`);
  if (!Number.isFinite(rule.windowMs) || rule.windowMs < 1) throw new RangeError(`rate-limit window must be positive, got ${rule.windowMs}`);
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) throw new RangeError(`rate-limit key must be 1-${MAX_KEY_LENGTH} characters`);
  const now = rule.now ?? Date.now();
  // Timestamps travel as ISO text cast to timestamp(3): Prisma keeps DateTime columns as UTC
  // wall time without a zone, and the cast drops the trailing Z exactly that way.
  const nowIso = new Date(now).toISOString();
  const resetIso = new Date(now + rule.windowMs).toISOString();
  const rows = await db.$queryRaw<{ count: number; resetMs: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
    VALUES (${key}, 1, ${resetIso}::timestamp(3))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= ${nowIso}::timestamp(3) THEN 1
                     ELSE LEAST("RateLimitBucket"."count" + 1, ${COUNT_CEILING}::int) END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= ${nowIso}::timestamp(3) THEN EXCLUDED."resetAt"
                       ELSE "RateLimitBucket"."resetAt" END
    RETURNING "count"::int AS "count", (EXTRACT(EPOCH FROM "resetAt") * 1000)::float8 AS "resetMs"`;
  const row = rows[0];
  if (!row) throw new Error("rate-limit upsert returned no row");
  const count = Number(row.count);
  const resetMs = Number(row.resetMs);
  maybeSweep(db, now);
  return {
    allowed: count <= rule.limit,
    remaining: Math.max(0, rule.limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil((resetMs - now) / 1000)),
  };
}

/** Checks several keys (per user and per IP, say); refused when any is, with the longest wait. */
export async function consumeAll(
  db: RateLimitDb,
  checks: readonly { key: string; rule: RateLimitRule }[],
): Promise<RateLimitResult> {
  // Sequential on purpose: PGlite has one connection, and every key must count this request
  // even when an earlier one already refuses it (otherwise alternating keys would dodge limits).
  const results: RateLimitResult[] = [];
  for (const { key, rule } of checks) results.push(await consume(db, key, rule));
  const refused = results.filter((r) => !r.allowed);
  return {
    allowed: refused.length === 0,
    remaining: results.length ? Math.min(...results.map((r) => r.remaining)) : 0,
    // Refused: the wait until every refusing bucket has reset.
    retryAfterSeconds: Math.max(1, ...(refused.length ? refused : results).map((r) => r.retryAfterSeconds)),
  };
}

/**
 * Deletes buckets whose window ended more than `graceMs` ago. Cheap: one DELETE over a small
 * table, and consume() runs it at most once a minute per process, off the request's path.
 */
export async function sweepExpiredBuckets(db: RateLimitDb, now = Date.now(), graceMs = 60_000): Promise<number> {
  const cutoff = new Date(now - graceMs).toISOString();
  return db.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "resetAt" < ${cutoff}::timestamp(3)`;
}

const SWEEP_EVERY_MS = 60_000;
const sweepState = globalThis as typeof globalThis & { __reconcileRateLimitSweptAt?: number };

function maybeSweep(db: RateLimitDb, now: number): void {
  const last = sweepState.__reconcileRateLimitSweptAt;
  if (last !== undefined && now - last < SWEEP_EVERY_MS && now >= last) return;
  sweepState.__reconcileRateLimitSweptAt = now;
  // Fire and forget: a failed sweep only leaves stale rows for the next one.
  void sweepExpiredBuckets(db, now).catch(() => undefined);
}

/** For tests: make the next consume() sweep. */
export function resetSweepClock(): void {
  sweepState.__reconcileRateLimitSweptAt = undefined;
}

/**
 * The 429 for a refused request: Retry-After in seconds and a JSON body, by default in the shape
 * the exercise and auth routes use ({ error: { code, message } }); "flat" is the quiz routes'
 * ({ error: message }). Both carry retryAfterSeconds.
 */
export function rateLimitedResponse(
  result: RateLimitResult,
  message = "Too many requests. Try again in a moment.",
  shape: "nested" | "flat" = "nested",
): Response {
  const seconds = Math.max(1, Math.ceil(result.retryAfterSeconds));
  const error = shape === "flat" ? message : { code: "rate-limited", message };
  return new Response(JSON.stringify({ error, retryAfterSeconds: seconds }), {
    status: 429,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": String(seconds),
    },
  });
}
