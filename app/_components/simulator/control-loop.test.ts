import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/sim";
import { alsoNotified, componentOf, DEFAULT_FILTER, edgeOf, explain, kindOf, summary, visible } from "./control-loop";

function traceOf(lines: string[], seconds = 5) {
  const c = createCluster({ seed: 2, nodes: 2 });
  const start = c.trace().at(-1)?.id ?? 0;
  for (const l of lines) c.kubectl(l);
  c.advance(seconds);
  return c.trace().filter((e) => e.id > start);
}

describe("control-loop model", () => {
  it("draws a kubectl create as kubectl → API server → etcd → watchers, with causes linking them", () => {
    const t = traceOf(["create deployment web --image=nginx"]);
    const create = t.find((e) => e.type === "api" && e.user === "kubectl" && e.verb === "create")!;
    expect(edgeOf(create)).toEqual({ from: "kubectl", to: "apiserver" });
    expect(summary(create)).toBe("kubectl → CREATE deployments default/web (201)");
    const stored = t.find((e) => e.type === "store" && e.cause === create.id)!;
    expect(edgeOf(stored)).toEqual({ from: "apiserver", to: "etcd" });
    const delivered = t.find((e) => e.type === "watch" && e.cause === create.id && e.watcher === "deployment-controller")!;
    expect(edgeOf(delivered)).toEqual({ from: "apiserver", to: "controllers" });
    expect(summary(delivered)).toBe("deployment-controller ← ADDED deployments default/web");
    const rsCreate = t.find((e) => e.type === "api" && e.user === "deployment-controller" && e.verb === "create")!;
    expect(summary(rsCreate)).toMatch(/^deployment-controller → CREATE replicasets default\/web-[a-z0-9]+ \(201\)$/);
  });

  it("explains scheduling with each node's verdict, and kubelet work on its node", () => {
    const t = traceOf(["run web --image=nginx"]);
    const s = t.find((e) => e.type === "schedule")!;
    expect(edgeOf(s)).toEqual({ from: "scheduler", to: "scheduler" });
    const lines = explain(s);
    expect(lines[0]).toMatch(/^Successfully assigned default\/web to kind-worker/);
    expect(lines.some((l) => /^kind-control-plane: rejected by TaintToleration — node\(s\) had untolerated taint/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes("(chosen)"))).toBe(true);
    const k = t.find((e) => e.type === "kubelet")!;
    expect(edgeOf(k)).toEqual({ from: "kubelet", to: "kubelet" });
  });

  it("maps API users to components", () => {
    expect(componentOf("kubectl")).toBe("kubectl");
    expect(componentOf("faults")).toBe("kubectl");
    expect(componentOf("default-scheduler")).toBe("scheduler");
    expect(componentOf("kubelet")).toBe("kubelet");
    expect(componentOf("replicaset-controller")).toBe("controllers");
    expect(componentOf("system:apiserver")).toBe("apiserver");
  });

  it("hides reads and heartbeats by default, filters by kind and text", () => {
    const t = traceOf(["get pods", "expose pod nope --port=80"], 30);
    const read = t.find((e) => e.type === "api" && e.verb === "list")!;
    expect(kindOf(read)).toBe("read");
    expect(visible(read, DEFAULT_FILTER)).toBe(false);
    expect(visible(read, { ...DEFAULT_FILTER, noisy: true })).toBe(true);
    const lease = t.find((e) => e.type === "api" && e.resource === "leases")!;
    expect(visible(lease, DEFAULT_FILTER)).toBe(false);
    const c = createCluster({ seed: 2, nodes: 2 });
    c.kubectl("run web --image=nginx");
    const all = c.trace();
    const sched = all.find((e) => e.type === "schedule")!;
    expect(visible(sched, { ...DEFAULT_FILTER, kinds: new Set(["watch"]) })).toBe(false);
    expect(visible(sched, { ...DEFAULT_FILTER, text: "WEB" })).toBe(true);
    expect(visible(sched, { ...DEFAULT_FILTER, text: "nothing-like-this" })).toBe(false);
  });

  it("lights kube-proxy for Service and EndpointSlice writes", () => {
    const t = traceOf(["create deployment web --image=nginx", "expose deployment web --port=80"]);
    const svc = t.find((e) => e.type === "store" && e.key === "/registry/services/default/web")!;
    expect(alsoNotified(svc)).toEqual(["proxy"]);
    expect(explain(svc).at(-1)).toMatch(/kube-proxy/);
    const pod = t.find((e) => e.type === "store" && e.key.startsWith("/registry/pods/"))!;
    expect(alsoNotified(pod)).toEqual([]);
  });
});
