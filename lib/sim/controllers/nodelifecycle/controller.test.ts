import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../types";
import { createCluster, type SimCluster } from "../../cluster";
import { cordon, drain, failNode, killContainer, recoverNode, type FaultContexts } from "../../faults";
import { NODE_MONITOR_GRACE_MS } from "./controller";

/* eslint-disable @typescript-eslint/no-explicit-any */
function setup() {
  const c = createCluster();
  const i = c.internals;
  const f: FaultContexts = { ctx: i.context("faults"), kubelet: i.context("kubelet") };
  const act = (fn: (f: FaultContexts) => unknown) => {
    const r = fn(f);
    i.run();
    return r;
  };
  const pod = (name: string, extra: any = {}, image = "nginx:1.25") => {
    c.kubectl("apply -f -", JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name, ...(extra.metadata ?? {}) },
      spec: { nodeName: "kind-worker", containers: [{ name: "app", image }], ...(extra.spec ?? {}) } }));
  };
  const get = (name: string) => i.lister.get("pods", "default", name);
  const node = () => i.lister.get("nodes", undefined, "kind-worker")!;
  const events = (reason: string) => i.lister.list("events", "default").filter((e: any) => e.reason === reason);
  return { c, i, act, pod, get, node, events };
}
const taints = (n: KubeObject) => (n.spec.taints ?? []).map((t: any) => `${t.key}:${t.effect}`);
const ready = (o: KubeObject | undefined) => o?.status.conditions.find((x: any) => x.type === "Ready")?.status;
const statusOf = (c: SimCluster) => /kind-worker\s+(\S+)/.exec(c.kubectl("get nodes --no-headers").stdout)![1];

describe("node heartbeats", () => {
  it("the kubelet holds a Lease per node in kube-node-lease, renewed every 10 s", () => {
    const { c, i } = setup();
    const lease = () => i.lister.get("leases", "kube-node-lease", "kind-worker")!;
    expect(lease().spec).toEqual({ holderIdentity: "kind-worker", leaseDurationSeconds: 40, renewTime: "2026-01-01T00:00:00.000000Z" });
    expect(lease().metadata.ownerReferences![0]).toMatchObject({ apiVersion: "v1", kind: "Node", name: "kind-worker" });
    c.advance(25);
    expect(lease().spec.renewTime).toBe("2026-01-01T00:00:20.000000Z");
    expect(c.kubectl("get leases -n kube-node-lease").stdout).toBe(
      "NAME                 HOLDER               AGE\n" +
      "kind-control-plane   kind-control-plane   25s\n" +
      "kind-worker          kind-worker          25s\n" +
      "kind-worker2         kind-worker2         25s\n");
    // Node status is reported every 5 minutes when nothing changes.
    c.advance(300);
    const hb = i.lister.get("nodes", undefined, "kind-worker")!.status.conditions.find((x: any) => x.type === "Ready").lastHeartbeatTime;
    expect(hb).toBe("2026-01-01T00:05:00Z");
  });

  it("periodic heartbeats and monitors do not keep settle() from returning", () => {
    const { c } = setup();
    c.settle();
    expect(c.now()).toBe(0);
  });
});

