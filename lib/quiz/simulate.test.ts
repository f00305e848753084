import { describe, expect, it } from "vitest";
import { gradeQuestion } from "./grade";
import type { PublicQuestion, QuestionKey } from "./model";
import { normalizeCommand, runCommandQuestion, runScenario } from "./simulate";
import { fixtureKey, fixtureQuiz } from "./testing/fixture";
import { rightAnswers, validateQuiz } from "./validate";

type Q<T extends string> = Extract<PublicQuestion, { type: T }>;
type K<T extends string> = Extract<QuestionKey, { type: T }>;
const cmdQ = fixtureQuiz.questions.find((q) => q.id === "cmd") as Q<"command">;
const cmdK = fixtureKey.keys.cmd as K<"command">;
const predictQ = fixtureQuiz.questions.find((q) => q.id === "predict") as Q<"predict">;
const predictK = fixtureKey.keys.predict as K<"predict">;

describe("normalizeCommand", () => {
  it("accepts kubectl, k and a pasted prompt, and refuses anything that is not one kubectl line", () => {
    expect(normalizeCommand("kubectl get pods")).toEqual({ line: "kubectl get pods" });
    expect(normalizeCommand("  $ k scale deploy web --replicas=3 ")).toEqual({ line: "kubectl scale deploy web --replicas=3" });
    expect(normalizeCommand("kubectl")).toEqual({ line: "kubectl" });
    expect(normalizeCommand("kubectlx get pods")).toHaveProperty("error");
    expect(normalizeCommand("rm -rf /")).toHaveProperty("error");
    expect(normalizeCommand("kubectl get pods\nkubectl delete pods --all")).toHaveProperty("error");
    expect(normalizeCommand("   ")).toEqual({ error: "No command given." });
  });
});

describe("command questions", () => {
  it("passes any command that gets the cluster there, not one string", () => {
    for (const text of ["kubectl scale deployment web --replicas=4", "k scale deploy/web --replicas 4", "kubectl patch deployment web -p '{\"spec\":{\"replicas\":4}}'"]) {
      const run = runCommandQuestion(cmdQ, cmdK, text);
      expect(run, text).toMatchObject({ pass: true });
    }
  });

  it("fails a command that leaves the cluster elsewhere, with the check's message and kubectl's output", () => {
    const wrong = runCommandQuestion(cmdQ, cmdK, "kubectl scale deployment web --replicas=3");
    expect(wrong.pass).toBe(false);
    expect(wrong.output).toBe("deployment.apps/web scaled\n");
    expect(wrong.message).toBe("deployment/web has spec.replicas 3; expected 4.");
    const typo = runCommandQuestion(cmdQ, cmdK, "kubectl scale deployment wbe --replicas=4");
    expect(typo.pass).toBe(false);
    expect(typo.output).toBe('Error from server (NotFound): deployments.apps "wbe" not found\n');
  });

  it("runs each answer in a fresh cluster: one learner's command never leaks into the next", () => {
    expect(runCommandQuestion(cmdQ, cmdK, "kubectl delete deployment web").pass).toBe(false);
    expect(runCommandQuestion(cmdQ, cmdK, "kubectl scale deployment web --replicas=4").pass).toBe(true);
  });

  it("stops a command that would take the simulator too long, and says so", () => {
    const run = runCommandQuestion(cmdQ, cmdK, "kubectl scale deployment web --replicas=50000");
    expect(run.pass).toBe(false);
    expect(run.message).toMatch(/simulator stopped|expected 4/);
    expect(run.output).toBe("deployment.apps/web scaled\n");
  });

  it("grades through gradeQuestion: answered, points, the example and the output in the detail", () => {
    const r = gradeQuestion(cmdQ, cmdK, { type: "command", command: "kubectl scale deployment web --replicas=4" });
    expect(r).toMatchObject({ answered: true, correct: true, points: 100 });
    expect(r.detail).toMatchObject({ type: "command", command: "kubectl scale deployment web --replicas=4", output: "deployment.apps/web scaled\n", example: cmdK.example });
    const empty = gradeQuestion(cmdQ, cmdK, { type: "command", command: "  " });
    expect(empty).toMatchObject({ answered: false, points: 0 });
    const notKubectl = gradeQuestion(cmdQ, cmdK, { type: "command", command: "curl http://web" });
    expect(notKubectl).toMatchObject({ answered: true, points: 0 });
    expect(notKubectl.detail).toMatchObject({ message: expect.stringContaining("kubectl command") });
  });
});

describe("predict-then-run questions", () => {
  it("measures what the simulator did and shows the transcript, for a right and a wrong prediction", () => {
    const run = runScenario(predictQ, predictK);
    expect(run.actual).toBe(2);
    expect(run.transcript).toContain("$ kubectl delete pod -l app=web --wait=false\npod \"web-");
    expect(run.transcript).toContain("# … 30 s later\n$ kubectl get pods -l app=web\nNAME ");
    expect(gradeQuestion(predictQ, predictK, { type: "predict", value: 2 })).toMatchObject({ correct: true, points: 100 });
    const wrong = gradeQuestion(predictQ, predictK, { type: "predict", value: 0 });
    expect(wrong).toMatchObject({ answered: true, correct: false, points: 0 });
    expect(wrong.detail).toMatchObject({ type: "predict", value: 0, actual: 2, unit: "Pods" });
    // Unanswered: no points, but the learner still sees what happened.
    expect(gradeQuestion(predictQ, predictK, undefined).detail).toMatchObject({ actual: 2, value: null });
  });

  it("is deterministic: the same scenario gives the same transcript in a new cluster", () => {
    const again = runScenario({ ...predictQ }, predictK);
    expect(again).toEqual(runScenario(predictQ, predictK));
  });
});

describe("authoring checks for simulator questions", () => {
  it("accepts the fixture, whose example and scenario run, and derives the right answers from the simulator", () => {
    expect(validateQuiz(fixtureQuiz, fixtureKey)).toEqual([]);
    expect(rightAnswers(fixtureQuiz, fixtureKey)).toMatchObject({ cmd: { type: "command", command: cmdK.example }, predict: { type: "predict", value: 2 } });
  });

  it("reports an example that fails its own check and a scenario step that cannot run", () => {
    const badKey = { ...fixtureKey, keys: { ...fixtureKey.keys, cmd: { ...cmdK, example: "kubectl scale deployment web --replicas=2" } } };
    expect(validateQuiz(fixtureQuiz, badKey)).toEqual([expect.stringContaining("question cmd: the example `kubectl scale deployment web --replicas=2` fails its check")]);
    const badQuiz = { ...fixtureQuiz, questions: fixtureQuiz.questions.map((q) => (q.id === "predict" ? { ...predictQ, steps: [{ fault: { type: "failNode" as const, node: "no-such-node" } }] } : q)) };
    expect(validateQuiz(badQuiz, fixtureKey)).toEqual([expect.stringContaining("question predict: the scenario could not run: scenario step failed: node no-such-node does not exist")]);
  });
});
