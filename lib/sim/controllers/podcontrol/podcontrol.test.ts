import { describe, expect, it } from "vitest";
import type { KubeObject, OwnerReference } from "../../types";
import { createCluster } from "../../cluster";
import { parseSelector } from "../../labels/parser";
import { claimPods, compareForDeletion, controllerRef, isPodActive, isPodAvailable, podAvailableAt, podFromTemplate, podNamePrefix, podsToDelete, wallClockNow } from ".";

import { EPOCH_MS, timestamp } from "../../clock";

const T0 = EPOCH_MS;
const iso = (ms: number) => timestamp(ms - EPOCH_MS);

function pod(name: string, o: { node?: string; phase?: string; readySince?: number; created?: number; restarts?: number; cost?: string; deleting?: boolean } = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name, namespace: "default", uid: `uid-${name}`, resourceVersion: "1", creationTimestamp: iso(o.created ?? T0),
      ...(o.cost ? { annotations: { "controller.kubernetes.io/pod-deletion-cost": o.cost } } : {}),
      ...(o.deleting ? { deletionTimestamp: iso(T0) } : {}),
    },
    spec: { containers: [{ name: "c", image: "nginx" }], ...(o.node ? { nodeName: o.node } : {}) },
    status: {
      phase: o.phase ?? "Running",
      conditions: o.readySince !== undefined ? [{ type: "Ready", status: "True", lastTransitionTime: iso(o.readySince) }] : [{ type: "Ready", status: "False" }],
      containerStatuses: [{ name: "c", restartCount: o.restarts ?? 0 }],
    },
  };
}

const owner: KubeObject = { apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: "web-abc", namespace: "ns", uid: "rs-uid", resourceVersion: "1", creationTimestamp: iso(T0) }, spec: {} };

describe("podFromTemplate", () => {
  it("copies labels/annotations/spec, names with generateName <owner>- and sets a controller ref", () => {
    const tpl = { metadata: { labels: { app: "web" }, annotations: { a: "b" } }, spec: { containers: [{ name: "c", image: "nginx" }] } };
    const p = podFromTemplate(tpl, owner);
    expect(p.metadata).toEqual({
      generateName: "web-abc-", namespace: "ns", labels: { app: "web" }, annotations: { a: "b" },
      ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-abc", uid: "rs-uid", controller: true, blockOwnerDeletion: true }],
    });
    expect(p.spec).toEqual(tpl.spec);
    expect(p.spec).not.toBe(tpl.spec);
    expect(controllerRef(owner).blockOwnerDeletion).toBe(true);
  });
  it("falls back to the bare name when '<name>-' is not a valid prefix", () => {
    expect(podNamePrefix("web")).toBe("web-");
    expect(podNamePrefix("x".repeat(253))).toBe("x".repeat(253));
  });
});

describe("predicates", () => {
  it("active excludes terminal and deleting pods", () => {
    expect(isPodActive(pod("a"))).toBe(true);
    expect(isPodActive(pod("a", { phase: "Succeeded" }))).toBe(false);
    expect(isPodActive(pod("a", { phase: "Failed" }))).toBe(false);
    expect(isPodActive(pod("a", { deleting: true }))).toBe(false);
  });
  it("available = ready strictly longer than minReadySeconds", () => {
    const p = pod("a", { readySince: T0 });
    expect(isPodAvailable(p, 0, T0)).toBe(true);
    expect(isPodAvailable(p, 10, T0 + 10_000)).toBe(false);
    expect(isPodAvailable(p, 10, T0 + 10_001)).toBe(true);
    expect(podAvailableAt(p, 10)).toBe(T0 + 10_001);
    expect(isPodAvailable(pod("b"), 0, T0)).toBe(false);
  });
  it("wallClockNow is the cluster's epoch plus virtual time", () => {
    const c = createCluster({ nodes: 1 });
    c.advance(5);
    expect(wallClockNow(c.internals.context("x"))).toBe(T0 + 5000);
  });
});

