import { describe, expect, it } from "vitest";
import type { Action } from "../action-log";
import type { ActionRecord, LearnerApiCall, ObjectChange } from "../types";
import { formatVirtualTime } from "./define";
import { availableNeverBelow, kubectlWords, noPodDeletedByLearner, usedRolloutUndo } from "./history";
import { deployment, pod, runCheck } from "./testing";

const record = (action: Action, out: { exitCode?: number; stderr?: string; apiCalls?: LearnerApiCall[] } = {}, index = 0): ActionRecord => ({
  index,
  action,
  exitCode: out.exitCode ?? 0,
  stdout: "",
  stderr: out.stderr ?? "",
  apiCalls: out.apiCalls ?? [],
});
const kubectl = (at: number, line: string): Action => ({ at, kind: "kubectl", payload: { line } });

describe("virtual time in messages", () => {
  it("reads like the widget's clock", () => {
    expect([500, 1000, 42_000, 65_000, 3_725_000].map(formatVirtualTime)).toEqual(["0.5s", "1s", "42s", "1m05s", "1h02m05s"]);
  });
});

describe("availableNeverBelow", () => {
  const change = (at: number, available: number | undefined, type: ObjectChange["type"] = "MODIFIED"): ObjectChange => ({
    type,
    resource: "deployments",
    at,
    object: deployment("web", { status: available === undefined ? {} : { availableReplicas: available } }),
  });
  const check = availableNeverBelow("h", { name: "web" }, 2, { afterMs: 10_000 });

  it("passes when the value stays at or above the minimum after t", () => {
    const start = [deployment("web", { status: { availableReplicas: 3 } })];
    expect(runCheck(check, { start, changes: [change(5_000, 0), change(9_000, 3), change(20_000, 2)] })).toEqual({
      pass: true,
      message: "deployment/web never had fewer than 2 available replicas after t=10s.",
    });
  });

  it("fails at the first dip after t, saying when", () => {
    const start = [deployment("web", { status: { availableReplicas: 3 } })];
    expect(runCheck(check, { start, changes: [change(12_000, 3), change(65_000, 1), change(66_000, 3)] })).toEqual({
      pass: false,
      message: "At t=1m05s deployment/web had only 1 available replica; it must never drop below 2 after t=10s.",
    });
  });

  it("a value below the minimum carried into t counts from t; a dip undone at the same instant still counts", () => {
    const low = [deployment("web", { status: { availableReplicas: 1 } })];
    expect(runCheck(check, { start: low }).message).toBe("At t=10s deployment/web had only 1 available replica; it must never drop below 2 after t=10s.");
    const ok = [deployment("web", { status: { availableReplicas: 3 } })];
    expect(runCheck(check, { start: ok, changes: [change(30_000, 1), change(30_000, 3)] }).message).toContain("At t=30s");
  });

  it("deleting the Deployment counts as zero; one that never existed fails plainly", () => {
    const start = [deployment("web", { status: { availableReplicas: 3 } })];
    expect(runCheck(check, { start, changes: [change(40_000, 3, "DELETED")] }).message).toBe("At t=40s deployment/web had only 0 available replicas; it must never drop below 2 after t=10s.");
    expect(runCheck(check, {})).toEqual({ pass: false, message: "There is no deployment/web in the cluster." });
  });

  it("ignores other objects", () => {
    const other = { ...change(30_000, 0), object: deployment("api", { status: { availableReplicas: 0 } }) };
    const podChange = { type: "MODIFIED" as const, resource: "pods", at: 30_000, object: pod("web") };
    expect(runCheck(check, { start: [deployment("web", { status: { availableReplicas: 2 } })], changes: [other, podChange] }).pass).toBe(true);
  });
});

describe("noPodDeletedByLearner", () => {
  const del: LearnerApiCall = { at: 42_000, verb: "delete", resource: "pods", namespace: "default", name: "web", code: 200 };
  it("fails on a successful pod delete made by a learner command, with its time and command", () => {
    const actions = [record(kubectl(42_000, "delete pod web"), { apiCalls: [del] })];
    expect(runCheck(noPodDeletedByLearner("d"), { actions })).toEqual({
      pass: false,
      message: "At t=42s you deleted pod web by hand (`kubectl delete pod web`). Let the controllers replace pods instead.",
    });
  });
  it("ignores failed deletes, other resources and fault buttons", () => {
    const actions = [
      record(kubectl(1_000, "delete pod nope"), { exitCode: 1, apiCalls: [{ ...del, name: "nope", code: 404 }] }),
      record(kubectl(2_000, "delete deployment web"), { apiCalls: [{ ...del, resource: "deployments" }] }),
      record({ at: 3_000, kind: "fault", payload: { type: "deletePod", namespace: "default", pod: "web" } }, { apiCalls: [del] }),
    ];
    expect(runCheck(noPodDeletedByLearner("d"), { actions })).toEqual({ pass: true, message: "You did not delete any pod by hand." });
    expect(runCheck(noPodDeletedByLearner("d", { namespace: "shop" }), { actions: [record(kubectl(1, "delete pod web"), { apiCalls: [del] })] }).pass).toBe(true);
  });
});

describe("usedRolloutUndo", () => {
  it("finds the subcommand behind global flags", () => {
    expect(kubectlWords("kubectl -n shop rollout undo deploy/web --to-revision=2")).toEqual(["rollout", "undo", "deploy/web"]);
    expect(kubectlWords("rollout   undo deployment web")).toEqual(["rollout", "undo", "deployment", "web"]);
  });
  it("passes on a successful undo of the named Deployment", () => {
    const check = usedRolloutUndo("u", { deployment: "web" });
    for (const line of ["kubectl rollout undo deployment/web", "rollout undo deploy web", "kubectl -n default rollout undo deployments.apps/web"]) {
      expect(runCheck(check, { actions: [record(kubectl(90_000, line))] }).pass, line).toBe(true);
    }
    expect(runCheck(check, { actions: [record(kubectl(90_000, "kubectl rollout undo deployment/web"))] }).message).toBe(
      "You rolled back with `kubectl rollout undo deployment/web` at t=1m30s.",
    );
  });
  it("fails when the undo failed, targeted another Deployment, or was replaced by re-applying the old image", () => {
    const check = usedRolloutUndo("u", { deployment: "web" });
    expect(runCheck(check, { actions: [record(kubectl(5_000, "rollout undo deployment/web"), { exitCode: 1, stderr: 'Error from server (NotFound): deployments.apps "web" not found\n' })] }).message).toBe(
      'Your `kubectl rollout undo deployment/web` at t=5s failed: Error from server (NotFound): deployments.apps "web" not found. Roll back with kubectl rollout undo.',
    );
    expect(runCheck(check, { actions: [record(kubectl(5_000, "rollout undo deployment/api"))] }).pass).toBe(false);
    const reapplied = [record(kubectl(5_000, "set image deployment/web web=nginx:1.27"))];
    expect(runCheck(check, { actions: reapplied }).message).toBe(
      "You did not use kubectl rollout undo on deployment/web. Setting the old image by hand changes only that field; undo restores the whole Pod template of the earlier revision (image, env, resources…) in one step.",
    );
  });
});