describe("node lifecycle", () => {
  it("a silent kubelet: NotReady after the 50 s grace, unreachable taints, pods NotReady, evicted after 300 s; recovery", () => {
    const { c, act, pod, get, node, events } = setup();
    expect(NODE_MONITOR_GRACE_MS).toBe(50_000);
    pod("a");
    c.advance(10);
    expect(get("a")!.status.phase).toBe("Running");
    act((f) => failNode(f, "kind-worker"));
    c.settle();
    expect(c.now()).toBe(10_000);
    c.advance(50);
    expect(statusOf(c)).toBe("Ready");
    c.advance(15);
    expect(statusOf(c)).toBe("NotReady");
    const n = node();
    expect(n.status.conditions.map((x: any) => `${x.type}=${x.status}`)).toEqual(["MemoryPressure=Unknown", "DiskPressure=Unknown", "PIDPressure=Unknown", "Ready=Unknown"]);
    expect(n.status.conditions[3]).toMatchObject({ reason: "NodeStatusUnknown", message: "Kubelet stopped posting node status.", lastHeartbeatTime: "2026-01-01T00:00:00Z" });
    expect(taints(n)).toEqual(["node.kubernetes.io/unreachable:NoSchedule", "node.kubernetes.io/unreachable:NoExecute"]);
    expect(ready(get("a"))).toBe("False");
    // New pods go elsewhere: the unreachable NoSchedule taint is not tolerated by default.
    c.kubectl("apply -f -", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: fresh\nspec:\n  containers:\n  - name: app\n    image: nginx:1.25\n");
    expect(get("fresh")!.spec.nodeName).toBe("kind-worker2");
    expect(events("NodeNotReady").map((e: any) => `${e.involvedObject.kind} ${e.type} ${e.message}`).sort()).toEqual(
      ["Node Normal Node kind-worker status is now: NodeNotReady", "Pod Warning Node is not ready"]);
    // Last lease renewal at 10 s, seen by the monitor at 10 s; Unknown at the first check past 60 s.
    expect(n.spec.taints[1].timeAdded).toBe("2026-01-01T00:01:05Z");
    c.advance(364 - 75);
    expect(get("a")!.metadata.deletionTimestamp).toBeUndefined();
    c.advance(1);
    const evicted = get("a")!;
    expect(evicted.metadata.deletionTimestamp).toBe("2026-01-01T00:06:35Z"); // Terminating: the kubelet is not there to confirm
    expect(evicted.status.conditions.find((x: any) => x.type === "DisruptionTarget")).toMatchObject({ reason: "DeletionByTaintManager", message: "Taint manager: deleting due to NoExecute taint" });
    expect(events("TaintManagerEviction")[0]!.message).toBe("Marking for deletion Pod default/a");
    act((f) => recoverNode(f, "kind-worker"));
    expect(statusOf(c)).toBe("Ready");
    expect(node().spec.taints).toBeUndefined();
    c.settle();
    expect(get("a")).toBeUndefined();
  });

  it("tolerations decide: forever stays, tolerationSeconds 10 goes 10 s after the taint", () => {
    const { c, act, pod, get } = setup();
    pod("forever", { spec: { tolerations: [{ key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute" }] } });
    pod("short", { spec: { tolerations: [{ key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 10 }] } });
    c.advance(5);
    act((f) => failNode(f, "kind-worker"));
    for (let s = 0; s < 120 && ready(get("short")) !== "False"; s++) c.advance(1);
    const tainted = c.now();
    c.advance(9);
    expect(get("short")!.metadata.deletionTimestamp).toBeUndefined();
    c.advance(1);
    expect(get("short")!.metadata.deletionTimestamp).toBeDefined();
    expect(c.now() - tainted).toBe(10_000);
    c.advance(600);
    expect(get("forever")!.metadata.deletionTimestamp).toBeUndefined();
    // A pod bound to the node later: its default 300 s toleration counts from the taint's
    // timeAdded, long past, so it goes at once.
    pod("late");
    c.advance(0);
    expect(get("late")!.metadata.deletionTimestamp).toBeDefined();
  });

  it("recovery: the kubelet writes its pods' status again (Ready True), taints go", () => {
    const { c, act, pod, get, node } = setup();
    pod("r");
    c.advance(5);
    act((f) => failNode(f, "kind-worker"));
    c.advance(80);
    expect(ready(get("r"))).toBe("False");
    act((f) => recoverNode(f, "kind-worker"));
    expect(ready(get("r"))).toBe("True");
    expect(node().spec.taints).toBeUndefined();
    expect(statusOf(c)).toBe("Ready");
  });

  it("kubelet work due while the node is down waits for the recovery (deferred, not dropped)", () => {
    const { c, act, pod, get } = setup();
    pod("crash", {}, "ghcr.io/reconcile/crash:v1");
    c.advance(1); // started at ~0.3 s, exits 2 s later
    act((f) => failNode(f, "kind-worker"));
    c.advance(30);
    expect(get("crash")!.status.containerStatuses[0].restartCount).toBe(0);
    expect(get("crash")!.status.containerStatuses[0].state.running).toBeDefined();
    act((f) => recoverNode(f, "kind-worker"));
    c.advance(0.001); // the replayed exit is due now; the restart follows 1 ms later
    expect(get("crash")!.status.containerStatuses[0].restartCount).toBe(1);
    expect(get("crash")!.status.containerStatuses[0].lastState.terminated.finishedAt).toBe("2026-01-01T00:00:31Z");
  });
});

describe("faults", () => {
  it("killContainer restarts the container with exit 137 in lastState", () => {
    const { c, act, pod, get } = setup();
    pod("b");
    c.advance(5);
    expect(act((f) => killContainer(f, "default", "b", "app"))).toBe(true);
    c.advance(2);
    const cs = get("b")!.status.containerStatuses[0];
    expect(cs.restartCount).toBe(1);
    expect(cs.lastState.terminated).toMatchObject({ exitCode: 137, reason: "Error" });
    expect(cs.state.running).toBeDefined();
  });

  it("cordon and drain (DaemonSet pods stay)", () => {
    const { c, act, pod, node } = setup();
    pod("x");
    pod("ds", { metadata: { ownerReferences: [{ apiVersion: "apps/v1", kind: "DaemonSet", name: "d", uid: "d1", controller: true }] } });
    expect(act((f) => drain(f, "kind-worker"))).toEqual(["default/x"]);
    expect(node().spec.unschedulable).toBe(true);
    expect(statusOf(c)).toBe("Ready,SchedulingDisabled");
    act((f) => cordon(f, "kind-worker", false));
    expect(node().spec.unschedulable).toBeUndefined();
  });
});

describe("deletion while the kubelet is down", () => {
  it("a pod whose stop completes while the node is down is removed only when the kubelet is back", () => {
    const { c, act, pod, get } = setup();
    pod("d");
    c.advance(5);
    c.kubectl("delete pod d --wait=false");
    act((f) => failNode(f, "kind-worker")); // nginx needs 100 ms to stop
    c.advance(60);
    expect(get("d")!.metadata.deletionTimestamp).toBeDefined();
    act((f) => recoverNode(f, "kind-worker"));
    c.advance(0);
    expect(get("d")).toBeUndefined();
  });
});
