import { describe, expect, it } from "vitest";
import { GUEST_KEY, GUEST_LIMIT, GuestStore, type KeyValueStore } from "./guest-store";
import { guestAwareFetch, syncGuestProgress, type Fetch } from "./guest-sync";

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const attempt = (key: string, exerciseId = "ex-1") => ({ exerciseId, actions: [{ at: 0, kind: "kubectl", payload: "get pods" }], stateHash: "h", idempotencyKey: key });

/** A fake server: answers each URL with the next status in its script, recording what it got. */
function server(script: Record<string, number[]>) {
  const calls: { url: string; body: unknown }[] = [];
  const fetchFn: Fetch = async (url, init) => {
    calls.push({ url, body: JSON.parse(init.body as string) });
    const status = script[url]?.shift();
    if (status === undefined) throw new TypeError("network down");
    return new Response("{}", { status });
  };
  return { calls, fetchFn };
}

describe("guest store", () => {
  it("keeps valid exercise bodies and quiz answers, newest last, capped, one per key", () => {
    const store = new GuestStore(memory());
    expect(store.addExercise(attempt("a"), 1)).toBe(true);
    expect(store.addExercise(attempt("a"), 2)).toBe(true);
    expect(store.addExercise({ exerciseId: "x" }, 3)).toBe(false);
    expect(store.addExercise("nonsense", 3)).toBe(false);
    expect(store.addQuiz({ quizId: "q", answers: { q1: "b" }, idempotencyKey: "k" }, 4)).toBe(true);
    expect(store.read()).toEqual({
      exercises: [{ ...attempt("a"), savedAt: 2 }],
      quizzes: [{ quizId: "q", answers: { q1: "b" }, idempotencyKey: "k", savedAt: 4 }],
    });
    for (let i = 0; i < GUEST_LIMIT + 5; i++) store.addExercise(attempt(`k${i}`), 10 + i);
    const kept = store.read().exercises;
    expect(kept).toHaveLength(GUEST_LIMIT);
    expect(kept.at(-1)?.idempotencyKey).toBe(`k${GUEST_LIMIT + 4}`);
  });

  it("survives corrupt or missing storage", () => {
    const storage = memory();
    storage.setItem(GUEST_KEY, "{not json");
    expect(new GuestStore(storage).read()).toEqual({ exercises: [], quizzes: [] });
    storage.setItem(GUEST_KEY, JSON.stringify({ exercises: [{ exerciseId: 1 }, { ...attempt("ok"), savedAt: 1 }], quizzes: "x" }));
    expect(new GuestStore(storage).read().exercises.map((e) => e.idempotencyKey)).toEqual(["ok"]);
    const none = new GuestStore(null);
    expect(none.addExercise(attempt("a"), 1)).toBe(false);
    expect(none.count()).toBe(0);
  });
});

describe("guestAwareFetch", () => {
  it("keeps the attempt only when the grader answers 401", async () => {
    const store = new GuestStore(memory());
    const { fetchFn } = server({ "/api/exercises/ex-1/check": [401, 200], "/api/quizzes/q/submit": [401] });
    const wrapped = guestAwareFetch(fetchFn, () => store, () => 7);
    const init = (body: unknown) => ({ method: "POST", body: JSON.stringify(body) });
    expect((await wrapped("/api/exercises/ex-1/check", init(attempt("a")))).status).toBe(401);
    expect((await wrapped("/api/exercises/ex-1/check", init(attempt("b")))).status).toBe(200);
    await wrapped("/api/quizzes/q/submit", init({ answers: {} }));
    expect(store.read().exercises).toEqual([{ ...attempt("a"), savedAt: 7 }]);
  });
});

describe("syncGuestProgress", () => {
  it("sends everything oldest first to the real endpoints and empties the store once answered", async () => {
    const storage = memory();
    const store = new GuestStore(storage);
    store.addQuiz({ quizId: "q", answers: { q1: "b" }, idempotencyKey: "quiz-key" }, 2);
    store.addExercise(attempt("ex-key"), 1);
    const { calls, fetchFn } = server({ "/api/exercises/ex-1/check": [200], "/api/quizzes/q/submit": [200] });
    expect(await syncGuestProgress(store, fetchFn)).toEqual({ saved: 2, rejected: 0, remaining: 0 });
    expect(calls).toEqual([
      { url: "/api/exercises/ex-1/check", body: attempt("ex-key") },
      { url: "/api/quizzes/q/submit", body: { idempotencyKey: "quiz-key", answers: { q1: "b" } } },
    ]);
    expect(storage.data.has(GUEST_KEY)).toBe(false);
  });

  it("keeps what the server could not take and stops; drops what it refused for good", async () => {
    const store = new GuestStore(memory());
    store.addExercise(attempt("gone", "removed-exercise"), 1);
    store.addExercise(attempt("later"), 2);
    store.addExercise(attempt("after"), 3);
    const { calls, fetchFn } = server({ "/api/exercises/removed-exercise/check": [404], "/api/exercises/ex-1/check": [503] });
    expect(await syncGuestProgress(store, fetchFn)).toEqual({ saved: 0, rejected: 1, remaining: 2 });
    expect(calls.map((c) => (c.body as { idempotencyKey: string }).idempotencyKey)).toEqual(["gone", "later"]);

    // Still a guest (401) or offline: nothing is lost.
    const again = server({ "/api/exercises/ex-1/check": [401] });
    expect(await syncGuestProgress(store, again.fetchFn)).toEqual({ saved: 0, rejected: 0, remaining: 2 });
    expect(await syncGuestProgress(store, server({}).fetchFn)).toEqual({ saved: 0, rejected: 0, remaining: 2 });
    expect(store.read().exercises.map((e) => e.idempotencyKey)).toEqual(["later", "after"]);
  });
});
