import { describe, expect, it } from "vitest";
import { actionLogSchema, checkRequestSchema, issueMessages, LOG_LIMITS } from "./action-log";

const kubectl = (at: number, line = "get pods") => ({ at, kind: "kubectl", payload: { line } });
const errors = (v: unknown) => {
  const r = actionLogSchema.safeParse(v);
  return r.success ? [] : issueMessages(r.error);
};

describe("action log schema", () => {
  it("accepts every kind of action", () => {
    const log = [
      kubectl(0),
      { at: 10, kind: "kubectl", payload: { line: "apply -f -", stdin: "kind: Pod" } },
      { at: 10, kind: "apply", payload: { yaml: "apiVersion: v1\nkind: Pod\n" } },
      { at: 20, kind: "fault", payload: { type: "failNode", node: "kind-worker" } },
      { at: 20, kind: "fault", payload: { type: "killContainer", namespace: "default", pod: "web", container: "web" } },
      { at: 30, kind: "wait" },
      { at: 40, kind: "wait", payload: {} },
    ];
    expect(errors(log)).toEqual([]);
  });

  it("caps the number of actions at 500", () => {
    expect(errors(Array.from({ length: 500 }, (_, i) => kubectl(i)))).toEqual([]);
    expect(errors(Array.from({ length: 501 }, (_, i) => kubectl(i)))).toEqual(["an attempt holds at most 500 actions"]);
  });

  it("caps a kubectl line at 4 KB and a manifest at 64 KB, in UTF-8 bytes", () => {
    expect(errors([kubectl(0, "x".repeat(LOG_LIMITS.lineBytes))])).toEqual([]);
    expect(errors([kubectl(0, "x".repeat(LOG_LIMITS.lineBytes + 1))])).toEqual(["0.payload.line: a kubectl command is longer than 4 KB"]);
    // 1,366 three-byte characters are 4,098 bytes although the string is short.
    expect(errors([kubectl(0, "€".repeat(1366))])).toEqual(["0.payload.line: a kubectl command is longer than 4 KB"]);
    expect(errors([{ at: 0, kind: "apply", payload: { yaml: "#".repeat(LOG_LIMITS.manifestBytes) } }])).toEqual([]);
    expect(errors([{ at: 0, kind: "apply", payload: { yaml: "#".repeat(LOG_LIMITS.manifestBytes + 1) } }])).toEqual(["0.payload.yaml: a manifest is longer than 64 KB"]);
    expect(errors([{ at: 0, kind: "kubectl", payload: { line: "apply -f -", stdin: "#".repeat(LOG_LIMITS.manifestBytes + 1) } }])).toEqual([
      "0.payload.stdin: a manifest is longer than 64 KB",
    ]);
  });

  it("refuses a YAML alias bomb, keeps ordinary asterisks", () => {
    const bomb = `a: &a ["x","x"]\nb: &b [${"*a,".repeat(60)}*a]\nc: [${"*b,".repeat(60)}*b]\n`;
    expect(errors([{ at: 0, kind: "apply", payload: { yaml: bomb } }])).toEqual(["0.payload.yaml: a manifest uses more than 100 YAML aliases"]);
    expect(errors([{ at: 0, kind: "kubectl", payload: { line: "apply -f -", stdin: bomb } }])).toEqual(["0.payload.stdin: a manifest uses more than 100 YAML aliases"]);
    expect(errors([{ at: 0, kind: "apply", payload: { yaml: `schedule: "*/5 * * * *"\nhost: "*.example.com"\n`.repeat(50) } }])).toEqual([]);
  });

  it("bounds virtual time to 2 h, whole non-negative milliseconds, never decreasing", () => {
    expect(errors([kubectl(LOG_LIMITS.virtualMs)])).toEqual([]);
    expect(errors([kubectl(LOG_LIMITS.virtualMs + 1)])).toEqual(["0.at: virtual time is past the 2 h limit of an exercise"]);
    expect(errors([kubectl(-1)])).toEqual(["0.at: virtual time cannot be negative"]);
    expect(errors([kubectl(1.5)])).toEqual(["0.at: virtual time must be a whole number of milliseconds"]);
    expect(errors([kubectl(5), kubectl(5), kubectl(4)])).toEqual(["2.at: action 2 happens before action 1: times must not decrease"]);
  });

  it("rejects unknown kinds, unknown fields and malformed faults", () => {
    expect(errors([{ at: 0, kind: "exec", payload: {} }])).not.toEqual([]);
    expect(errors([{ ...kubectl(0), passed: true }])).not.toEqual([]);
    expect(errors([{ at: 0, kind: "kubectl", payload: { line: "get pods", score: 1 } }])).not.toEqual([]);
    expect(errors([{ at: 0, kind: "fault", payload: { type: "failNode" } }])).not.toEqual([]);
    expect(errors([{ at: 0, kind: "fault", payload: { type: "rm -rf", node: "x" } }])).not.toEqual([]);
    expect(errors({ length: 1, 0: kubectl(0) })).not.toEqual([]);
  });
});

describe("check request schema", () => {
  const body = { actions: [kubectl(0)], idempotencyKey: "attempt-0001", stateHash: "00ff" };

  it("accepts a well-formed body, with or without the echoed exercise id", () => {
    expect(checkRequestSchema.safeParse(body).success).toBe(true);
    expect(checkRequestSchema.safeParse({ ...body, exerciseId: "x" }).success).toBe(true);
  });

  it("rejects a forged verdict, a bad key or a bad hash", () => {
    expect(checkRequestSchema.safeParse({ ...body, passed: true }).success).toBe(false);
    expect(checkRequestSchema.safeParse({ ...body, score: 6 }).success).toBe(false);
    expect(checkRequestSchema.safeParse({ ...body, idempotencyKey: "short" }).success).toBe(false);
    expect(checkRequestSchema.safeParse({ ...body, idempotencyKey: "has space in it" }).success).toBe(false);
    expect(checkRequestSchema.safeParse({ ...body, stateHash: "XYZ" }).success).toBe(false);
    expect(checkRequestSchema.safeParse({ actions: [] }).success).toBe(false);
  });
});
