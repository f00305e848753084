import "server-only";
// A small pool of worker threads that run gradings off the request's event loop. Jobs wait in
// FIFO order for a free worker (first come, first graded: under load each grading finishes in
// its own replay time instead of every request crawling along together), and each job has a
// time budget. The worker stops itself at the budget between replay steps; a worker that does
// not answer by the budget plus a grace (stuck inside one step) is terminated and replaced, so
// one pathological log costs one attempt, never the pool.
import type { Worker } from "node:worker_threads";

export interface PoolJob {
  exerciseId: string;
  actions: unknown;
}

/** What a worker posts: { ready: true } once loaded, then one reply per job (see grading-worker.ts). */
export type WorkerMessage<R> = { ready: true } | WorkerReply<R>;
export interface WorkerReply<R> {
  id: number;
  result: R;
}

export type PoolFailure = "budget-exceeded" | "worker-crashed" | "queue-full" | "pool-closed";

export class PoolError extends Error {
  constructor(
    readonly code: PoolFailure,
    message: string,
  ) {
    super(message);
    this.name = "PoolError";
  }
}

export interface PoolOptions {
  /** Starts one worker thread that posts { ready: true } once loaded and answers { id, job, budgetMs } with WorkerReply. */
  spawn: () => Worker;
  size: number;
  /** Time a job may run in its worker, in ms; the worker refuses past it on its own. */
  budgetMs: number;
  /** Extra time before a silent worker is terminated (it is stuck inside one step). */
  graceMs: number;
  /** Jobs waiting for a worker beyond this are refused at once ("queue-full"). */
  maxQueue: number;
}

interface Pending<R> {
  id: number;
  job: PoolJob;
  resolve: (r: R) => void;
  reject: (e: PoolError) => void;
}

interface Slot<R> {
  worker: Worker;
  /** Loaded (posted ready): a job's deadline runs from here, not from a cold start. */
  ready: boolean;
  current?: Pending<R> & { timer?: NodeJS.Timeout };
}

export interface Pool<R> {
  run(job: PoolJob): Promise<R>;
  /** Workers alive and jobs waiting, for tests and diagnostics. */
  stats(): { workers: number; busy: number; queued: number; replaced: number };
  close(): Promise<void>;
}

export function createPool<R>(options: PoolOptions): Pool<R> {
  if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`pool size must be a positive integer, got ${options.size}`);
  const slots: Slot<R>[] = [];
  const queue: Pending<R>[] = [];
  let nextId = 1;
  let replaced = 0;
  let closed = false;

  function retire(slot: Slot<R>, failure: PoolError) {
    const i = slots.indexOf(slot);
    if (i < 0) return;
    slots.splice(i, 1);
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => undefined);
    void slot.worker.terminate();
    replaced++;
    if (slot.current) {
      clearTimeout(slot.current.timer);
      slot.current.reject(failure);
      slot.current = undefined;
    }
    dispatch();
  }

  function startWorker(): Slot<R> {
    const slot: Slot<R> = { worker: options.spawn(), ready: false };
    slot.worker.unref();
    slot.worker.on("message", (message: WorkerMessage<R>) => {
      if ("ready" in message) {
        slot.ready = true;
        if (slot.current) startDeadline(slot);
        return;
      }
      const reply = message;
      const current = slot.current;
      if (!current || reply.id !== current.id) return;
      clearTimeout(current.timer);
      slot.current = undefined;
      slot.worker.unref();
      current.resolve(reply.result);
      dispatch();
    });
    const crashed = (why: string) => retire(slot, new PoolError("worker-crashed", `The grader stopped while checking this attempt (${why}).`));
    slot.worker.on("error", (e) => crashed(e.message));
    slot.worker.on("exit", (code) => crashed(`exit code ${code}`));
    slots.push(slot);
    return slot;
  }

  function startDeadline(slot: Slot<R>) {
    slot.current!.timer = setTimeout(
      () => retire(slot, new PoolError("budget-exceeded", "Replaying this attempt took longer than the grader allows.")),
      options.budgetMs + options.graceMs,
    );
  }

  function dispatch() {
    while (!closed && queue.length > 0) {
      let slot = slots.find((s) => !s.current);
      if (!slot) {
        if (slots.length >= options.size) return;
        slot = startWorker();
      }
      const job = queue.shift()!;
      slot.current = { ...job };
      if (slot.ready) startDeadline(slot);
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, job: job.job, budgetMs: options.budgetMs });
    }
  }

  return {
    run(job) {
      if (closed) return Promise.reject(new PoolError("pool-closed", "The grader is shutting down."));
      if (queue.length >= options.maxQueue) return Promise.reject(new PoolError("queue-full", "The grader is busy."));
      return new Promise<R>((resolve, reject) => {
        queue.push({ id: nextId++, job, resolve, reject });
        dispatch();
      });
    },
    stats: () => ({ workers: slots.length, busy: slots.filter((s) => s.current).length, queued: queue.length, replaced }),
    async close() {
      closed = true;
      for (const p of queue.splice(0)) p.reject(new PoolError("pool-closed", "The grader is shutting down."));
      await Promise.all(
        slots.splice(0).map((s) => {
          s.worker.removeAllListeners();
          if (s.current) {
            clearTimeout(s.current.timer);
            s.current.reject(new PoolError("pool-closed", "The grader is shutting down."));
          }
          return s.worker.terminate();
        }),
      );
    },
  };
}