describe("deletion ranking (ActivePodsWithRanks)", () => {
  const now = T0 + 3600_000;
  const order = (pods: KubeObject[], ranks = pods.map(() => 0)) =>
    pods.map((p, i) => ({ p, r: ranks[i]! })).sort((a, b) => compareForDeletion(a.p, b.p, a.r, b.r, now)).map((x) => x.p.metadata.name);
  it("unassigned < assigned, Pending < Unknown < Running, not ready < ready", () => {
    expect(order([pod("assigned", { node: "n" }), pod("unassigned")])).toEqual(["unassigned", "assigned"]);
    expect(order([pod("run", { node: "n" }), pod("unk", { node: "n", phase: "Unknown" }), pod("pend", { node: "n", phase: "Pending" })])).toEqual(["pend", "unk", "run"]);
    expect(order([pod("ready", { node: "n", readySince: T0 }), pod("notready", { node: "n" })])).toEqual(["notready", "ready"]);
  });
  it("lower deletion cost first, then doubled-up nodes first", () => {
    expect(order([pod("hi", { cost: "10" }), pod("lo", { cost: "-5" })])).toEqual(["lo", "hi"]);
    expect(order([pod("single"), pod("doubled")], [1, 3])).toEqual(["doubled", "single"]);
  });
  it("ready for less time first (log2 buckets), more restarts first, newer first", () => {
    expect(order([pod("old", { node: "n", readySince: T0 }), pod("young", { node: "n", readySince: now - 2000 })])).toEqual(["young", "old"]);
    expect(order([pod("calm", { restarts: 0 }), pod("crashy", { restarts: 4 })])).toEqual(["crashy", "calm"]);
    expect(order([pod("older", { created: T0 }), pod("newer", { created: now - 5000 })])).toEqual(["newer", "older"]);
  });
  it("podsToDelete returns the first n in that order, ranked by related pods per node", () => {
    const a = pod("a", { node: "n1", readySince: T0 });
    const b = pod("b", { node: "n2", readySince: T0 });
    const other = pod("x", { node: "n2", readySince: T0 });
    expect(podsToDelete([a, b], [a, b, other], 1, now).map((p) => p.metadata.name)).toEqual(["b"]);
    expect(podsToDelete([a, b], [a, b], 5, now)).toHaveLength(2);
  });
});

describe("claimPods", () => {
  it("adopts matching orphans, releases owned pods that stopped matching, ignores others' pods", () => {
    const c = createCluster({ nodes: 1 });
    const api = c.internals.client("test");
    const ctx = c.internals.context("test-controller");
    const rs = api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "owner", namespace: "default" } });
    const mk = (name: string, labels: Record<string, string>, refs?: OwnerReference[]) =>
      api.create({ apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default", labels, ...(refs ? { ownerReferences: refs } : {}) }, spec: { containers: [{ name: "c", image: "nginx" }] } });
    const orphan = mk("orphan", { app: "web" });
    const stray = mk("stray", { app: "other" }, [controllerRef(rs)]);
    const foreign = mk("foreign", { app: "web" }, [{ apiVersion: "v1", kind: "ConfigMap", name: "x", uid: "someone-else", controller: true }]);
    const mine = mk("mine", { app: "web" }, [controllerRef(rs)]);
    const claimed = claimPods(ctx, rs, [orphan, stray, foreign, mine], parseSelector("app=web"));
    expect(claimed.map((p) => p.metadata.name)).toEqual(["orphan", "mine"]);
    const get = (n: string) => c.internals.lister.get("pods", "default", n)!;
    expect(get("orphan").metadata.ownerReferences).toEqual([controllerRef(rs)]);
    expect(get("stray").metadata.ownerReferences).toBeUndefined();
    expect(get("foreign").metadata.ownerReferences?.[0]?.uid).toBe("someone-else");
  });
});
