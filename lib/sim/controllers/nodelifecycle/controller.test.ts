import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../types";
import { createNodeObjects } from "../../node/nodes";
import { defaultPod } from "../../kinds/pod";
import { fakeWorld } from "../../scheduler/fakecontext";
import { kubelet } from "../../node/kubelet";
import { nodeLifecycle } from "./controller";
import { cordon, drain, failNode, killContainer, recoverNode } from "../../faults";
import { nodeKind } from "../../kinds/node";

/* eslint-disable @typescript-eslint/no-explicit-any */
function setup() {
  const w = fakeWorld(5);
  for (const n of createNodeObjects()) w.put("nodes", { ...n, metadata: { ...n.metadata, uid: n.metadata!.name!, resourceVersion: "1", creationTimestamp: "" } } as KubeObject);
  const kctx = w.ctxFor("kubelet");
  const lctx = w.ctxFor("lifecycle");
  const c = { ctx: w.ctxFor("faults"), kubelet: kctx, lifecycle: lctx };
  const handlers: Record<string, [any, any]> = {};
  for (const [k, h] of Object.entries(kubelet.timers!)) handlers[k] = [h, kctx];
  for (const [k, h] of Object.entries(nodeLifecycle.timers!)) handlers[k] = [h, lctx];
  const addPod = (name: string, extra: any = {}) => {
    const pod: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default", uid: `u-${name}`, resourceVersion: "1", creationTimestamp: "", ...extra },
      spec: { nodeName: "kind-worker", containers: [{ name: "app", image: "nginx:1.25" }] } };
    defaultPod(pod);
    w.put("pods", pod);
    kubelet.reconcile(`default/${name}`, kctx);
  };
  const runUntil = (ms: number) => {
    for (let g = 0; g < 10_000; g++) {
      w.timers.sort((a, b) => a.at - b.at);
      const t = w.timers[0];
      if (!t || t.at > ms) break;
      w.timers.shift();
      w.setNow(t.at);
      const [h, ctx] = handlers[t.kind]!;
      h(t.payload, ctx);
    }
    w.setNow(ms);
  };
  return { w, c, addPod, runUntil };
}

describe("node lifecycle and faults", () => {
  it("failed node: Unknown after 40s, unreachable taints, pods evicted after 300s, recovery clears taints", () => {
    const { w, c, addPod, runUntil } = setup();
    addPod("a");
    runUntil(5000);
    failNode(c, "kind-worker");
    runUntil(5000 + 39_000);
    expect(nodeKind.columns[1]!.cell(w.objects.get("nodes//kind-worker")!, 0)).toBe("Ready");
    runUntil(5000 + 40_000);
    const node = w.objects.get("nodes//kind-worker")!;
    expect(nodeKind.columns[1]!.cell(node, 0)).toBe("Unknown");
    expect(node.spec.taints.map((t: any) => `${t.key}:${t.effect}`)).toEqual(["node.kubernetes.io/unreachable:NoSchedule", "node.kubernetes.io/unreachable:NoExecute"]);
    expect(w.objects.get("pods/default/a")!.status.conditions.find((x: any) => x.type === "Ready").status).toBe("False");
    runUntil(5000 + 40_000 + 299_000);
    expect(w.objects.has("pods/default/a")).toBe(true);
    runUntil(5000 + 40_000 + 300_000);
    expect(w.objects.has("pods/default/a")).toBe(false);
    recoverNode(c, "kind-worker");
    expect(w.objects.get("nodes//kind-worker")!.spec.taints).toBeNull();
    expect(nodeKind.columns[1]!.cell(w.objects.get("nodes//kind-worker")!, 0)).toBe("Ready");
    expect(w.traces.filter((t) => t.type === "fault").map((t: any) => t.action)).toEqual(["failNode", "recoverNode"]);
  });

  it("killContainer restarts the container with exit 137 in lastState", () => {
    const { w, c, addPod, runUntil } = setup();
    addPod("b");
    runUntil(5000);
    expect(killContainer(c, "default", "b", "app")).toBe(true);
    runUntil(7000);
    const cs = w.objects.get("pods/default/b")!.status.containerStatuses[0];
    expect(cs.restartCount).toBe(1);
    expect(cs.lastState.terminated).toMatchObject({ exitCode: 137, reason: "Error" });
    expect(cs.state.running).toBeDefined();
  });

  it("cordon and drain (DaemonSet pods stay)", () => {
    const { w, c, addPod } = setup();
    addPod("x");
    addPod("ds", { ownerReferences: [{ apiVersion: "apps/v1", kind: "DaemonSet", name: "d", uid: "d1", controller: true }] });
    expect(drain(c, "kind-worker")).toEqual(["default/x"]);
    expect(w.objects.get("nodes//kind-worker")!.spec.unschedulable).toBe(true);
    expect(nodeKind.columns[1]!.cell(w.objects.get("nodes//kind-worker")!, 0)).toBe("Ready,SchedulingDisabled");
    cordon(c, "kind-worker", false);
    expect(w.objects.get("nodes//kind-worker")!.spec.unschedulable).toBeNull();
  });
});
