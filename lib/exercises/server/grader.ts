import "server-only";
// The server's grader: a pool of worker threads (grading-pool.ts) running grading-worker.ts,
// so replays never run on the event loop that serves requests.
//
// How the worker's code ships: the worker needs the simulator and every exercise's checks, which
// Next.js compiles into the route's bundle, not into a file a Worker can load. So on first use
// the grader bundles grading-worker.ts with esbuild (already used at runtime by mdx-bundler) into
// one CommonJS script held in memory and starts the workers from that text (`eval: true`). The
// same path serves `next start`, `next dev`, vitest and scripts run with tsx; it needs the sources
// at run time, as the lesson loader already does for content/. One bundle per process, ~1 s.
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { budgetExceeded, type GradeOutcome } from "../grade";
import { createPool, PoolError, type Pool } from "./grading-pool";

export interface WorkerResult {
  outcome: GradeOutcome;
  /** Time the worker spent on the job, in ms. */
  ms: number;
}

/** Failures of the grader itself (not of the learner's log), answered with a 5xx. */
export type GraderFailure = { ok: false; error: { code: "grader-busy" | "grader-failed"; message: string } };

export interface Grader {
  grade(exerciseId: string, actions: unknown): Promise<GradeOutcome | GraderFailure>;
  close(): Promise<void>;
}

export const WORKER_ENTRY = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "exercises", "server", "grading-worker.ts");

/** grading-worker.ts and everything it imports, as one CommonJS script. */
export async function bundleGradingWorker(entry: string = WORKER_ENTRY): Promise<string> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // "server-only" resolves to its empty module under react-server, as in the server bundle.
    conditions: ["react-server"],
    write: false,
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no grading worker bundle");
  return file.text;
}

export interface GraderOptions {
  /** Worker threads; default: one per core but one (left for the server), at least 1. */
  size?: number;
  /** Replay time allowed per attempt, in ms (the "refuse past ~1 s"). */
  budgetMs?: number;
  /** Extra time before a worker that stopped answering is terminated and replaced. */
  graceMs?: number;
  maxQueue?: number;
  /** The worker script; default: bundleGradingWorker(). */
  code?: Promise<string>;
}

export const DEFAULT_BUDGET_MS = 1000;

export function createGrader(options: GraderOptions = {}): Grader {
  const code = options.code ?? bundleGradingWorker();
  // Surfaces on the first grading, not as an unhandled rejection at start.
  code.catch(() => undefined);
  const size = options.size ?? Math.max(1, os.availableParallelism() - 1);
  let pool: Pool<WorkerResult> | undefined;
  const ready = code.then((text) => {
    pool = createPool<WorkerResult>({
      spawn: () => new Worker(text, { eval: true }),
      size,
      budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS,
      graceMs: options.graceMs ?? 1000,
      // Past this the newest request waits longer than a client would: refuse it at once.
      maxQueue: options.maxQueue ?? 64 * size,
    });
    return pool;
  });
  return {
    async grade(exerciseId, actions) {
      let p: Pool<WorkerResult>;
      try {
        p = await ready;
      } catch (e) {
        return { ok: false, error: { code: "grader-failed", message: `The grader could not start: ${e instanceof Error ? e.message : String(e)}` } };
      }
      try {
        return (await p.run({ exerciseId, actions })).outcome;
      } catch (e) {
        if (!(e instanceof PoolError)) throw e;
        if (e.code === "budget-exceeded") return budgetExceeded();
        if (e.code === "queue-full") return { ok: false, error: { code: "grader-busy", message: "The grader is busy. Check again in a moment." } };
        return { ok: false, error: { code: "grader-failed", message: `${e.message} Check again; if it happens again, the attempt may be too large.` } };
      }
    },
    async close() {
      await ready.catch(() => undefined);
      await pool?.close();
    },
  };
}

const globalForGrader = globalThis as typeof globalThis & { __reconcileGrader?: Grader };

/** The process's grader, created (and its worker bundled) on first use. */
export function defaultGrader(): Grader {
  if (!globalForGrader.__reconcileGrader) {
    const code = bundleGradingWorker();
    const grader = createGrader({ code });
    globalForGrader.__reconcileGrader = grader;
    // A failed bundle is retried by the next request rather than kept for the process's life.
    code.catch(() => {
      if (globalForGrader.__reconcileGrader === grader) globalForGrader.__reconcileGrader = undefined;
    });
  }
  return globalForGrader.__reconcileGrader;
}
