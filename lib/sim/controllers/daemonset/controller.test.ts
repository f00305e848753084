import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";
import { createNodeObjects } from "../../node/nodes";
import { failNode } from "../../faults";
import type { KubeObject } from "../../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

const manifest = (extra: any = {}, template: any = {}) => ({
  apiVersion: "apps/v1",
  kind: "DaemonSet",
  metadata: { name: "agent", namespace: "default" },
  spec: {
    selector: { matchLabels: { app: "agent" } },
    template: { metadata: { labels: { app: "agent" } }, spec: { terminationGracePeriodSeconds: 5, containers: [{ name: "agent", image: "nginx:1.27" }], ...template } },
    ...extra,
  },
});
const apply = (t: TestCluster, extra?: any, template?: any) => t.kubectl("apply -f -", JSON.stringify(manifest(extra, template)));
const run = (t: TestCluster, fn: (api: ReturnType<TestCluster["cluster"]["internals"]["client"]>) => void) =>
  t.do((c) => {
    fn(c.internals.client("kubectl"));
    c.internals.run();
  });
const live = (t: TestCluster) => t.pods("default", "app=agent").filter((p) => !p.metadata.deletionTimestamp);
const nodesOf = (t: TestCluster) => live(t).map((p) => p.spec.nodeName ?? "<none>").sort();
const ds = (t: TestCluster): KubeObject => t.cluster.internals.lister.get("daemonsets", "default", "agent")!;

