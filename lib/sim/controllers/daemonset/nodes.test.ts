import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../types";
import { daemonTolerations, nodeShouldRunDaemonPod, pinAffinityToNode, targetNodeName } from "./nodes";
import { planRollingUpdate, rollingBudget } from "./plan";
import { rfc3339ToMs } from "../../node/time";

/* eslint-disable @typescript-eslint/no-explicit-any */

const node = (name: string, extra: any = {}): KubeObject => ({ apiVersion: "v1", kind: "Node", metadata: { name, uid: name, resourceVersion: "1", creationTimestamp: "", labels: extra.labels ?? {} }, spec: { taints: extra.taints } });
const ds = (tspec: any = {}, extra: any = {}): KubeObject => ({ apiVersion: "apps/v1", kind: "DaemonSet", metadata: { name: "d", uid: "u", resourceVersion: "1", creationTimestamp: "" }, spec: { template: { spec: tspec }, ...extra } });

describe("daemon pod placement", () => {
  it("adds the default tolerations, replacing same key+effect and adding network-unavailable for hostNetwork", () => {
    const tols = daemonTolerations({ hostNetwork: true, tolerations: [{ key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 10 }, { key: "x", operator: "Exists" }] });
    expect(tols[0]).toEqual({ key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute" });
    expect(tols.map((t) => t.key)).toEqual(["node.kubernetes.io/not-ready", "x", "node.kubernetes.io/unreachable", "node.kubernetes.io/disk-pressure", "node.kubernetes.io/memory-pressure", "node.kubernetes.io/pid-pressure", "node.kubernetes.io/unschedulable", "node.kubernetes.io/network-unavailable"]);
  });

  it("pins the pod to its node and reads the target back", () => {
    const affinity = pinAffinityToNode({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "a", operator: "Exists" }] }] } }, podAntiAffinity: {} }, "n1");
    expect(affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([{ matchFields: [{ key: "metadata.name", operator: "In", values: ["n1"] }] }]);
    expect(affinity.podAntiAffinity).toEqual({});
    expect(targetNodeName({ metadata: {}, spec: { affinity } } as unknown as KubeObject)).toBe("n1");
    expect(targetNodeName({ metadata: {}, spec: { nodeName: "n2", affinity } } as unknown as KubeObject)).toBe("n2");
  });

  it("decides shouldRun / shouldContinueRunning from name, selector, affinity and taints", () => {
    expect(nodeShouldRunDaemonPod(node("n"), ds())).toEqual({ shouldRun: true, shouldContinueRunning: true });
    expect(nodeShouldRunDaemonPod(node("n"), ds({ nodeName: "m" }))).toEqual({ shouldRun: false, shouldContinueRunning: false });
    expect(nodeShouldRunDaemonPod(node("n"), ds({ nodeSelector: { a: "b" } }))).toEqual({ shouldRun: false, shouldContinueRunning: false });
    expect(nodeShouldRunDaemonPod(node("n", { labels: { a: "b" } }), ds({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "a", operator: "In", values: ["b"] }] }] } } } })).shouldRun).toBe(true);
    expect(nodeShouldRunDaemonPod(node("n", { taints: [{ key: "k", effect: "NoSchedule" }] }), ds())).toEqual({ shouldRun: false, shouldContinueRunning: true });
    expect(nodeShouldRunDaemonPod(node("n", { taints: [{ key: "k", effect: "NoExecute" }] }), ds())).toEqual({ shouldRun: false, shouldContinueRunning: false });
    expect(nodeShouldRunDaemonPod(node("n", { taints: [{ key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" }, { key: "node.kubernetes.io/not-ready", effect: "NoExecute" }] }), ds())).toEqual({ shouldRun: true, shouldContinueRunning: true });
    expect(nodeShouldRunDaemonPod(node("n", { taints: [{ key: "k", effect: "PreferNoSchedule" }] }), ds()).shouldRun).toBe(true);
  });

  it("resolves the rolling-update budget (percent rounds up; 0/0 falls back to 1 unavailable)", () => {
    expect(rollingBudget(ds({}, { updateStrategy: { rollingUpdate: { maxUnavailable: "10%", maxSurge: 0 } } }), 15)).toEqual({ maxSurge: 0, maxUnavailable: 2 });
    expect(rollingBudget(ds({}, { updateStrategy: { rollingUpdate: { maxUnavailable: 0, maxSurge: 0 } } }), 3)).toEqual({ maxSurge: 0, maxUnavailable: 1 });
  });

  it("replaces unavailable old pods at once and available ones within the budget", () => {
    const ready = { phase: "Running", conditions: [{ type: "Ready", status: "True", lastTransitionTime: "2026-01-01T00:00:00Z" }] };
    const pod = (name: string, hash: string, status: any = ready): KubeObject => ({ apiVersion: "v1", kind: "Pod", metadata: { name, uid: name, resourceVersion: "1", creationTimestamp: "", labels: { "controller-revision-hash": hash } }, status });
    const d = ds({}, { updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } } });
    const pods = new Map([["a", [pod("pa", "old")]], ["b", [pod("pb", "old", { phase: "Pending" })]], ["c", [pod("pc", "old")]], ["d", [pod("pd", "new")]]]);
    // b is unavailable already: replaced for free, and it uses up the single unavailable slot.
    expect(planRollingUpdate(d, pods, "new", 4, rfc3339ToMs("2026-01-01T01:00:00Z")).deletions.map((p) => p.metadata.name)).toEqual(["pb"]);
    pods.set("b", [pod("pb2", "new")]);
    expect(planRollingUpdate(d, pods, "new", 4, rfc3339ToMs("2026-01-01T01:00:00Z")).deletions.map((p) => p.metadata.name)).toEqual(["pa"]);
  });
});
