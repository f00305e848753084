// Fixed-window rate limits kept in the database (RateLimitBucket), so every server instance
// behind a load balancer counts against the same buckets and a restart forgets nothing.
//
// One bucket per key ("grading:user:<id>", "quiz:ip:<addr>", …): the first request of a window
// creates it with count 1 and resetAt = now + window; later ones increment it; a request after
// resetAt starts a new window. The whole read-modify-write is a single
// INSERT … ON CONFLICT DO UPDATE … RETURNING (one statement for all of a request's keys), which
// PostgreSQL (and PGlite) run atomically under the rows' locks: concurrent requests never both
// see the same count.
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";

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
  return (await consumeKeys(db, [{ key, rule }]))[0]!;
}

/**
 * Checks several keys (per user and per IP, say) in one statement; refused when any is, with the
 * longest wait. Every key counts this request even when another already refuses it (otherwise
 * alternating keys would dodge limits). One round trip: on PGlite every statement queues on the
 * one connection, so two upserts per request cost twice.
 */
export async function consumeAll(
  db: RateLimitDb,
  checks: readonly { key: string; rule: RateLimitRule }[],
): Promise<RateLimitResult> {
  const perKey = await consumeKeys(db, checks);
  const refused = perKey.filter((r) => !r.allowed);
  return {
    allowed: refused.length === 0,
    remaining: perKey.length ? Math.min(...perKey.map((r) => r.remaining)) : 0,
    // Refused: the wait until every refusing bucket has reset.
    retryAfterSeconds: Math.max(1, ...(refused.length ? refused : perKey).map((r) => r.retryAfterSeconds)),
  };
}

/** One upsert for all keys; the result for each, in the order given. */
async function consumeKeys(db: RateLimitDb, checks: readonly { key: string; rule: RateLimitRule }[]): Promise<RateLimitResult[]> {
  if (checks.length === 0) return [];
  const now = checks[0]!.rule.now ?? Date.now();
  for (const { key, rule } of checks) {
    if (!Number.isInteger(rule.limit) || rule.limit < 1) throw new RangeError(`rate limit must be a positive integer, got ${rule.limit}`);
    if (!Number.isFinite(rule.windowMs) || rule.windowMs < 1) throw new RangeError(`rate-limit window must be positive, got ${rule.windowMs}`);
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) throw new RangeError(`rate-limit key must be 1-${MAX_KEY_LENGTH} characters`);
    if ((rule.now ?? now) !== now) throw new RangeError("the keys of one consumeAll share one clock");
  }
  if (new Set(checks.map((c) => c.key)).size !== checks.length) throw new RangeError("consumeAll keys must be distinct");
  // Timestamps travel as ISO text cast to timestamp(3): Prisma keeps DateTime columns as UTC
  // wall time without a zone, and the cast drops the trailing Z exactly that way.
  const nowIso = new Date(now).toISOString();
  // Rows in key order, so concurrent requests lock shared buckets in the same order (no deadlock on PostgreSQL).
  const ordered = [...checks].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const values = Prisma.join(ordered.map(({ key, rule }) => Prisma.sql`(${key}, 1, ${new Date(now + rule.windowMs).toISOString()}::timestamp(3))`));
  const rows = await db.$queryRaw<{ key: string; count: number; resetMs: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
    VALUES ${values}
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= ${nowIso}::timestamp(3) THEN 1
                     ELSE LEAST("RateLimitBucket"."count" + 1, ${COUNT_CEILING}::int) END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= ${nowIso}::timestamp(3) THEN EXCLUDED."resetAt"
                       ELSE "RateLimitBucket"."resetAt" END
    RETURNING "key", "count"::int AS "count", (EXTRACT(EPOCH FROM "resetAt") * 1000)::float8 AS "resetMs"`;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const perKey = checks.map(({ key, rule }): RateLimitResult => {
    const row = byKey.get(key);
    if (!row) throw new Error(`rate-limit upsert returned no row for ${key}`);
    const count = Number(row.count);
    return {
      allowed: count <= rule.limit,
      remaining: Math.max(0, rule.limit - count),
      retryAfterSeconds: Math.max(1, Math.ceil((Number(row.resetMs) - now) / 1000)),
    };
  });
  maybeSweep(db, now);
  return perKey;
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
