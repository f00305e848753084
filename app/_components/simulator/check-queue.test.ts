import { describe, expect, it } from "vitest";
import { backoffMs, CheckQueue, flush, QUEUE_KEY, retryable, submit, WAITING, type CheckBody, type Fetch } from "./check-queue";

function memoryStorage() {
  const data = new Map<string, string>();
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

const body = (key: string, exerciseId = "ex-1"): CheckBody => ({ exerciseId, actions: [{ at: 0, kind: "wait" }], stateHash: "ab12", idempotencyKey: key });
const verdict = { passed: true, score: 1, maxScore: 1, results: [{ id: "a", title: "A", passed: true, message: "ok" }] };

/** A server that fails (network error or a status) for the first `failures` calls, then answers. */
function server(failures: (number | "network")[]) {
  const calls: { url: string; body: CheckBody }[] = [];
  const fetchFn: Fetch = async (url, init) => {
    calls.push({ url, body: JSON.parse(String(init.body)) as CheckBody });
    const f = failures.shift();
    if (f === "network") throw new TypeError("Failed to fetch");
    if (typeof f === "number") return new Response(JSON.stringify({ error: { code: "x", message: "down" } }), { status: f });
    return new Response(JSON.stringify(verdict), { status: 200 });
  };
  return { calls, fetchFn };
}

describe("check attempt queue", () => {
  it("stores an attempt before sending it and drops it once the server answers", async () => {
    const storage = memoryStorage();
    const q = new CheckQueue(storage);
    let storedDuringSend = "";
    const fetchFn: Fetch = async () => {
      storedDuringSend = storage.data.get(QUEUE_KEY) ?? "";
      return new Response(JSON.stringify(verdict), { status: 200 });
    };
    const sent = await submit(q, fetchFn, body("key-00001"), 1000);
    expect(storedDuringSend).toContain("key-00001");
    expect(sent.queued).toBe(false);
    expect(sent.outcome.verdict?.passed).toBe(true);
    expect(q.list()).toEqual([]);
  });

  it("keeps an attempt while the server is down (no answer, 5xx) and sends it again with the same key", async () => {
    const storage = memoryStorage();
    const { calls, fetchFn } = server(["network", 503]);
    const q = new CheckQueue(storage);
    const first = await submit(q, fetchFn, body("key-00002"), 1000);
    expect(first).toEqual({ outcome: { verdict: null, error: WAITING }, queued: true });
    // A reload: a new queue over the same storage still has it.
    const again = new CheckQueue(storage);
    expect(again.list("ex-1")).toMatchObject([{ body: body("key-00002"), queuedAt: 1000, tries: 1 }]);
    expect(await flush(again, fetchFn, "ex-1")).toEqual({ latest: null, pending: 1 });
    const done = await flush(again, fetchFn, "ex-1");
    expect(done.pending).toBe(0);
    expect(done.latest?.verdict?.score).toBe(1);
    expect(calls.map((c) => c.body.idempotencyKey)).toEqual(["key-00002", "key-00002", "key-00002"]);
    expect(calls[0]!.url).toBe("/api/exercises/ex-1/check");
  });

  it("a real answer that is an error (4xx) is final: shown, not retried", async () => {
    const { fetchFn } = server([422]);
    const q = new CheckQueue(memoryStorage());
    const sent = await submit(q, fetchFn, body("key-00003"), 1);
    expect(sent.queued).toBe(false);
    expect(sent.outcome.error).toBe("down");
    expect(q.list()).toEqual([]);
  });

  it("flushes only the exercise asked for, oldest first, and stops at the first failure", async () => {
    const { calls, fetchFn } = server([200, 500]);
    const q = new CheckQueue(memoryStorage());
    q.add(body("key-a0001"), 1);
    q.add(body("key-b0001", "ex-2"), 2);
    q.add(body("key-c0001"), 3);
    q.add(body("key-d0001"), 4);
    const r = await flush(q, fetchFn, "ex-1");
    expect(calls.map((c) => c.body.idempotencyKey)).toEqual(["key-a0001", "key-c0001"]);
    expect(r.pending).toBe(2);
    expect(q.list().map((a) => a.body.idempotencyKey)).toEqual(["key-b0001", "key-c0001", "key-d0001"]);
  });

  it("survives broken or disabled storage", async () => {
    const broken = { getItem: () => "{not json", setItem: () => { throw new Error("QuotaExceeded"); } };
    const q = new CheckQueue(broken);
    expect(q.list()).toEqual([]);
    q.add(body("key-e0001"), 1);
    expect(q.list().map((a) => a.body.idempotencyKey)).toEqual(["key-e0001"]);
    const none = new CheckQueue(null);
    none.add(body("key-f0001"), 1);
    expect(none.list()).toHaveLength(1);
    const junk = memoryStorage();
    junk.setItem(QUEUE_KEY, JSON.stringify([{ body: { exerciseId: 1 } }, 5]));
    expect(new CheckQueue(junk).list()).toEqual([]);
  });

  it("retries only when the server could not answer, backing off to a minute", () => {
    expect([null, 500, 502, 503, 408, 429].every(retryable)).toBe(true);
    expect([200, 400, 401, 404, 413, 422].some(retryable)).toBe(false);
    expect([1, 2, 3, 4, 5, 6, 10].map(backoffMs)).toEqual([2000, 4000, 8000, 16000, 32000, 60000, 60000]);
  });
});
