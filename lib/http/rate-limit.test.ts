import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/databases";
import { consume, consumeAll, rateLimitedResponse, resetSweepClock, sweepExpiredBuckets } from "./rate-limit";

describe.each(testEngines)("rate limits on %s", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  }, 180_000);
  afterAll(async () => {
    await db?.dispose();
  });

  const T0 = Date.UTC(2026, 11, 2, 10, 0, 0);

  it("allows `limit` requests per window, then refuses with the time left; a new window starts fresh", async () => {
    const rule = { limit: 3, windowMs: 60_000 };
    const seen = [];
    for (let i = 0; i < 5; i++) seen.push(await consume(db.prisma, "t1", { ...rule, now: T0 + i * 1000 }));
    expect(seen.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(seen.map((r) => r.remaining)).toEqual([2, 1, 0, 0, 0]);
    expect(seen[0]!.retryAfterSeconds).toBe(60);
    expect(seen[4]!.retryAfterSeconds).toBe(56);
    // The window ends exactly at resetAt: the request at that instant opens a new one.
    const fresh = await consume(db.prisma, "t1", { ...rule, now: T0 + 60_000 });
    expect(fresh).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 60 });
    const row = await db.prisma.rateLimitBucket.findUnique({ where: { key: "t1" } });
    expect(row?.count).toBe(1);
    expect(row?.resetAt.toISOString()).toBe(new Date(T0 + 120_000).toISOString());
  });

  it("keys are independent", async () => {
    const rule = { limit: 1, windowMs: 10_000, now: T0 };
    expect((await consume(db.prisma, "a", rule)).allowed).toBe(true);
    expect((await consume(db.prisma, "a", rule)).allowed).toBe(false);
    expect((await consume(db.prisma, "b", rule)).allowed).toBe(true);
  });

  it("concurrent requests are counted exactly: never more than `limit` allowed", async () => {
    const rule = { limit: 7, windowMs: 60_000, now: T0 };
    const results = await Promise.all(Array.from({ length: 40 }, () => consume(db.prisma, "burst", rule)));
    expect(results.filter((r) => r.allowed)).toHaveLength(7);
    const row = await db.prisma.rateLimitBucket.findUnique({ where: { key: "burst" } });
    expect(row?.count).toBe(40);
    // Each request saw a distinct count: remaining values 6..0 once each among the allowed.
    expect(
      results
        .filter((r) => r.allowed)
        .map((r) => r.remaining)
        .sort(),
    ).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("sub-second windows round Retry-After up to at least one second", async () => {
    const r = await consume(db.prisma, "short", { limit: 1, windowMs: 250, now: T0 });
    expect(r.retryAfterSeconds).toBe(1);
  });

  it("consumeAll counts every key and refuses when any refuses, with that key's wait", async () => {
    const user = { limit: 2, windowMs: 60_000 };
    const ip = { limit: 100, windowMs: 3_600_000 };
    const call = (now: number) =>
      consumeAll(db.prisma, [
        { key: "u:1", rule: { ...user, now } },
        { key: "ip:1", rule: { ...ip, now } },
      ]);
    expect((await call(T0)).allowed).toBe(true);
    expect((await call(T0)).allowed).toBe(true);
    const third = await call(T0 + 30_000);
    expect(third).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 30 });
    // The refused request still counted against the IP bucket.
    expect((await db.prisma.rateLimitBucket.findUnique({ where: { key: "ip:1" } }))?.count).toBe(3);
  });

  it("sweeps only buckets whose window ended before the grace period", async () => {
    // Rows written directly: consume() would run its own sweep and hide this one's effect.
    await db.prisma.rateLimitBucket.createMany({
      data: [
        { key: "old", count: 1, resetAt: new Date(T0 - 10 * 60_000) },
        { key: "recent", count: 1, resetAt: new Date(T0 - 30_000) },
        { key: "live", count: 1, resetAt: new Date(T0 + 60_000) },
      ],
    });
    const removed = await sweepExpiredBuckets(db.prisma, T0, 60_000);
    expect(removed).toBeGreaterThanOrEqual(1);
    const keys = (await db.prisma.rateLimitBucket.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys).not.toContain("old");
    expect(keys).toContain("recent");
    expect(keys).toContain("live");
  });

  it("consume() sweeps expired buckets on its own, at most once a minute", async () => {
    await consume(db.prisma, "stale", { limit: 1, windowMs: 1_000, now: T0 - 3_600_000 });
    resetSweepClock();
    await consume(db.prisma, "trigger", { limit: 5, windowMs: 1_000, now: T0 });
    // The sweep runs off the request's path; give it a moment.
    await expect.poll(async () => db.prisma.rateLimitBucket.findUnique({ where: { key: "stale" } })).toBeNull();
  });

  it("rejects nonsense rules and keys instead of guessing", async () => {
    await expect(consume(db.prisma, "k", { limit: 0, windowMs: 1000 })).rejects.toThrow(RangeError);
    await expect(consume(db.prisma, "k", { limit: 1, windowMs: 0 })).rejects.toThrow(RangeError);
    await expect(consume(db.prisma, "", { limit: 1, windowMs: 1000 })).rejects.toThrow(RangeError);
    await expect(consume(db.prisma, "x".repeat(600), { limit: 1, windowMs: 1000 })).rejects.toThrow(RangeError);
  });
});

describe("rateLimitedResponse", () => {
  it("is a 429 with Retry-After and a JSON error", async () => {
    const res = rateLimitedResponse({ allowed: false, remaining: 0, retryAfterSeconds: 42 }, "Slow down.");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("42");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ error: { code: "rate-limited", message: "Slow down." }, retryAfterSeconds: 42 });
  });
});