describe("daemonset-controller", () => {
  it("runs one pod per schedulable worker; the tainted control plane needs a toleration", () => {
    const t = new TestCluster();
    apply(t).settle();
    expect(nodesOf(t)).toEqual(["kind-worker", "kind-worker2"]);
    expect(ds(t).status).toMatchObject({ desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 2, numberAvailable: 2, updatedNumberScheduled: 2, numberMisscheduled: 0, observedGeneration: 1 });
    expect(ds(t).status.numberUnavailable).toBeUndefined();
    const pod = live(t).find((p) => p.spec.nodeName === "kind-worker")!;
    expect(pod.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([{ matchFields: [{ key: "metadata.name", operator: "In", values: ["kind-worker"] }] }]);
    expect(pod.spec.tolerations.map((x: any) => `${x.key}:${x.effect}`)).toEqual([
      "node.kubernetes.io/not-ready:NoExecute", "node.kubernetes.io/unreachable:NoExecute", "node.kubernetes.io/disk-pressure:NoSchedule",
      "node.kubernetes.io/memory-pressure:NoSchedule", "node.kubernetes.io/pid-pressure:NoSchedule", "node.kubernetes.io/unschedulable:NoSchedule",
    ]);
    expect(pod.metadata.labels).toMatchObject({ "controller-revision-hash": expect.any(String), "pod-template-generation": "1" });
    expect(pod.metadata.generateName).toBe("agent-");
    expect(pod.metadata.annotations).toBeUndefined();

    const t2 = new TestCluster();
    apply(t2, {}, { tolerations: [{ key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule" }] }).settle();
    expect(nodesOf(t2)).toEqual(["kind-control-plane", "kind-worker", "kind-worker2"]);
  });

  it("follows nodes: a new node gets a pod, a removed node loses it", () => {
    const t = new TestCluster();
    apply(t).settle();
    const extra = createNodeObjects(4)[3]!;
    t.do((c) => {
      c.internals.client("kubelet").create(extra);
      c.internals.run();
    }).settle();
    expect(nodesOf(t)).toEqual(["kind-worker", "kind-worker2", "kind-worker3"]);
    expect(ds(t).status.desiredNumberScheduled).toBe(3);
    run(t, (api) => api.delete("nodes", undefined, "kind-worker3")).settle();
    expect(nodesOf(t)).toEqual(["kind-worker", "kind-worker2"]);
    expect(ds(t).status.desiredNumberScheduled).toBe(2);
  });

  it("honours the node selector and reacts to label and NoExecute taint changes", () => {
    const t = new TestCluster();
    apply(t, {}, { nodeSelector: { disk: "ssd" } }).settle();
    expect(nodesOf(t)).toEqual([]);
    expect(t.cluster.kubectl("get ds").stdout).toMatch(/^NAME\s+DESIRED\s+CURRENT\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+NODE SELECTOR\s+AGE\nagent\s+0\s+0\s+0\s+0\s+0\s+disk=ssd\s+/);
    run(t, (api) => api.patch("nodes", undefined, "kind-worker2", { metadata: { labels: { disk: "ssd" } } })).settle();
    expect(nodesOf(t)).toEqual(["kind-worker2"]);
    run(t, (api) => api.patch("nodes", undefined, "kind-worker2", { spec: { taints: [{ key: "dedicated", value: "db", effect: "NoExecute" }] } })).settle();
    expect(nodesOf(t)).toEqual([]);
    // A NoSchedule taint keeps a running pod (shouldContinueRunning) but a new one is not placed.
    run(t, (api) => api.patch("nodes", undefined, "kind-worker2", { spec: { taints: [{ key: "dedicated", value: "db", effect: "NoSchedule" }] } })).settle();
    expect(nodesOf(t)).toEqual([]);
    run(t, (api) => api.patch("nodes", undefined, "kind-worker2", { spec: { taints: null } })).settle();
    expect(nodesOf(t)).toEqual(["kind-worker2"]);
    run(t, (api) => api.patch("nodes", undefined, "kind-worker2", { spec: { taints: [{ key: "dedicated", value: "db", effect: "NoSchedule" }] } })).settle();
    expect(nodesOf(t)).toEqual(["kind-worker2"]);
    expect(ds(t).status).toMatchObject({ desiredNumberScheduled: 0, numberMisscheduled: 1 });
  });

  it("rolls a template change out one node at a time (maxUnavailable 1)", () => {
    const t = new TestCluster({ nodes: 4 });
    apply(t).settle();
    const before = new Set(live(t).map((p) => p.metadata.name));
    run(t, (api) => api.patch("daemonsets", "default", "agent", { spec: { template: { spec: { containers: [{ name: "agent", image: "nginx:1.26" }] } } } }));
    // Only one old pod is taken down at a time.
    expect(live(t).filter((p) => before.has(p.metadata.name))).toHaveLength(2);
    let minAvailable = 3;
    for (let i = 0; i < 60; i++) {
      t.advance(1);
      minAvailable = Math.min(minAvailable, live(t).filter((p) => p.status?.conditions?.some((c: any) => c.type === "Ready" && c.status === "True")).length);
    }
    expect(minAvailable).toBe(2);
    expect(live(t).map((p) => p.spec.containers[0].image)).toEqual(["nginx:1.26", "nginx:1.26", "nginx:1.26"]);
    expect(live(t).every((p) => p.metadata.labels?.["pod-template-generation"] === "2")).toBe(true);
    expect(ds(t).status).toMatchObject({ updatedNumberScheduled: 3, numberAvailable: 3 });
    const revs = t.cluster.internals.lister.list("controllerrevisions", "default").map((r) => r.revision).sort();
    expect(revs).toEqual([1, 2]);
    const events = t.cluster.internals.lister.list("events", "default").filter((e) => e.reason === "SuccessfulDelete").map((e) => e.message);
    expect(events).toHaveLength(3);
    expect(events[0]).toMatch(/^Deleted pod: agent-[a-z0-9]{5}$/);
  });

  it("surges a new pod next to the old one when maxSurge is set", () => {
    const t = new TestCluster();
    apply(t, { updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } } }).settle();
    run(t, (api) => api.patch("daemonsets", "default", "agent", { spec: { template: { spec: { containers: [{ name: "agent", image: "nginx:1.26" }] } } } }));
    expect(live(t)).toHaveLength(3);
    t.settle();
    expect(live(t).map((p) => p.spec.containers[0].image)).toEqual(["nginx:1.26", "nginx:1.26"]);
  });

  it("OnDelete leaves old pods until they are deleted", () => {
    const t = new TestCluster();
    apply(t, { updateStrategy: { type: "OnDelete" } }).settle();
    run(t, (api) => api.patch("daemonsets", "default", "agent", { spec: { template: { spec: { containers: [{ name: "agent", image: "nginx:1.26" }] } } } })).settle();
    expect(live(t).map((p) => p.spec.containers[0].image)).toEqual(["nginx:1.27", "nginx:1.27"]);
    t.kubectl(`delete pod ${live(t)[0]!.metadata.name}`).settle();
    expect(live(t).map((p) => p.spec.containers[0].image).sort()).toEqual(["nginx:1.26", "nginx:1.27"]);
    expect(ds(t).status.updatedNumberScheduled).toBe(1);
  });

  it("replaces a failed daemon pod with a warning event", () => {
    const t = new TestCluster();
    apply(t).settle();
    const victim = live(t)[0]!;
    t.do((c) => {
      c.internals.client("kubelet").patch("pods", "default", victim.metadata.name, { status: { phase: "Failed" } }, { status: true });
      c.internals.run();
    }).settle();
    expect(live(t)).toHaveLength(2);
    expect(live(t).some((p) => p.metadata.uid === victim.metadata.uid)).toBe(false);
    const warn = t.cluster.internals.lister.list("events", "default").find((e) => e.reason === "FailedDaemonPod")!;
    expect(warn.message).toBe(`Found failed daemon pod default/${victim.metadata.name} on node ${victim.spec.nodeName}, will try to kill it`);
  });

  it("deleting the DaemonSet cascades to its pods and revisions", () => {
    const t = new TestCluster();
    apply(t).settle();
    t.kubectl("delete daemonset agent").settle();
    expect(live(t)).toHaveLength(0);
    expect(t.cluster.internals.lister.list("controllerrevisions", "default")).toHaveLength(0);
  });

  it("adopts pods and revisions left by an orphan delete", () => {
    const t = new TestCluster();
    apply(t).settle();
    const uids = live(t).map((p) => p.metadata.uid);
    run(t, (api) => api.delete("daemonsets", "default", "agent", { propagationPolicy: "Orphan" })).settle();
    apply(t).settle();
    expect(live(t).map((p) => p.metadata.uid)).toEqual(uids);
    expect(live(t).every((p) => p.metadata.ownerReferences?.[0]?.uid === ds(t).metadata.uid)).toBe(true);
    expect(t.cluster.internals.lister.list("controllerrevisions", "default")).toHaveLength(1);
    expect(ds(t).status.updatedNumberScheduled).toBe(2);
  });

  it("keeps its pod on an unreachable node: the default tolerations have no tolerationSeconds", () => {
    const t = new TestCluster();
    apply(t).settle();
    const i = t.cluster.internals;
    const victim = live(t).find((p) => p.spec.nodeName === "kind-worker")!;
    t.do(() => failNode({ ctx: i.context("faults"), kubelet: i.context("kubelet") }, "kind-worker"));
    t.advance(600);
    const still = t.cluster.internals.lister.get("pods", "default", victim.metadata.name)!;
    expect(still.metadata.deletionTimestamp).toBeUndefined();
    expect(t.cluster.internals.lister.get("nodes", undefined, "kind-worker")!.spec.taints.map((x: any) => `${x.key}:${x.effect}`)).toContain("node.kubernetes.io/unreachable:NoExecute");
  });

  it("is deterministic", () => {
    const go = () => {
      const t = new TestCluster({ seed: 3 });
      apply(t).settle();
      run(t, (api) => api.patch("daemonsets", "default", "agent", { spec: { template: { spec: { containers: [{ name: "agent", image: "nginx:1.26" }] } } } })).settle();
      return JSON.stringify(t.cluster.snapshot());
    };
    expect(go()).toBe(go());
  });
});
