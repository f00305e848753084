import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { createPool, PoolError, type Pool, type PoolOptions } from "./grading-pool";

// Fixture workers (CommonJS text, `eval: true`) that follow the pool's protocol: a job's
// exerciseId says what to do — answer after `actions` ms of busy work, spin forever, or exit.
const FIXTURE = `
const { parentPort, threadId } = require("node:worker_threads");
parentPort.postMessage({ ready: true });
parentPort.on("message", ({ id, job, budgetMs }) => {
  if (job.exerciseId === "spin") for (;;) {}
  if (job.exerciseId === "exit") process.exit(3);
  if (job.exerciseId === "throw") throw new Error("boom");
  const until = Date.now() + job.actions;
  while (Date.now() < until) {}
  parentPort.postMessage({ id, result: { threadId, budgetMs, at: Date.now() } });
});
`;

type Echo = { threadId: number; budgetMs: number; at: number };

let pool: Pool<Echo> | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

const make = (over: Partial<PoolOptions> = {}) =>
  (pool = createPool<Echo>({ spawn: () => new Worker(FIXTURE, { eval: true }), size: 2, budgetMs: 300, graceMs: 200, maxQueue: 10, ...over }));

describe("grading worker pool", () => {
  it("runs jobs on up to `size` workers at once and queues the rest in order", async () => {
    const p = make({ size: 2 });
    const started = Date.now();
    const results = await Promise.all([80, 80, 80, 80].map((ms, i) => p.run({ exerciseId: `job-${i}`, actions: ms })));
    const elapsed = Date.now() - started;
    // Two at a time: two rounds of 80 ms, so at least 160 ms, and exactly two threads used.
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(new Set(results.map((r) => r.threadId)).size).toBe(2);
    expect(results.every((r) => r.budgetMs === 300)).toBe(true);
    // FIFO: the third job finished after the first two.
    expect(results[2]!.at).toBeGreaterThanOrEqual(Math.min(results[0]!.at, results[1]!.at));
    expect(p.stats()).toMatchObject({ workers: 2, busy: 0, queued: 0, replaced: 0 });
  });

  it("terminates and replaces a worker that runs past the budget, and keeps serving", async () => {
    const p = make({ size: 1, budgetMs: 100, graceMs: 100 });
    const stuck = p.run({ exerciseId: "spin", actions: 0 });
    const behind = p.run({ exerciseId: "after", actions: 1 });
    const started = Date.now();
    await expect(stuck).rejects.toMatchObject({ code: "budget-exceeded" });
    expect(Date.now() - started).toBeLessThan(5_000);
    // The job queued behind the stuck one runs on the replacement worker.
    await expect(behind).resolves.toMatchObject({ budgetMs: 100 });
    expect(p.stats()).toMatchObject({ workers: 1, replaced: 1 });
  });

  it("a worker that exits or throws fails only its own job, with worker-crashed", async () => {
    const p = make({ size: 1 });
    const exited = p.run({ exerciseId: "exit", actions: 0 });
    const threw = p.run({ exerciseId: "throw", actions: 0 });
    const fine = p.run({ exerciseId: "ok", actions: 1 });
    const e1 = await exited.catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(PoolError);
    expect(e1).toMatchObject({ code: "worker-crashed", message: expect.stringContaining("exit code 3") });
    await expect(threw).rejects.toMatchObject({ code: "worker-crashed", message: expect.stringContaining("boom") });
    await expect(fine).resolves.toMatchObject({ budgetMs: 300 });
    expect(p.stats().replaced).toBe(2);
  });

  it("refuses at once when the queue is full, and everything after close", async () => {
    const p = make({ size: 1, maxQueue: 1 });
    const running = p.run({ exerciseId: "a", actions: 100 });
    const queued = p.run({ exerciseId: "b", actions: 1 });
    await expect(p.run({ exerciseId: "c", actions: 1 })).rejects.toMatchObject({ code: "queue-full" });
    await Promise.all([running, queued]);
    const pending = p.run({ exerciseId: "d", actions: 200 }).catch((e: unknown) => e);
    await p.close();
    expect(await pending).toMatchObject({ code: "pool-closed" });
    await expect(p.run({ exerciseId: "e", actions: 1 })).rejects.toMatchObject({ code: "pool-closed" });
  });

  it("refuses a size that is not a positive integer", () => {
    expect(() => createPool({ spawn: () => new Worker(FIXTURE, { eval: true }), size: 0, budgetMs: 1, graceMs: 1, maxQueue: 1 })).toThrow(RangeError);
  });
});
