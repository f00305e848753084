import { describe, expect, it } from "vitest";
import { actionLogSchema } from "@/lib/exercises/action-log";
import { ExerciseRecorder } from "./exercise-recorder";

const kill = (pod: string) => ({ type: "killContainer" as const, namespace: "default", pod, container: pod });

describe("ExerciseRecorder", () => {
  it("logs actions in order with whole-millisecond times and ends with a wait at the clock's time", () => {
    const r = new ExerciseRecorder();
    r.record(1_000.4, { kind: "kubectl", payload: { line: "get pods" } });
    r.record(2_000, { kind: "apply", payload: { yaml: "kind: Pod\n" } });
    const log = r.log(45_000.2);
    expect(log).toEqual([
      { at: 1_000, kind: "kubectl", payload: { line: "get pods" } },
      { at: 2_000, kind: "apply", payload: { yaml: "kind: Pod\n" } },
      { at: 45_000, kind: "wait" },
    ]);
    expect(actionLogSchema.safeParse(log).success).toBe(true);
  });

  it("an empty recording is just the wait, and asking twice does not change the recording", () => {
    const r = new ExerciseRecorder();
    expect(r.log(0)).toEqual([{ at: 0, kind: "wait" }]);
    expect(r.log(5_000)).toEqual([{ at: 5_000, kind: "wait" }]);
    r.record(6_000, { kind: "kubectl", payload: { line: "get pods" } });
    expect(r.log(7_000)).toEqual([
      { at: 6_000, kind: "kubectl", payload: { line: "get pods" } },
      { at: 7_000, kind: "wait" },
    ]);
  });

  it("hands out scripted events by time, then authored order, each once", () => {
    const r = new ExerciseRecorder([
      { at: 30_000, fault: kill("b") },
      { at: 10_000, fault: kill("a") },
      { at: 30_000, fault: kill("c") },
    ]);
    expect(r.dueBy(9_999)).toBeUndefined();
    expect(r.dueBy(10_000)?.fault).toEqual(kill("a"));
    r.fired();
    expect(r.dueBy(29_999)).toBeUndefined();
    const order: string[] = [];
    for (let e = r.dueBy(60_000); e; e = r.dueBy(60_000)) {
      order.push(e.fault.type === "killContainer" ? e.fault.pod : "?");
      r.fired();
    }
    expect(order).toEqual(["b", "c"]);
  });
});
