import { describe, expect, it } from "vitest";
import { buildClusterView, podStatus, toneOf } from "./view-model";

const pod = (status: object, extra: object = {}) => ({ metadata: { name: "p", namespace: "default" }, spec: { containers: [{ name: "c", image: "nginx" }], nodeName: "n1" }, status, ...extra });

describe("podStatus (kubectl's STATUS column)", () => {
  it("shows the waiting reason of a container over the phase", () => {
    expect(podStatus(pod({ phase: "Pending", containerStatuses: [{ ready: false, state: { waiting: { reason: "ContainerCreating" } } }] }))).toBe("ContainerCreating");
    expect(podStatus(pod({ phase: "Running", containerStatuses: [{ ready: false, state: { waiting: { reason: "CrashLoopBackOff" } } }] }))).toBe("CrashLoopBackOff");
  });
  it("shows a terminated reason or exit code", () => {
    expect(podStatus(pod({ phase: "Succeeded", containerStatuses: [{ state: { terminated: { reason: "Completed", exitCode: 0 } } }] }))).toBe("Completed");
    expect(podStatus(pod({ phase: "Failed", containerStatuses: [{ state: { terminated: { exitCode: 3 } } }] }))).toBe("ExitCode:3");
  });
  it("shows init progress and Terminating", () => {
    const init = pod({ phase: "Pending", initContainerStatuses: [{ state: { waiting: { reason: "PodInitializing" } } }] }, {});
    (init.spec as Record<string, unknown>).initContainers = [{ name: "i" }];
    expect(podStatus(init)).toBe("Init:0/1");
    expect(podStatus({ ...pod({ phase: "Running" }), metadata: { name: "p", deletionTimestamp: "2026-01-01T00:00:00Z" } })).toBe("Terminating");
  });
});

describe("toneOf", () => {
  it("colours by meaning", () => {
    expect(toneOf("Running", "1/1")).toBe("ok");
    expect(toneOf("Running", "0/1")).toBe("progress");
    expect(toneOf("ContainerCreating", "0/1")).toBe("progress");
    expect(toneOf("ImagePullBackOff", "0/1")).toBe("error");
    expect(toneOf("OOMKilled", "0/1")).toBe("error");
    expect(toneOf("Completed", "0/1")).toBe("done");
    expect(toneOf("Terminating", "1/1")).toBe("terminating");
  });
});

describe("buildClusterView", () => {
  it("puts pods in their node, unbound pods aside, and lists workloads and services", () => {
    const view = buildClusterView({
      nodes: [
        { metadata: { name: "n1", labels: { "node-role.kubernetes.io/control-plane": "" } }, status: { conditions: [{ type: "Ready", status: "True" }] } },
        { metadata: { name: "n2" }, spec: { unschedulable: true }, status: { conditions: [{ type: "Ready", status: "Unknown" }] } },
      ],
      pods: [
        pod({ phase: "Running", containerStatuses: [{ ready: true, restartCount: 2, state: { running: {} } }] }, { metadata: { name: "a", namespace: "default", ownerReferences: [{ kind: "ReplicaSet", name: "web-1", controller: true }] } }),
        { metadata: { name: "b", namespace: "default" }, spec: { containers: [{ name: "c", image: "x" }] }, status: { phase: "Pending" } },
      ],
      deployments: [{ metadata: { name: "web", namespace: "default" }, spec: { replicas: 3 }, status: { readyReplicas: 1 } }],
      services: [{ metadata: { name: "s", namespace: "default" }, spec: { type: "NodePort", clusterIP: "10.96.0.9", ports: [{ port: 80, nodePort: 30080, protocol: "TCP" }] } }],
    });
    expect(view.nodes.map((n) => [n.name, n.ready, n.unschedulable, n.roles])).toEqual([
      ["n1", true, false, ["control-plane"]],
      ["n2", false, true, []],
    ]);
    expect(view.nodes[0]!.pods).toEqual([{ namespace: "default", name: "a", status: "Running", tone: "ok", ready: "1/1", restarts: 2, images: ["nginx"], containers: ["c"], node: "n1", owner: "ReplicaSet/web-1" }]);
    expect(view.unscheduled.map((p) => [p.name, p.status])).toEqual([["b", "Pending"]]);
    expect(view.workloads).toEqual([{ kind: "Deployment", namespace: "default", name: "web", ready: "1/3", owner: null }]);
    expect(view.services).toEqual([{ namespace: "default", name: "s", type: "NodePort", clusterIP: "10.96.0.9", ports: "80:30080/TCP" }]);
  });
});
