import { describe, expect, it } from "vitest";
import { grade } from "@/lib/exercises/grade";
import { replay } from "@/lib/exercises/replay";
import { loadExercise } from "@/lib/exercises/server/registry";
import type { Action } from "@/lib/exercises/action-log";
import { actionCommands, describeAction, formatVirtualMs } from "./describe-action";
import { clusterSnapshot, replaySteps } from "./replay-steps";

const loaded = loadExercise("scale-and-self-heal")!;

describe("replaySteps", () => {
  it("has the exercise under test", () => {
    expect(loaded?.checks.reference.length).toBeGreaterThan(0);
  });

  it("steps through the reference solution: start, then one step per action with its output and cluster", () => {
    const { exercise, checks } = loaded;
    const steps = replaySteps(exercise, checks.reference);
    expect(steps[0]).toMatchObject({ n: 0, kind: "start", at: 0 });
    const actions = steps.filter((s) => s.kind === "action");
    expect(actions.map((s) => s.actionIndex)).toEqual(checks.reference.map((_, i) => i));
    const scale = steps.find((s) => s.title === "kubectl scale deployment web --replicas=5")!;
    expect(scale.stdout).toBe("deployment.apps/web scaled\n");
    expect(scale.apiCalls.some((c) => c.resource === "deployments" && c.name === "web")).toBe(true);
    // Before the scale the Deployment reads 3/3; at the end 5/5 and five web pods on nodes.
    const before = steps[scale.n - 1]!.view.workloads.find((w) => w.kind === "Deployment" && w.name === "web");
    expect(before?.ready).toBe("3/3");
    const last = steps.at(-1)!;
    expect(last.view.workloads.find((w) => w.kind === "Deployment" && w.name === "web")?.ready).toBe("5/5");
    expect(last.view.nodes.flatMap((n) => n.pods).filter((p) => p.name.startsWith("web-") && p.status === "Running")).toHaveLength(5);
    expect(last.getAll).toContain("deployment.apps/web");
  });

  it("ends on the same cluster the grader replays (the extra reads change nothing)", () => {
    const { exercise, checks } = loaded;
    const gen = replay(exercise, checks.reference);
    let next = gen.next();
    while (!next.done) next = gen.next();
    const graded = clusterSnapshot(next.value.cluster);
    const last = replaySteps(exercise, checks.reference).at(-1)!;
    expect(last.view).toEqual(graded.view);
    expect(grade(exercise, checks, checks.reference)).toMatchObject({ ok: true, report: { passed: true } });
  });

  it("shows a failing command's error and exit code", () => {
    const steps = replaySteps(loaded.exercise, [{ at: 1_000, kind: "kubectl", payload: { line: "get pod nope" } }]);
    expect(steps[1]).toMatchObject({ title: "kubectl get pod nope", exitCode: 1 });
    expect(steps[1]!.stderr).toContain('pods "nope" not found');
  });
});

describe("describeAction", () => {
  it("reads each kind of action", () => {
    const actions: Action[] = [
      { at: 0, kind: "kubectl", payload: { line: "get pods" } },
      { at: 1, kind: "kubectl", payload: { line: "kubectl apply -f -", stdin: "kind: Pod" } },
      { at: 2, kind: "apply", payload: { yaml: "kind: Pod" } },
      { at: 3, kind: "fault", payload: { type: "failNode", node: "w1" } },
      { at: 61_005, kind: "wait" },
    ];
    expect(actions.map(describeAction)).toEqual(["kubectl get pods", "kubectl apply -f -", "apply (editor)", "fault: fail node w1", "wait until 1:01.005"]);
    expect(actionCommands(actions)).toHaveLength(4);
    expect(formatVirtualMs(0)).toBe("0:00.000");
  });
});
