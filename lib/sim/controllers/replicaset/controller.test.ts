import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";
import type { KubeObject } from "../../types";
import { slowStartBatch } from "./manage";
import { calculateReplicaSetStatus } from "./status";

const rsYaml = (replicas: number, extra = "") => `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: web
spec:
  replicas: ${replicas}
${extra}  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: c
        image: nginx:1.25
`;

const rs = (t: TestCluster) => t.cluster.internals.lister.get("replicasets", "default", "web")!;
const events = (t: TestCluster, reason: string) =>
  t.cluster.internals.lister.list("events", "default").filter((e) => (e as KubeObject & { reason?: string }).reason === reason).map((e) => (e as KubeObject & { message?: string }).message);

describe("ReplicaSet controller", () => {
  it("creates pods toward replicas with SuccessfulCreate events and reports status", () => {
    const t = new TestCluster().kubectl("apply -f -", rsYaml(3)).advance(30).expectPods(3, { running: 3, ready: 3 });
    expect(rs(t).status).toEqual({ replicas: 3, fullyLabeledReplicas: 3, readyReplicas: 3, availableReplicas: 3, observedGeneration: 1 });
    const created = events(t, "SuccessfulCreate");
    expect(created).toHaveLength(3);
    for (const m of created) expect(m).toMatch(/^Created pod: web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    for (const p of t.pods()) expect(p.metadata.ownerReferences).toEqual([{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "web", uid: rs(t).metadata.uid, controller: true, blockOwnerDeletion: true }]);
  });

  it("scales down deleting not-ready pods first and heals after a pod is deleted", () => {
    const t = new TestCluster().kubectl("apply -f -", rsYaml(3)).advance(30);
    t.kubectl("scale rs web --replicas=1").advance(40).expectPods(1);
    expect(events(t, "SuccessfulDelete")).toHaveLength(2);
    const victim = t.pods()[0]!.metadata.name;
    t.kubectl(`delete pod ${victim} --wait=false`).advance(40).expectPods(1, { ready: 1 });
    expect(t.pods().some((p) => p.metadata.name === victim)).toBe(false);
    expect(rs(t).status.replicas).toBe(1);
  });

  it("adopts matching orphans and releases pods whose labels stop matching", () => {
    const t = new TestCluster();
    t.cluster.internals.client("test").create({ apiVersion: "v1", kind: "Pod", metadata: { name: "lonely", namespace: "default", labels: { app: "web" } }, spec: { containers: [{ name: "c", image: "nginx:1.25" }] } });
    t.advance(10).kubectl("apply -f -", rsYaml(2)).advance(30).expectPods(2);
    const lonely = t.cluster.internals.lister.get("pods", "default", "lonely")!;
    expect(lonely.metadata.ownerReferences?.[0]?.uid).toBe(rs(t).metadata.uid);
    // Relabel it: the RS releases it and makes a replacement.
    t.cluster.internals.client("test").patch("pods", "default", "lonely", { metadata: { labels: { app: "gone" } } });
    t.advance(30);
    expect(t.cluster.internals.lister.get("pods", "default", "lonely")!.metadata.ownerReferences).toBeUndefined();
    t.expectPods(2, { selector: "app=web" });
  });

  it("cascade-deletes its pods through the garbage collector", () => {
    const t = new TestCluster().kubectl("apply -f -", rsYaml(2)).advance(30);
    t.kubectl("delete rs web --wait=false").advance(60).expectPods(0);
  });

  it("re-syncs when minReadySeconds have passed (timer, no polling)", () => {
    const t = new TestCluster().kubectl("apply -f -", rsYaml(2, "  minReadySeconds: 10\n")).advance(5);
    expect(rs(t).status.readyReplicas).toBe(2);
    expect(rs(t).status.availableReplicas).toBeUndefined();
    t.advance(12);
    expect(rs(t).status.availableReplicas).toBe(2);
  });

  it("sets ReplicaFailure from a manageReplicas error and clears it once pods can be managed", () => {
    const t = new TestCluster().kubectl("apply -f -", rsYaml(1)).advance(10);
    const obj = rs(t);
    const failed = calculateReplicaSetStatus(obj, t.pods(), { reason: "FailedCreate", message: "pods is forbidden" }, 0, "2026-01-01T00:00:10Z");
    expect(failed.conditions).toEqual([{ type: "ReplicaFailure", status: "True", lastTransitionTime: "2026-01-01T00:00:10Z", reason: "FailedCreate", message: "pods is forbidden" }]);
    expect(calculateReplicaSetStatus({ ...obj, status: failed }, t.pods(), undefined, 0, "x").conditions).toBeUndefined();
  });
});

describe("slowStartBatch", () => {
  it("runs 1, 2, 4… and stops after the first failing batch", () => {
    let n = 0;
    const res = slowStartBatch(10, 1, () => (++n === 5 ? new Error("boom") : undefined));
    // batches 1, 2, 4: the failure is in the third batch, which still completes.
    expect(n).toBe(7);
    expect(res.successes).toBe(6);
    expect(res.error?.message).toBe("boom");
    let m = 0;
    expect(slowStartBatch(10, 1, () => void m++).successes).toBe(10);
  });
});
