// "Check my work" must never lose an attempt: each one is stored in the browser (localStorage)
// before it is sent, and stays there until the server has answered it. No answer (network
// down) or an answer that says the server could not take it now (5xx, 408, 429) keeps it
// queued; it is sent again with the same idempotency key (the server returns the stored
// result if the first try did arrive) after a back-off, when the browser is back online,
// or when the exercise is opened again. Pure apart from the injected storage and fetch.
import type { Action } from "@/lib/exercises/action-log";
import { interpretCheckResponse, type CheckOutcome } from "./check-result";

export interface CheckBody {
  exerciseId: string;
  actions: Action[];
  stateHash: string;
  idempotencyKey: string;
}

export interface QueuedAttempt {
  body: CheckBody;
  /** Wall-clock ms when the learner pressed Check. */
  queuedAt: number;
  /** Sends tried so far. */
  tries: number;
}

export type KeyValueStore = Pick<Storage, "getItem" | "setItem">;
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export const QUEUE_KEY = "reconcile:check-queue";
/** Oldest attempts are dropped beyond this (a learner offline for days, checking again and again). */
export const QUEUE_LIMIT = 20;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function isQueued(v: unknown): v is QueuedAttempt {
  if (!isObject(v) || !isObject(v.body) || typeof v.queuedAt !== "number" || typeof v.tries !== "number") return false;
  const b = v.body;
  return typeof b.exerciseId === "string" && Array.isArray(b.actions) && typeof b.stateHash === "string" && typeof b.idempotencyKey === "string";
}

/** The stored queue; storage that is missing, full or disabled degrades to memory only. */
export class CheckQueue {
  private memory: QueuedAttempt[] | null = null;

  constructor(private readonly storage: KeyValueStore | null, private readonly key = QUEUE_KEY) {}

  list(exerciseId?: string): QueuedAttempt[] {
    const all = this.read();
    return exerciseId === undefined ? all : all.filter((a) => a.body.exerciseId === exerciseId);
  }

  add(body: CheckBody, now: number): void {
    const all = this.read().filter((a) => a.body.idempotencyKey !== body.idempotencyKey);
    all.push({ body, queuedAt: now, tries: 0 });
    this.write(all.slice(-QUEUE_LIMIT));
  }

  remove(idempotencyKey: string): void {
    this.write(this.read().filter((a) => a.body.idempotencyKey !== idempotencyKey));
  }

  tried(idempotencyKey: string): void {
    this.write(this.read().map((a) => (a.body.idempotencyKey === idempotencyKey ? { ...a, tries: a.tries + 1 } : a)));
  }

  private read(): QueuedAttempt[] {
    if (this.memory) return [...this.memory];
    try {
      const raw = this.storage?.getItem(this.key);
      const v: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(v) ? v.filter(isQueued) : [];
    } catch {
      return [];
    }
  }

  private write(all: QueuedAttempt[]): void {
    try {
      if (!this.storage) throw new Error("no storage");
      this.storage.setItem(this.key, JSON.stringify(all));
      this.memory = null;
    } catch {
      this.memory = all; // keep it for this page at least
    }
  }
}

/** No answer, or an answer meaning "not now": the attempt stays queued. */
export const retryable = (status: number | null) => status === null || status >= 500 || status === 408 || status === 429;

/** Seconds before the next automatic try after `tries` failed ones: 2, 4, 8 … up to 60. */
export const backoffMs = (tries: number) => Math.min(60_000, 2000 * 2 ** Math.max(0, tries - 1));

async function post(fetchFn: Fetch, body: CheckBody): Promise<{ status: number | null; json: unknown }> {
  try {
    const res = await fetchFn(`/api/exercises/${encodeURIComponent(body.exerciseId)}/check`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: await res.json().catch(() => undefined) };
  } catch {
    return { status: null, json: undefined };
  }
}

export interface Sent {
  outcome: CheckOutcome;
  /** Still in the queue: to be sent again. */
  queued: boolean;
}

export const WAITING =
  "The server did not answer. Your attempt is saved on this device and will be sent as soon as the server is back.";

/** Sends one queued attempt; it leaves the queue once the server has really answered. */
export async function sendQueued(queue: CheckQueue, fetchFn: Fetch, body: CheckBody): Promise<Sent> {
  const r = await post(fetchFn, body);
  if (retryable(r.status)) {
    queue.tried(body.idempotencyKey);
    return { outcome: { verdict: null, error: WAITING }, queued: true };
  }
  queue.remove(body.idempotencyKey);
  return { outcome: interpretCheckResponse(r.status!, r.json), queued: false };
}

/** A new attempt: stored first, then sent. */
export async function submit(queue: CheckQueue, fetchFn: Fetch, body: CheckBody, now: number): Promise<Sent> {
  queue.add(body, now);
  return sendQueued(queue, fetchFn, body);
}

/**
 * Sends this exercise's queued attempts, oldest first, stopping at the first the server still
 * cannot take. Returns the newest answer received (what the learner should see), if any.
 */
export async function flush(queue: CheckQueue, fetchFn: Fetch, exerciseId: string): Promise<{ latest: CheckOutcome | null; pending: number }> {
  let latest: CheckOutcome | null = null;
  for (const a of queue.list(exerciseId)) {
    const sent = await sendQueued(queue, fetchFn, a.body);
    if (sent.queued) break;
    latest = sent.outcome;
  }
  return { latest, pending: queue.list(exerciseId).length };
}
