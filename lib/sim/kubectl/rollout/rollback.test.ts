import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../types";
import { planDeploymentRollback, selectControllerRevision, selectDeploymentRevision } from "./rollback";
import { pausePatch, restartPatch, resumePatch } from "./patches";

const template = (image: string, hash?: string) => ({ metadata: { labels: { app: "web", ...(hash ? { "pod-template-hash": hash } : {}) } }, spec: { containers: [{ name: "web", image }] } });
const rs = (name: string, revision: string | undefined, image: string, annotations: Record<string, string> = {}): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "ReplicaSet",
  metadata: { name, uid: name, resourceVersion: "1", creationTimestamp: "", annotations: { ...(revision ? { "deployment.kubernetes.io/revision": revision } : {}), ...annotations } },
  spec: { template: template(image, name.slice(4)) },
});
const deployment = (image: string, paused = false): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", uid: "d", resourceVersion: "1", creationTimestamp: "", annotations: { "deployment.kubernetes.io/revision": "3", "kubectl.kubernetes.io/last-applied-configuration": "{}" } },
  spec: { paused, template: template(image) },
});

describe("rollout undo selection", () => {
  const history = [rs("web-aaa", "1", "nginx:1.25"), rs("web-bbb", "3", "nginx:1.27"), rs("web-ccc", "2", "nginx:1.26", { "kubernetes.io/change-cause": "v2" })];
  it("no --to-revision: the second-highest revision", () => {
    expect(selectDeploymentRevision("web", history, 0)).toEqual({ rs: history[2] });
  });
  it("DP-UNDO-02: one revision only", () => {
    expect(selectDeploymentRevision("web", [history[0]!], 0)).toEqual({ error: 'no rollout history found for deployment "web"' });
  });
  it("a missing or negative revision", () => {
    expect(selectDeploymentRevision("web", history, 7)).toEqual({ error: "unable to find specified revision 7 in history" });
    expect(planDeploymentRollback(deployment("nginx:1.27"), history, -1)).toEqual({ error: "unable to find specified revision -1 in history" });
  });
  it("DP-UNDO-03: a paused deployment is refused", () => {
    expect(planDeploymentRollback(deployment("nginx:1.27", true), history, 0)).toEqual({ error: "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again" });
  });
  it("skips when the template already matches (ignoring the hash label)", () => {
    expect(planDeploymentRollback(deployment("nginx:1.25"), history, 1)).toEqual({ skipped: "skipped rollback (current template already matches revision 1)" });
  });
  it("restores the template without the hash label and copies the RS annotations, keeping the skipped ones", () => {
    const r = planDeploymentRollback(deployment("nginx:1.27"), history, 0);
    if (!("update" in r)) throw new Error("expected an update");
    expect(r.update.spec.template).toEqual(template("nginx:1.26"));
    expect(r.update.metadata.annotations).toEqual({
      "deployment.kubernetes.io/revision": "3",
      "kubectl.kubernetes.io/last-applied-configuration": "{}",
      "kubernetes.io/change-cause": "v2",
    });
  });
  it("ControllerRevisions: previous revision or errors", () => {
    const cr = (revision: number): KubeObject => ({ apiVersion: "apps/v1", kind: "ControllerRevision", metadata: { name: `web-${revision}`, uid: "", resourceVersion: "", creationTimestamp: "" }, revision });
    expect(selectControllerRevision([cr(1)], 0)).toEqual({ error: "no last revision to roll back to" });
    expect(selectControllerRevision([cr(3), cr(1), cr(2)], 0)).toEqual({ cr: cr(2) });
    expect(selectControllerRevision([cr(1), cr(2)], 5)).toEqual({ error: "unable to find specified revision 5 in history" });
  });
});

describe("pause / resume / restart patches", () => {
  it("pause and resume check the current state", () => {
    expect(pausePatch(deployment("x"))).toEqual({ patch: { spec: { paused: true } } });
    expect(pausePatch(deployment("x", true))).toEqual({ error: "is already paused" });
    expect(resumePatch(deployment("x"))).toEqual({ error: "is not paused" });
    expect(resumePatch(deployment("x", true))).toEqual({ patch: { spec: { paused: null } } });
    expect(pausePatch({ ...deployment("x"), kind: "StatefulSet" })).toEqual({ error: "pausing is not supported" });
  });
  it("restart stamps the template with the virtual time", () => {
    expect(restartPatch(deployment("x"), "2026-01-01T00:01:00Z")).toEqual({ patch: { spec: { template: { metadata: { annotations: { "kubectl.kubernetes.io/restartedAt": "2026-01-01T00:01:00Z" } } } } } });
    expect(restartPatch(deployment("x", true), "t")).toEqual({ error: "can't restart paused deployment (run rollout resume first)" });
    expect(restartPatch({ ...deployment("x"), kind: "ReplicaSet" }, "t")).toEqual({ error: "restarting is not supported" });
  });
});
