import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";
import { applySts, claimNames, controllerPodCalls, imageOf, patchSts, pod, podNames, removedAt, requestedAt, sts } from "./testing";
import { isPodReady } from "../podcontrol";
import { timeOf } from "../podcontrol";
import { failNode, recoverNode } from "../../faults";
import { restoreCluster } from "../../cluster";

const readySince = (t: TestCluster, name: string) => {
  const c = (pod(t, name)?.status?.conditions ?? []).find((x: { type: string }) => x.type === "Ready");
  return timeOf(c?.lastTransitionTime);
};

describe("statefulset-controller", () => {
  it("creates pods in ordinal order, each after its predecessor is Running and Ready", () => {
    const t = new TestCluster();
    applySts(t);
    expect(podNames(t)).toEqual(["web-0"]);
    expect(claimNames(t)).toEqual(["www-web-0"]);
    t.settle();
    t.expectPods(3, { running: 3, ready: 3 });
    expect(controllerPodCalls(t)).toEqual(["create web-0", "create web-1", "create web-2"]);
    // web-1 was created no earlier than web-0 became ready.
    const created1 = timeOf(pod(t, "web-1")!.metadata.creationTimestamp);
    expect(created1).toBeGreaterThanOrEqual(readySince(t, "web-0"));
    expect(timeOf(pod(t, "web-2")!.metadata.creationTimestamp)).toBeGreaterThanOrEqual(readySince(t, "web-1"));
    const status = sts(t)!.status;
    expect(status).toMatchObject({ replicas: 3, readyReplicas: 3, currentReplicas: 3, updatedReplicas: 3, availableReplicas: 3, observedGeneration: 1, collisionCount: 0 });
    expect(status.currentRevision).toBe(status.updateRevision);
    expect(t.cluster.kubectl("get sts").stdout).toBe("NAME   READY   AGE\nweb    3/3     " + t.cluster.kubectl("get sts --no-headers").stdout.trim().split(/\s+/)[2] + "\n");
  });

  it("records upstream's event texts", () => {
    const t = new TestCluster();
    applySts(t, { replicas: 1 }).settle();
    const events = t.cluster.internals.lister.list("events", "default").filter((e) => (e.involvedObject as { kind?: string } | undefined)?.kind === "StatefulSet").map((e) => `${e.reason}: ${e.message}`);
    expect(events).toEqual(["SuccessfulCreate: create Claim www-web-0 Pod web-0 in StatefulSet web success", "SuccessfulCreate: create Pod web-0 in StatefulSet web successful"]);
  });

  it("scales down from the highest ordinal, one pod fully gone before the next, and keeps the claims", () => {
    const t = new TestCluster();
    applySts(t).settle();
    const claimUid = t.cluster.internals.lister.get("persistentvolumeclaims", "default", "www-web-1")!.metadata.uid;
    patchSts(t, { spec: { replicas: 1 } }).settle();
    expect(podNames(t)).toEqual(["web-0"]);
    expect(controllerPodCalls(t).filter((c) => c.startsWith("delete"))).toEqual(["delete web-2", "delete web-1"]);
    expect(requestedAt(t, "delete", "web-1")[0]).toBeGreaterThanOrEqual(removedAt(t, "web-2")[0]!);
    expect(claimNames(t)).toEqual(["www-web-0", "www-web-1", "www-web-2"]);
    patchSts(t, { spec: { replicas: 3 } }).settle();
    t.expectPods(3, { ready: 3 });
    expect(pod(t, "web-1")!.spec.volumes[0].persistentVolumeClaim.claimName).toBe("www-web-1");
    expect(t.cluster.internals.lister.get("persistentvolumeclaims", "default", "www-web-1")!.metadata.uid).toBe(claimUid);
  });

  it("recreates a deleted pod under the same name", () => {
    const t = new TestCluster();
    applySts(t).settle();
    const uid = pod(t, "web-1")!.metadata.uid;
    t.kubectl("delete pod web-1").settle();
    t.expectPods(3, { ready: 3 });
    expect(pod(t, "web-1")!.metadata.uid).not.toBe(uid);
    expect(pod(t, "web-1")!.spec.hostname).toBe("web-1");
  });

  it("rolls out a template change from the highest ordinal down, honouring the partition", () => {
    const t = new TestCluster();
    applySts(t).settle();
    const before = sts(t)!.status.currentRevision;
    patchSts(t, { spec: { updateStrategy: { rollingUpdate: { partition: 2 } }, template: { spec: { containers: [{ name: "nginx", image: "nginx:1.26" }] } } } }).settle();
    expect(["web-0", "web-1", "web-2"].map((n) => imageOf(pod(t, n)))).toEqual(["nginx:1.27", "nginx:1.27", "nginx:1.26"]);
    const s = sts(t)!.status;
    expect(s.currentRevision).toBe(before);
    expect(s.updateRevision).not.toBe(before);
    expect(s).toMatchObject({ currentReplicas: 2, updatedReplicas: 1 });
    patchSts(t, { spec: { updateStrategy: { rollingUpdate: { partition: 0 } } } }).settle();
    expect(["web-0", "web-1", "web-2"].map((n) => imageOf(pod(t, n)))).toEqual(["nginx:1.26", "nginx:1.26", "nginx:1.26"]);
    expect(controllerPodCalls(t).filter((c) => c.startsWith("delete"))).toEqual(["delete web-2", "delete web-1", "delete web-0"]);
    expect(sts(t)!.status).toMatchObject({ currentRevision: s.updateRevision, currentReplicas: 3, updatedReplicas: 3 });
    expect(t.cluster.kubectl("get controllerrevisions --no-headers").stdout.split("\n").filter(Boolean).map((l) => l.split(/\s+/).slice(0, 3).join(" ")).sort((a, b) => a.slice(-1).localeCompare(b.slice(-1)))).toEqual([
      `${before} statefulset.apps/web 1`,
      `${s.updateRevision} statefulset.apps/web 2`,
    ]);
  });

  it("OnDelete replaces nothing until a pod is deleted by hand", () => {
    const t = new TestCluster();
    applySts(t, { spec: { updateStrategy: { type: "OnDelete" } } }).settle();
    patchSts(t, { spec: { template: { spec: { containers: [{ name: "nginx", image: "nginx:1.26" }] } } } }).settle();
    expect(["web-0", "web-1", "web-2"].map((n) => imageOf(pod(t, n)))).toEqual(["nginx:1.27", "nginx:1.27", "nginx:1.27"]);
    t.kubectl("delete pod web-0").settle();
    expect(imageOf(pod(t, "web-0"))).toBe("nginx:1.26");
    expect(sts(t)!.status).toMatchObject({ currentReplicas: 2, updatedReplicas: 1 });
  });

  it("rolling back renumbers the old revision instead of creating one; history is truncated to the limit", () => {
    const t = new TestCluster();
    applySts(t, { replicas: 1, spec: { revisionHistoryLimit: 1 } }).settle();
    const first = sts(t)!.status.currentRevision;
    for (const image of ["nginx:1.26", "nginx:1.25"]) patchSts(t, { spec: { template: { spec: { containers: [{ name: "nginx", image }] } } } }).settle();
    let revs = t.cluster.internals.lister.list("controllerrevisions", "default");
    // Live: the 1.29 revision; history keeps one more (1.28); the first was truncated.
    expect(revs.map((r) => r.revision)).toEqual(expect.arrayContaining([2, 3]));
    expect(revs).toHaveLength(2);
    expect(revs.some((r) => r.metadata.name === first)).toBe(false);
    patchSts(t, { spec: { template: { spec: { containers: [{ name: "nginx", image: "nginx:1.26" }] } } } }).settle();
    revs = t.cluster.internals.lister.list("controllerrevisions", "default");
    const rolledBack = revs.find((r) => r.metadata.name === sts(t)!.status.updateRevision)!;
    expect(rolledBack.revision).toBe(4);
    expect(imageOf(pod(t, "web-0"))).toBe("nginx:1.26");
  });

  it("Parallel creates every pod at once and scales down without waiting", () => {
    const t = new TestCluster();
    applySts(t, { spec: { podManagementPolicy: "Parallel" } });
    expect(podNames(t)).toEqual(["web-0", "web-1", "web-2"]);
    t.settle();
    patchSts(t, { spec: { replicas: 0 } });
    expect(requestedAt(t, "delete", "web-1")).toHaveLength(1);
    expect(requestedAt(t, "delete", "web-0")).toHaveLength(1);
  });

  it("whenScaled: Delete removes the claims of condemned ordinals; whenDeleted: Delete removes all with the set", () => {
    const t = new TestCluster();
    applySts(t, { spec: { persistentVolumeClaimRetentionPolicy: { whenScaled: "Delete", whenDeleted: "Delete" } } }).settle();
    patchSts(t, { spec: { replicas: 1 } }).settle();
    expect(claimNames(t)).toEqual(["www-web-0"]);
    t.kubectl("delete statefulset web").settle();
    expect(claimNames(t)).toEqual([]);
  });

  it("deleting the StatefulSet cascades to pods and revisions, retaining claims by default", () => {
    const t = new TestCluster();
    applySts(t).settle();
    t.kubectl("delete statefulset web").settle();
    t.expectPods(0);
    expect(t.cluster.internals.lister.list("controllerrevisions", "default")).toHaveLength(0);
    expect(claimNames(t)).toEqual(["www-web-0", "www-web-1", "www-web-2"]);
  });

  it("adopts the pods an orphan-deleted StatefulSet left behind instead of recreating them", () => {
    const t = new TestCluster();
    applySts(t).settle();
    const uids = ["web-0", "web-1", "web-2"].map((n) => pod(t, n)!.metadata.uid);
    t.do((c) => {
      c.internals.client("kubectl").delete("statefulsets", "default", "web", { propagationPolicy: "Orphan" });
      c.internals.run();
    }).settle();
    expect(pod(t, "web-0")!.metadata.ownerReferences ?? []).toEqual([]);
    applySts(t).settle();
    const owner = sts(t)!.metadata.uid;
    expect(["web-0", "web-1", "web-2"].map((n) => pod(t, n)!.metadata.uid)).toEqual(uids);
    expect(["web-0", "web-1", "web-2"].every((n) => pod(t, n)!.metadata.ownerReferences?.[0]?.uid === owner)).toBe(true);
    expect(sts(t)!.status).toMatchObject({ replicas: 3, readyReplicas: 3, updatedReplicas: 3 });
  });

  it("never replaces a pod stuck Terminating on a failed node until the node is back", () => {
    const t = new TestCluster();
    applySts(t).settle();
    const node = pod(t, "web-1")!.spec.nodeName;
    const uid = pod(t, "web-1")!.metadata.uid;
    const i = t.cluster.internals;
    t.do(() => failNode({ ctx: i.context("faults"), kubelet: i.context("kubelet") }, node));
    t.advance(400);
    // Evicted after the 300 s unreachable toleration, but the kubelet cannot confirm it.
    expect(pod(t, "web-1")!.metadata.deletionTimestamp).toBeDefined();
    expect(pod(t, "web-1")!.metadata.uid).toBe(uid);
    expect(requestedAt(t, "create", "web-1")).toHaveLength(1);
    t.do(() => recoverNode({ ctx: i.context("faults"), kubelet: i.context("kubelet") }, node)).settle();
    expect(pod(t, "web-1")!.metadata.uid).not.toBe(uid);
    expect(requestedAt(t, "create", "web-1")).toHaveLength(2);
  });

  it("numbers pods from spec.ordinals.start", () => {
    const t = new TestCluster();
    applySts(t, { replicas: 2, spec: { ordinals: { start: 5 } } }).settle();
    expect(podNames(t)).toEqual(["web-5", "web-6"]);
    expect(claimNames(t)).toEqual(["www-web-5", "www-web-6"]);
    patchSts(t, { spec: { replicas: 1 } }).settle();
    expect(podNames(t)).toEqual(["web-5"]);
  });

  it("scales with kubectl scale", () => {
    const t = new TestCluster();
    applySts(t).settle();
    t.kubectl("scale statefulset web --replicas=1").settle();
    expect(podNames(t)).toEqual(["web-0"]);
  });

  it("waits minReadySeconds after Ready before creating the next pod", () => {
    const t = new TestCluster();
    applySts(t, { spec: { minReadySeconds: 10 } });
    t.settle();
    t.expectPods(3, { ready: 3 });
    const gap = timeOf(pod(t, "web-1")!.metadata.creationTimestamp) - readySince(t, "web-0");
    expect(gap).toBeGreaterThanOrEqual(10_000);
    expect(gap).toBeLessThan(12_000);
    expect(sts(t)!.status.availableReplicas).toBe(3);
  });

  it("a snapshot taken mid-rollout (minReadySeconds timer pending) restores to the same future", () => {
    const t = new TestCluster({ seed: 5 });
    applySts(t, { spec: { minReadySeconds: 5 } }).settle();
    patchSts(t, { spec: { template: { spec: { containers: [{ name: "nginx", image: "nginx:1.26" }] } } } });
    t.advance(17);
    const restored = restoreCluster(JSON.parse(JSON.stringify(t.cluster.snapshot())));
    t.advance(120);
    restored.advance(120);
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(t.cluster.snapshot()));
    expect(imageOf(pod(t, "web-0"))).toBe("nginx:1.26");
  });

  it("keeps every replica ready while idle and is deterministic", () => {
    const run = () => {
      const t = new TestCluster({ seed: 7 });
      applySts(t).settle();
      patchSts(t, { spec: { template: { spec: { containers: [{ name: "nginx", image: "nginx:1.26" }] } } } }).settle();
      t.kubectl("delete pod web-1").settle();
      return t;
    };
    const a = run();
    const b = run();
    expect(JSON.stringify(a.cluster.snapshot())).toBe(JSON.stringify(b.cluster.snapshot()));
    expect(a.pods().every(isPodReady)).toBe(true);
  });
});
