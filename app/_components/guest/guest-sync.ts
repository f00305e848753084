// Sends a guest's saved work to the real endpoints once they are signed in (see guest-store.ts).
// An item leaves the store once the server has answered it for good: graded and stored (2xx),
// or refused in a way a retry cannot fix (400/404/413/422: say, an exercise removed since).
// 401 (still not signed in), 408/429 and 5xx keep it for the next try and stop the run.
import type { GuestStore } from "./guest-store";

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface SyncResult {
  /** Items the server graded and stored. */
  saved: number;
  /** Items it refused for good (dropped). */
  rejected: number;
  /** Items still waiting (not signed in, or the server could not take them now). */
  remaining: number;
}

const keep = (status: number | null) => status === null || status === 401 || status === 403 || status === 408 || status === 429 || status >= 500;

async function send(fetchFn: Fetch, url: string, body: unknown): Promise<number | null> {
  try {
    const res = await fetchFn(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    await res.body?.cancel().catch(() => undefined);
    return res.status;
  } catch {
    return null;
  }
}

export async function syncGuestProgress(store: GuestStore, fetchFn: Fetch): Promise<SyncResult> {
  const { exercises, quizzes } = store.read();
  const jobs = [
    // Oldest first, so the latest attempt is the latest on the server too.
    ...exercises.map((e) => ({
      at: e.savedAt,
      key: e.idempotencyKey,
      url: `/api/exercises/${encodeURIComponent(e.exerciseId)}/check`,
      body: { exerciseId: e.exerciseId, actions: e.actions, stateHash: e.stateHash, idempotencyKey: e.idempotencyKey },
    })),
    ...quizzes.map((q) => ({
      at: q.savedAt,
      key: q.idempotencyKey,
      url: `/api/quizzes/${encodeURIComponent(q.quizId)}/submit`,
      body: { idempotencyKey: q.idempotencyKey, answers: q.answers },
    })),
  ].sort((a, b) => a.at - b.at);
  let saved = 0;
  let rejected = 0;
  for (const job of jobs) {
    const status = await send(fetchFn, job.url, job.body);
    if (keep(status)) break;
    store.remove(job.key);
    if (status! >= 200 && status! < 300) saved++;
    else rejected++;
  }
  return { saved, rejected, remaining: store.count() };
}

let running: Promise<SyncResult> | null = null;
/** One run at a time per page (the header and the sign-in form may both ask). */
export function syncOnce(store: GuestStore, fetchFn: Fetch): Promise<SyncResult> {
  running ??= syncGuestProgress(store, fetchFn).finally(() => {
    running = null;
  });
  return running;
}

/** For the exercise widget: a fetch that keeps the attempt when the grader answers 401 (guest). */
export function guestAwareFetch(fetchFn: Fetch, store: () => GuestStore, now: () => number = Date.now): Fetch {
  return async (url, init) => {
    const res = await fetchFn(url, init);
    if (res.status === 401 && /^\/api\/exercises\/[^/]+\/check$/.test(url) && typeof init.body === "string") {
      try {
        if (store().addExercise(JSON.parse(init.body), now())) notifyGuestChange();
      } catch {
        // not JSON: nothing to keep
      }
    }
    return res;
  };
}

/** Same-page listeners (the notice and header) learn that the store changed. */
export const GUEST_EVENT = "reconcile:guest-progress";
export function notifyGuestChange(): void {
  if (typeof window !== "undefined") window.dispatchEvent(new Event(GUEST_EVENT));
}
