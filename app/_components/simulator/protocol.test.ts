import { describe, expect, it } from "vitest";
import { parseFromWorker } from "./protocol";

describe("parseFromWorker", () => {
  it("accepts well-formed messages", () => {
    expect(parseFromWorker({ type: "clock", now: 5, playing: true, speed: 20 })).toEqual({ type: "clock", now: 5, playing: true, speed: 20 });
    const result = { type: "result", id: 1, stdout: "a", stderr: "", exitCode: 0, diagnostics: [{ line: 2, message: "m" }] };
    expect(parseFromWorker(result)).toEqual(result);
    expect(parseFromWorker({ type: "view", view: { nodes: [], unscheduled: [], workloads: [], services: [] } })).not.toBeNull();
    expect(parseFromWorker({ type: "trace", entries: [{ id: 1, type: "api" }] })).not.toBeNull();
  });
  it("rejects anything else", () => {
    for (const bad of [null, 3, "clock", [], { type: "nope" }, { type: "clock", now: "5", playing: true, speed: 1 }, { type: "clock", now: 5, playing: true, speed: 3 },
      { type: "result", id: 1, stdout: "a", stderr: "", exitCode: 0, diagnostics: [{ line: "2" }] }, { type: "view", view: { nodes: [] } }, { type: "trace", entries: [{}] }, { type: "failed" }]) {
      expect(parseFromWorker(bad)).toBeNull();
    }
  });
});
