import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../types";
import { daemonSetStatus, deploymentStatus, rolloutStatus, statefulSetStatus } from "./status";

const obj = (kind: string, spec: object, status: object, generation = 1, annotations?: Record<string, string>): KubeObject => ({
  apiVersion: "apps/v1",
  kind,
  metadata: { name: "foo", namespace: "default", uid: "u", resourceVersion: "1", creationTimestamp: "", generation, annotations },
  spec,
  status,
});

describe("deploymentStatus (rollout_status.go order of checks)", () => {
  const d = (status: object, replicas = 3, generation = 1) => deploymentStatus(obj("Deployment", { replicas }, { observedGeneration: 1, ...status }, generation));
  it("waits for the spec to be observed first", () => {
    expect(d({}, 3, 2)).toEqual({ message: "Waiting for deployment spec update to be observed...\n", done: false });
  });
  it("progress deadline is an error", () => {
    expect(d({ conditions: [{ type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded" }] })).toEqual({ error: 'deployment "foo" exceeded its progress deadline' });
  });
  it("updated < desired, then old pending termination, then available < updated, then done", () => {
    expect(d({ replicas: 3, updatedReplicas: 1, availableReplicas: 3 })).toEqual({ message: 'Waiting for deployment "foo" rollout to finish: 1 out of 3 new replicas have been updated...\n', done: false });
    expect(d({ replicas: 4, updatedReplicas: 3, availableReplicas: 3 })).toEqual({ message: 'Waiting for deployment "foo" rollout to finish: 1 old replicas are pending termination...\n', done: false });
    expect(d({ replicas: 3, updatedReplicas: 3, availableReplicas: 2 })).toEqual({ message: 'Waiting for deployment "foo" rollout to finish: 2 of 3 updated replicas are available...\n', done: false });
    expect(d({ replicas: 3, updatedReplicas: 3, availableReplicas: 3 })).toEqual({ message: 'deployment "foo" successfully rolled out\n', done: true });
  });
  it("a pinned revision must match the running one", () => {
    const dep = obj("Deployment", { replicas: 1 }, { observedGeneration: 1 }, 1, { "deployment.kubernetes.io/revision": "3" });
    expect(deploymentStatus(dep, 2)).toEqual({ error: "desired revision (2) is different from the running revision (3)" });
  });
});

describe("statefulSetStatus", () => {
  const s = (spec: object, status: object, generation = 1) => statefulSetStatus(obj("StatefulSet", spec, status, generation));
  it("OnDelete has no rollout status", () => {
    expect(s({ updateStrategy: { type: "OnDelete" } }, {})).toEqual({ error: "rollout status is only available for RollingUpdate strategy type" });
  });
  it("observedGeneration 0 is not observed yet", () => {
    expect(s({ replicas: 3, updateStrategy: { type: "RollingUpdate" } }, { observedGeneration: 0 }, 0)).toEqual({ message: "Waiting for statefulset spec update to be observed...\n", done: false });
  });
  it("waits for ready pods, then the partition, then reports revisions", () => {
    const ru = { type: "RollingUpdate" };
    expect(s({ replicas: 3, updateStrategy: ru }, { observedGeneration: 1, readyReplicas: 1 })).toEqual({ message: "Waiting for 2 pods to be ready...\n", done: false });
    expect(s({ replicas: 3, updateStrategy: ru }, { observedGeneration: 1, readyReplicas: 3, updatedReplicas: 1, currentRevision: "web-a", updateRevision: "web-b" })).toEqual({
      message: "waiting for statefulset rolling update to complete 1 pods at revision web-b...\n",
      done: false,
    });
  });
});

describe("daemonSetStatus", () => {
  const ds = (status: object) => daemonSetStatus(obj("DaemonSet", { updateStrategy: { type: "RollingUpdate" } }, { observedGeneration: 1, ...status }));
  it("updated, then available, then done", () => {
    expect(ds({ desiredNumberScheduled: 2, updatedNumberScheduled: 1 })).toEqual({ message: 'Waiting for daemon set "foo" rollout to finish: 1 out of 2 new pods have been updated...\n', done: false });
    expect(ds({ desiredNumberScheduled: 2, updatedNumberScheduled: 2, numberAvailable: 1 })).toEqual({ message: 'Waiting for daemon set "foo" rollout to finish: 1 of 2 updated pods are available...\n', done: false });
    expect(ds({ desiredNumberScheduled: 2, updatedNumberScheduled: 2, numberAvailable: 2 })).toEqual({ message: 'daemon set "foo" successfully rolled out\n', done: true });
  });
  it("other kinds have no viewer", () => {
    expect(rolloutStatus(obj("ReplicaSet", {}, {}))).toEqual({ error: "no status viewer has been implemented for ReplicaSet.apps" });
  });
});
