import { describe, expect, it } from "vitest";
import { parseSavedLog, savableLog } from "./exercise-resume";

describe("saved exercise logs", () => {
  const log = [
    { at: 0, kind: "kubectl", payload: { line: "get pods" } },
    { at: 1200, kind: "apply", payload: { yaml: "kind: Pod" } },
    { at: 5000, kind: "wait" },
  ] as const;

  it("keeps learner actions and drops the clock's trailing wait", () => {
    expect(savableLog([...log])).toEqual(log.slice(0, 2));
    expect(parseSavedLog(JSON.stringify(log))).toEqual(log.slice(0, 2));
  });

  it("treats missing, corrupt or forged storage as no saved work", () => {
    expect(parseSavedLog(null)).toEqual([]);
    expect(parseSavedLog("{not json")).toEqual([]);
    expect(parseSavedLog(JSON.stringify({ actions: log }))).toEqual([]);
    // Times going backwards or an unknown field: not a log the grader would accept.
    expect(parseSavedLog(JSON.stringify([log[1], log[0]]))).toEqual([]);
    expect(parseSavedLog(JSON.stringify([{ ...log[0], passed: true }]))).toEqual([]);
  });
});
