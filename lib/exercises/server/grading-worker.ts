import "server-only";
// Entry of a grading worker thread (see grading-pool.ts): loads every exercise and its checks
// once, then grades one job per message. The worker refuses past the job's budget between replay
// steps on its own; the pool terminates it only when it stops answering altogether.
import { parentPort } from "node:worker_threads";
import { grade } from "../grade";
import { ALL_CHECKS, loadExercise } from "./registry";
import type { PoolJob, WorkerReply } from "./grading-pool";
import type { WorkerResult } from "./grader";

if (!parentPort) throw new Error("grading-worker.ts runs as a worker thread");
const port = parentPort;
// Warm-up before taking jobs: a cold thread's first replay runs unoptimised code and builds
// lazily created state (schemas, the simulator's tables), several times slower than later ones.
// One reference replay here keeps most of that cost out of a learner's time budget (all of them
// would delay the first grading of a fresh server by seconds on a busy machine).
const warm = ALL_CHECKS[0] && loadExercise(ALL_CHECKS[0].exerciseId);
if (warm) grade(warm.exercise, warm.checks, warm.checks.reference);
port.postMessage({ ready: true });

port.on("message", ({ id, job, budgetMs }: { id: number; job: PoolJob; budgetMs: number }) => {
  const started = performance.now();
  const loaded = loadExercise(job.exerciseId);
  const outcome = loaded
    ? grade(loaded.exercise, loaded.checks, job.actions, { shouldStop: () => performance.now() - started > budgetMs })
    : { ok: false as const, error: { code: "replay-failed" as const, message: `There is no exercise "${job.exerciseId}".` } };
  const reply: WorkerReply<WorkerResult> = { id, result: { outcome, ms: performance.now() - started } };
  port.postMessage(reply);
});
