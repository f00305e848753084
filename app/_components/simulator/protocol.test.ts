import { describe, expect, it } from "vitest";
import { parseFromWorker } from "./protocol";

describe("parseFromWorker", () => {
  it("accepts well-formed messages", () => {
    expect(parseFromWorker({ type: "clock", now: 5, playing: true, speed: 20 })).toEqual({ type: "clock", now: 5, playing: true, speed: 20 });
    const result = { type: "result", id: 1, stdout: "a", stderr: "", exitCode: 0, diagnostics: [{ line: 2, message: "m" }] };
    expect(parseFromWorker(result)).toEqual(result);
    expect(parseFromWorker({ type: "view", view: { nodes: [], unscheduled: [], workloads: [], services: [] } })).not.toBeNull();
    expect(parseFromWorker({ type: "trace", entries: [{ id: 1, type: "api" }] })).not.toBeNull();
    for (const m of [
      { type: "stream", id: 2, stdout: "web   1/1\n", stderr: "", done: false },
      { type: "completions", id: 3, from: 8, candidates: ["get"] },
      { type: "inspected", id: 4, yaml: { stdout: "kind: Pod\n", stderr: "" }, events: { stdout: "", stderr: "No resources found\n" }, describe: { stdout: "Name: web\n", stderr: "" } },
      { type: "traceObject", id: 5, title: "pods default/web", yaml: "kind: Pod\n" },
    ]) expect(parseFromWorker(m)).toEqual(m);
  });
  it("rejects anything else", () => {
    for (const bad of [null, 3, "clock", [], { type: "nope" }, { type: "clock", now: "5", playing: true, speed: 1 }, { type: "clock", now: 5, playing: true, speed: 3 },
      { type: "result", id: 1, stdout: "a", stderr: "", exitCode: 0, diagnostics: [{ line: "2" }] }, { type: "view", view: { nodes: [] } }, { type: "trace", entries: [{}] }, { type: "failed" },
      { type: "stream", id: 2, stdout: "x", stderr: "" }, { type: "completions", id: 3, from: 0, candidates: [1] }, { type: "inspected", id: 4, yaml: {}, events: {}, describe: {} },
      { type: "traceObject", id: 5, title: "t" }]) {
      expect(parseFromWorker(bad)).toBeNull();
    }
  });
});
