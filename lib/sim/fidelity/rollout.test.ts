// Fidelity: the kubectl-level cases of the deployment and statefulset groups (rollout status
// viewers DP-RS/SS-RS, rollout history DP-HIST, rollout undo DP-UNDO). Viewer cases run on the
// vector's object; command cases run through runKubectl over the in-memory test API with
// hand-built ReplicaSets, so they do not depend on the controllers' timing. KO-NAME-05/06/07
// (scale / set image / rollout restart lines) run in kubectl-output.test.ts.
import { describe, expect, it } from "vitest";
import vectors from "./k8s-vectors.json";
import type { KindSpec, KubeObject } from "../types";
import { runKubectl } from "../kubectl/run";
import { fakeApi } from "../kubectl/testapi";
import { deploymentStatus, statefulSetStatus } from "../kubectl/rollout/status";
import { viewHistory } from "../kubectl/rollout/history";
import { createCluster } from "../cluster";

/* eslint-disable @typescript-eslint/no-explicit-any */
const all: any[] = (vectors as any).cases;
const byId = (id: string) => all.find((c) => c.id === id);

/** A vector's flat "metadata.generation"/"spec.replicas"/"status" input as an object named foo. */
function objectFrom(kind: string, input: any, name = "foo"): KubeObject {
  const spec: any = {};
  if ("spec.replicas" in input) spec.replicas = input["spec.replicas"];
  if ("spec.updateStrategy" in input) spec.updateStrategy = input["spec.updateStrategy"];
  if ("manifest.spec.updateStrategy" in input) spec.updateStrategy = input["manifest.spec.updateStrategy"];
  return {
    apiVersion: "apps/v1", kind,
    metadata: { name, namespace: "default", uid: "u", resourceVersion: "1", creationTimestamp: "", generation: input["metadata.generation"] },
    spec, status: input.status,
  };
}

const identity = (kind: string, resource: string): KindSpec => ({
  kind, apiVersion: "apps/v1", group: "apps", resource, singular: kind.toLowerCase(), shortNames: [], namespaced: true,
  statusSubresource: true, tracksGeneration: true, columns: [{ name: "Name", priority: 0, cell: (o) => o.metadata.name }],
});
const kinds = [identity("Deployment", "deployments"), identity("ReplicaSet", "replicasets"), identity("StatefulSet", "statefulsets")];

/** Deployment `name` with one ReplicaSet per revision (image nginx:<revision>). */
function cluster(name: string, revisions: number[], paused = false) {
  const api = fakeApi(kinds);
  const template = (image: string) => ({ metadata: { labels: { app: name } }, spec: { containers: [{ name, image }] } });
  const d = api.create({
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name, namespace: "default" },
    spec: { replicas: 1, paused, selector: { matchLabels: { app: name } }, template: template(`nginx:${revisions.at(-1) ?? 0}`) },
  });
  for (const r of revisions) {
    api.create({
      apiVersion: "apps/v1", kind: "ReplicaSet",
      metadata: { name: `${name}-${r}`, namespace: "default", annotations: { "deployment.kubernetes.io/revision": String(r) }, ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name, uid: d.metadata.uid, controller: true }] },
      spec: { replicas: 0, template: template(`nginx:${r}`) },
    });
  }
  return { api, k: (line: string) => runKubectl({ api, kinds, now: () => 0 }, line) };
}

describe("fidelity: rollout status viewers", () => {
  for (const id of ["DP-RS-01", "DP-RS-03", "DP-RS-06"]) {
    const c = byId(id);
    it(`${id} ${c.expected.error ?? c.expected.message.trim()}`, () => {
      const r = deploymentStatus(objectFrom("Deployment", c.input));
      expect(r).toEqual(c.expected.error ? { error: c.expected.error } : { message: c.expected.message, done: c.expected.done });
    });
  }
  it("DP-RS-06 through kubectl: stderr and exit code", () => {
    const { api, k } = cluster("foo", [1]);
    api.patch("deployments", "default", "foo", { metadata: { generation: 2 }, status: byId("DP-RS-06").input.status });
    expect(k("rollout status deployment/foo")).toEqual({ stdout: "", stderr: byId("DP-RS-06").expected.stderr, exitCode: 1 });
  });
  it("SS-RS-05 partitioned roll out waits", () => {
    const c = byId("SS-RS-05");
    expect(statefulSetStatus(objectFrom("StatefulSet", c.input))).toEqual({ message: c.expected.message, done: c.expected.done });
  });
  for (const id of ["SS-RS-07", "SS-RS-08"]) {
    const c = byId(id);
    it(`${id} kubectl rollout status statefulset/web`, () => {
      const api = fakeApi(kinds);
      api.create(objectFrom("StatefulSet", c.input, "web"));
      expect(runKubectl({ api, kinds, now: () => 0 }, c.input.command)).toEqual({ stdout: c.expected.stdout, stderr: "", exitCode: 0 });
    });
  }
});

describe("fidelity: rollout history and undo", () => {
  it("DP-HIST-01 no ReplicaSets", () => {
    expect(viewHistory(new Map(), () => undefined, 0)).toEqual({ text: byId("DP-HIST-01").expected.viewHistory });
    expect(cluster("foo", []).k("rollout history deployment/foo").stdout).toBe("deployment.apps/foo \nNo rollout history found.\n");
  });
  it("DP-UNDO-02 one revision only", () => {
    const c = byId("DP-UNDO-02");
    expect(cluster("foo", c.input.existingRevisions).k(c.input.command)).toEqual({ stdout: "", stderr: c.expected.stderr, exitCode: 1 });
  });
  it("DP-UNDO-03 paused", () => {
    const c = byId("DP-UNDO-03");
    expect(cluster("foo", [1, 2], true).k(c.input.command)).toEqual({ stdout: "", stderr: c.expected.stderr, exitCode: 1 });
  });
  it("DP-REV-04 kubectl's part: undo targets revision 2 and prints 'rolled back'", () => {
    const c = byId("DP-REV-04");
    const { api, k } = cluster("foo", [1, 2, 3]);
    expect(k("rollout undo deployment/foo").stdout).toBe(c.expected.rolloutUndoStdout);
    expect(api.get("deployments", "default", "foo").spec.template.spec.containers[0].image).toBe("nginx:2");
  });
});

describe("rollout status inside a cluster", () => {
  it("--timeout lets exactly that much virtual time pass, then fails like kubectl", () => {
    const c = createCluster();
    c.kubectl("create -f -", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  paused: true\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx\n");
    const start = c.now();
    const r = c.kubectl("rollout status deployment/web --timeout=5s");
    expect([r.stderr, r.exitCode]).toEqual(["error: timed out waiting for the condition\n", 1]);
    expect(r.stdout.startsWith("Waiting for deployment")).toBe(true);
    expect(c.now() - start).toBe(5000);
  });
});
