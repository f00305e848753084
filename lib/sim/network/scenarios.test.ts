// Issue 5 scenarios over a running cluster: the network model reads what the controllers wrote.
import { describe, expect, it } from "vitest";
import { TestCluster } from "../testing";
import { resolve } from "./dns";
import { route } from "./route";
import { viewFromLister } from "./view";

const view = (t: TestCluster) => viewFromLister(t.cluster.internals.lister);

describe("network scenarios", () => {
  it("headless Service + StatefulSet: stable per-pod DNS names across a pod restart", () => {
    const t = new TestCluster().kubectl("create -f -", `apiVersion: v1
kind: Service
metadata: {name: db}
spec:
  clusterIP: None
  selector: {app: db}
  ports: [{port: 5432}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: pg, image: "nginx:1.25"}]
`).advance(60).expectPods(2, { ready: 2 });
    const ipOf = (name: string) => t.cluster.internals.lister.get("pods", "default", name)!.status.podIP as string;
    expect(resolve(view(t), "db-0.db", "default")).toMatchObject({ rcode: "NOERROR", name: "db-0.db.default.svc.cluster.local", a: [ipOf("db-0")] });
    expect(resolve(view(t), "db", "default").a).toEqual([ipOf("db-0"), ipOf("db-1")].sort());
    expect(resolve(view(t), "db-1.db.default.svc.cluster.local", "other").a).toEqual([ipOf("db-1")]);
    t.kubectl("delete pod db-0").advance(60).expectPods(2, { ready: 2 });
    const after = ipOf("db-0");
    expect(resolve(view(t), "db-0.db", "default").a).toEqual([after]);
    expect(resolve(view(t), "db-2.db", "default").rcode).toBe("NXDOMAIN");
  });

  it("a pod failing its readiness probe gets no traffic; a ClusterIP Service without ready pods refuses", () => {
    const t = new TestCluster().kubectl("create -f -", `apiVersion: v1
kind: Pod
metadata: {name: good, labels: {app: web}}
spec:
  containers: [{name: c, image: "nginx:1.25"}]
---
apiVersion: v1
kind: Pod
metadata: {name: bad, labels: {app: web}}
spec:
  containers:
  - name: c
    image: busybox:1.36
    command: [sh, -c, "sleep infinity"]
    readinessProbe:
      exec: {command: [cat, /tmp/ready]}
      periodSeconds: 1
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80}]
`).advance(30);
    const v = view(t);
    const ip = v.services.find((s) => s.metadata.name === "web")!.spec.clusterIP as string;
    for (const k of [0, 1, 2]) {
      const r = route(v, { pod: { namespace: "default", name: "bad" } }, `${ip}:80`, () => k);
      expect(r.ok && r.pod.metadata.name).toBe("good");
    }
    t.kubectl("delete pod good").advance(30);
    expect(route(view(t), { node: "kind-control-plane" }, `${ip}:80`, () => 0)).toMatchObject({ ok: false, error: "connection refused", reason: "default/web has no endpoints" });
  });
});
