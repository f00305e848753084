// The Deployment checks against real Deployments in the simulator (controllers, kubectl
// rollout/set image/scale), through the same grading path as an exercise.
import { describe, expect, it } from "vitest";
import type { Action } from "../action-log";
import { grade } from "../grade";
import type { Exercise, ExerciseChecks } from "../types";
import { availableNeverBelow, usedRolloutUndo } from "./history";
import { rolloutCompleteWithImage } from "./state";

const exercise: Exercise = {
  id: "deployment-checks",
  lesson: "00-test/00-test",
  title: "test",
  task: "test",
  hints: [],
  start: {
    seed: 9,
    nodes: 3,
    objects: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.27
`,
  },
  panels: [],
};

const checks = (image: string): ExerciseChecks => ({
  exerciseId: exercise.id,
  checks: [
    rolloutCompleteWithImage("rolled-out", { name: "web" }, image),
    availableNeverBelow("available", { name: "web" }, 3, { afterMs: 25_000 }),
    usedRolloutUndo("undo", { deployment: "web" }),
  ],
  reference: [],
});

const kubectl = (at: number, line: string): Action => ({ at, kind: "kubectl", payload: { line } });
const results = (image: string, actions: Action[]) => {
  const out = grade(exercise, checks(image), actions);
  if (!out.ok) throw new Error(JSON.stringify(out.error));
  return Object.fromEntries(out.report.results.map((r) => [r.id, r]));
};

describe("Deployment checks on the simulator", () => {
  it("update then rollout undo: rolled back, never below 3 available, undo used", () => {
    const r = results("nginx:1.27", [kubectl(30_000, "kubectl set image deployment/web web=nginx:1.28"), kubectl(90_000, "kubectl rollout undo deployment/web"), { at: 180_000, kind: "wait" }]);
    expect(r["rolled-out"]).toMatchObject({ passed: true, message: "deployment/web successfully rolled out to nginx:1.27." });
    expect(r.available).toMatchObject({ passed: true });
    expect(r.undo).toMatchObject({ passed: true, message: "You rolled back with `kubectl rollout undo deployment/web` at t=1m30s." });
  });

  it("setting the old image back by hand is not an undo", () => {
    const r = results("nginx:1.27", [kubectl(30_000, "set image deployment/web web=nginx:1.28"), kubectl(90_000, "set image deployment/web web=nginx:1.27"), { at: 180_000, kind: "wait" }]);
    expect(r["rolled-out"]!.passed).toBe(true);
    expect(r.undo).toMatchObject({ passed: false, message: expect.stringContaining("You did not use kubectl rollout undo on deployment/web") });
  });

  it("scaling down breaks the availability floor, reported at the time it happened", () => {
    const r = results("nginx:1.27", [kubectl(40_000, "scale deployment web --replicas=1"), { at: 60_000, kind: "wait" }]);
    expect(r.available).toMatchObject({ passed: false, message: "At t=40s deployment/web had only 1 available replica; it must never drop below 3 after t=25s." });
  });

  it("a rollout to an image that cannot be pulled is not complete", () => {
    const r = results("nginx:9.9", [kubectl(30_000, "set image deployment/web web=nginx:9.9"), { at: 120_000, kind: "wait" }]);
    expect(r["rolled-out"]).toMatchObject({ passed: false, message: expect.stringMatching(/^The rollout of deployment\/web is not finished: /) });
    expect(r.available!.passed).toBe(true);
  });
});
