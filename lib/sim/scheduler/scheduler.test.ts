import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import { createNodeObjects } from "../node/nodes";
import { defaultPod } from "../kinds/pod";
import { scheduler } from "./scheduler";
import { fakeWorld } from "./fakecontext";

/* eslint-disable @typescript-eslint/no-explicit-any */
function mkPod(name: string, cpu?: string, extra: any = {}): KubeObject {
  const p: KubeObject = {
    apiVersion: "v1", kind: "Pod",
    metadata: { name, namespace: "default", uid: `uid-${name}`, resourceVersion: "1", creationTimestamp: "", ...extra.metadata },
    spec: { containers: [{ name: "c", image: "nginx:1.25", resources: cpu ? { requests: { cpu } } : {} }], ...extra.spec },
  };
  defaultPod(p);
  return p;
}
function world(nodes?: number) {
  const w = fakeWorld(7);
  for (const n of createNodeObjects(nodes)) w.put("nodes", { ...n, metadata: { ...n.metadata, uid: n.metadata!.name!, resourceVersion: "1", creationTimestamp: "" } } as KubeObject);
  return w;
}
const ev = (type: any, object: KubeObject) => ({ type, revision: 1, key: "", resource: "pods", object });
const schedule = (w: ReturnType<typeof world>, p: KubeObject) => {
  w.put("pods", p);
  for (const key of scheduler.keysFor(ev("ADDED", p), w.ctx.lister)) scheduler.reconcile(key, w.ctx);
  return w.objects.get(`pods/default/${p.metadata.name}`)!;
};

describe("scheduler", () => {
  it("binds to a worker, never the tainted control plane, and records Scheduled", () => {
    const w = world();
    const p = schedule(w, mkPod("web-1", "100m"));
    expect(["kind-worker", "kind-worker2"]).toContain(p.spec.nodeName);
    expect(p.status.conditions).toEqual([{ type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: "t0" }]);
    expect(w.events).toEqual([{ type: "Normal", reason: "Scheduled", object: "web-1", message: `Successfully assigned default/web-1 to ${p.spec.nodeName}` }]);
  });

  it("spreads pods of one owner across workers", () => {
    const w = world();
    const owner = { ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "rs", uid: "rs1", controller: true }] };
    const nodes = [0, 1, 2, 3].map((i) => schedule(w, mkPod(`web-${i}`, "100m", { metadata: owner })).spec.nodeName);
    expect(nodes.filter((n) => n === "kind-worker").length).toBe(2);
    expect(nodes.filter((n) => n === "kind-worker2").length).toBe(2);
  });

  it("reports the exact FailedScheduling text and retries when room appears", () => {
    const w = world();
    const big = schedule(w, mkPod("big", "5"));
    const msg = "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.";
    expect(w.events.at(-1)).toEqual({ type: "Warning", reason: "FailedScheduling", object: "big", message: msg });
    expect(big.status.conditions[0]).toMatchObject({ type: "PodScheduled", status: "False", reason: "Unschedulable", message: msg });
    const last = w.traces.at(-1) as any;
    expect(last.nodes[0].filters.at(-1)).toEqual({ plugin: "TaintToleration", result: "node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }" });
    // A worker grows: the node event retries the waiting pod.
    const n = structuredClone(w.objects.get("nodes//kind-worker")!);
    const old = w.objects.get("nodes//kind-worker")!;
    n.status.allocatable.cpu = "8";
    w.put("nodes", n);
    for (const key of scheduler.keysFor({ type: "MODIFIED", revision: 2, key: "", resource: "nodes", object: n, oldObject: old }, w.ctx.lister)) scheduler.reconcile(key, w.ctx);
    expect(w.objects.get("pods/default/big")!.spec.nodeName).toBe("kind-worker");
  });

  it("frees resources when a bound pod is deleted", () => {
    const w = world(2);
    const a = schedule(w, mkPod("a", "3"));
    expect(a.spec.nodeName).toBe("kind-worker");
    expect(schedule(w, mkPod("b", "3")).spec.nodeName).toBeUndefined();
    w.objects.delete("pods/default/a");
    for (const key of scheduler.keysFor(ev("DELETED", a), w.ctx.lister)) scheduler.reconcile(key, w.ctx);
    expect(w.objects.get("pods/default/b")!.spec.nodeName).toBe("kind-worker");
  });

  it("respects nodeSelector, cordon and hostPort conflicts", () => {
    const w = world();
    expect(schedule(w, mkPod("sel", undefined, { spec: { nodeSelector: { "kubernetes.io/hostname": "kind-worker2" } } })).spec.nodeName).toBe("kind-worker2");
    const hp = (n: string) => mkPod(n, undefined, { spec: { containers: [{ name: "c", image: "nginx", ports: [{ containerPort: 80, hostPort: 8080 }] }] } });
    const n1 = schedule(w, hp("hp1")).spec.nodeName;
    const n2 = schedule(w, hp("hp2")).spec.nodeName;
    expect(new Set([n1, n2]).size).toBe(2);
    expect(schedule(w, hp("hp3")).spec.nodeName).toBeUndefined();
    expect(w.events.at(-1)!.message.startsWith("0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't have free ports for the requested pod ports.")).toBe(true);
  });

  it("schedules 400 pods on 50 nodes deterministically, using every node", () => {
    const run = () => {
      const w = world(51);
      const out: string[] = [];
      for (let i = 0; i < 400; i++) out.push(schedule(w, mkPod(`p${i}`, "10m")).spec.nodeName);
      return out;
    };
    const a = run();
    expect(a).toEqual(run());
    expect(new Set(a).size).toBe(50);
  });
});
