import { describe, expect, it } from "vitest";
import { createCluster, restoreCluster } from "./cluster";

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
`;

function script(seed: number) {
  const c = createCluster({ seed });
  c.kubectl("apply -f -", POD);
  c.advance(12);
  c.kubectl("create -f -", POD.replace("name: web", "generateName: web-"));
  c.advance(3);
  return c;
}

describe("cluster loop", () => {
  it("starts like kind: four namespaces, three nodes, default storage class, kubernetes service", () => {
    const c = createCluster();
    const l = c.internals.lister;
    expect(l.list("namespaces").map((n) => n.metadata.name)).toEqual(["default", "kube-node-lease", "kube-public", "kube-system"]);
    expect(l.list("nodes").map((n) => n.metadata.name)).toEqual(["kind-control-plane", "kind-worker", "kind-worker2"]);
    expect(l.get("services", "default", "kubernetes")?.spec.clusterIP).toBe("10.96.0.1");
    expect(c.now()).toBe(0);
  });

  it("same seed and actions give the identical snapshot; another seed differs", () => {
    const a = JSON.stringify(script(7).snapshot());
    expect(JSON.stringify(script(7).snapshot())).toBe(a);
    expect(JSON.stringify(script(8).snapshot())).not.toBe(a);
  });

  it("snapshot → restore continues identically", () => {
    const a = script(3);
    const b = restoreCluster(JSON.parse(JSON.stringify(a.snapshot())));
    for (const c of [a, b]) {
      c.kubectl("delete pod web");
      c.advance(40);
    }
    expect(b.kubectl("get pods -o wide")).toEqual(a.kubectl("get pods -o wide"));
    expect(JSON.stringify(b.snapshot())).toBe(JSON.stringify(a.snapshot()));
    expect(b.trace()).toEqual(a.trace());
  });

  it("advance ends at the target; settle stops when only periodic work remains", () => {
    const c = createCluster();
    c.advance(2.5);
    expect(c.now()).toBe(2500);
    // Whole milliseconds even when seconds × 1000 is inexact in floating point (1001 / 1000 × 1000 = 1000.9999999999999).
    c.advance(1001 / 1000);
    expect(c.now()).toBe(3501);
    c.kubectl("apply -f -", POD);
    c.settle();
    expect(c.now()).toBeLessThan(60_000);
    expect(c.internals.lister.get("pods", "default", "web")?.status.phase).toBe("Running");
  });

  it("traces causes: api → store and api → watch → reconcile → api", () => {
    const c = createCluster();
    c.kubectl("apply -f -", POD);
    const t = c.trace();
    const create = t.find((e) => e.type === "api" && e.verb === "create" && e.resource === "pods")!;
    const store = t.find((e) => e.type === "store" && e.cause === create.id)!;
    expect(store).toMatchObject({ type: "store", key: "/registry/pods/default/web", eventType: "ADDED" });
    const watch = t.find((e) => e.type === "watch" && e.cause === create.id && e.watcher === "default-scheduler")!;
    const rec = t.find((e) => e.type === "reconcile" && e.cause === watch.id)!;
    const bind = t.find((e) => e.type === "api" && e.cause === rec.id)!;
    expect(bind).toMatchObject({ user: "default-scheduler", resource: "pods", name: "web" });
  });

  it("bad input never throws", () => {
    const c = createCluster();
    // Like real kubectl with no arguments: the help text, exit 0.
    expect(c.kubectl("")).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/^kubectl controls the Kubernetes cluster manager\./) });
    expect(c.kubectl("kubectl nope").exitCode).toBe(1);
    c.advance(Number.NaN);
    c.settle(-1);
    expect(c.now()).toBe(0);
    expect(() => restoreCluster({})).toThrow("restoreCluster: not a cluster snapshot");
  });
});

describe("pod capacity (LIMITS.pods)", () => {
  it("refuses Pods past the cap with Forbidden; the ReplicaSet reports FailedCreate; a snapshot keeps the cap", () => {
    const cluster = createCluster({ seed: 3, nodes: 3, maxPods: 5 });
    expect(cluster.kubectl("create deployment web --image=nginx:1.27 --replicas=8").exitCode).toBe(0);
    cluster.advance(30);
    const pods = cluster.kubectl("get pods --no-headers").stdout.trim().split("\n");
    expect(pods).toHaveLength(5);
    const rs = cluster.kubectl("describe rs").stdout;
    expect(rs).toMatch(/ReplicaFailure\s+True\s+FailedCreate/);
    expect(rs).toMatch(/Warning\s+FailedCreate\s+\S+\s+replicaset-controller\s+Error creating: pods "web-[a-z0-9]+-[a-z0-9]{5}" is forbidden: the simulated cluster holds at most 5 Pods; delete some or scale down/);
    const direct = cluster.kubectl("run extra --image=nginx:1.27");
    expect(direct.stderr).toBe('Error from server (Forbidden): pods "extra" is forbidden: the simulated cluster holds at most 5 Pods; delete some or scale down\n');
    const restored = restoreCluster(cluster.snapshot());
    expect(restored.kubectl("run extra --image=nginx:1.27").exitCode).toBe(1);
    // Scaling down frees room: the next Pod is created.
    cluster.kubectl("scale deployment web --replicas=4");
    cluster.advance(60);
    expect(cluster.kubectl("run extra --image=nginx:1.27").stdout).toBe("pod/extra created\n");
  });

  it("defaults to 500 Pods, so a runaway scale is cut off rather than freezing the simulator", () => {
    const cluster = createCluster({ seed: 3, nodes: 3 });
    cluster.kubectl("create deployment web --image=nginx:1.27 --replicas=100000");
    expect(cluster.internals.store.count("pods")).toBe(500);
  });
});
