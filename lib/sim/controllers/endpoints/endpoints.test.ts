import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";
import type { KubeObject } from "../../types";
import { computeSubsets } from "./subsets";
import { findPort } from "./membership";

/* eslint-disable @typescript-eslint/no-explicit-any */

const deploy = (replicas: number, extraContainer = "") => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        ports:
        - {name: http, containerPort: 80}
${extraContainer}`;

const svc = (targetPort: string | number = 80, extra = "") => `apiVersion: v1
kind: Service
metadata:
  name: web
  labels: {tier: front}
spec:
  selector: {app: web}
${extra}  ports:
  - port: 8080
    targetPort: ${typeof targetPort === "number" ? targetPort : JSON.stringify(targetPort)}
`;

const ep = (t: TestCluster, name = "web") => t.cluster.internals.lister.get("endpoints", "default", name) as any;
const ips = (t: TestCluster) => t.pods().filter((p) => !p.metadata.deletionTimestamp).map((p) => p.status?.podIP as string).sort();

describe("Endpoints controller", () => {
  it("lists the ready pods of a Deployment with targetRef and nodeName, and follows scaling", () => {
    const t = new TestCluster().kubectl("apply -f -", deploy(3)).kubectl("apply -f -", svc()).advance(30).expectPods(3, { ready: 3 });
    const e = ep(t);
    expect(e.metadata.labels).toEqual({ tier: "front" });
    expect(e.subsets).toHaveLength(1);
    expect(e.subsets[0].ports).toEqual([{ port: 80, protocol: "TCP" }]);
    expect(e.subsets[0].addresses.map((a: any) => a.ip)).toEqual(ips(t));
    const pod = t.pods().find((p) => p.status?.podIP === e.subsets[0].addresses[0].ip)!;
    expect(e.subsets[0].addresses[0]).toEqual({ ip: pod.status.podIP, nodeName: pod.spec.nodeName, targetRef: { kind: "Pod", namespace: "default", name: pod.metadata.name, uid: pod.metadata.uid } });
    t.kubectl("scale deploy web --replicas=1").advance(60).expectPods(1);
    expect(ep(t).subsets[0].addresses.map((a: any) => a.ip)).toEqual(ips(t));
    t.kubectl("scale deploy web --replicas=0").advance(60).expectPods(0);
    expect(ep(t).subsets).toBeUndefined();
    t.kubectl("get endpoints web");
    expect(t.last.stdout.split("\n")[1]).toMatch(/^web\s+<none>\s+\d+m\d+s$/);
  });

  it("drops a pod whose labels stop matching the selector", () => {
    const t = new TestCluster().kubectl("apply -f -", deploy(2)).kubectl("apply -f -", svc()).advance(30);
    const victim = t.pods()[0]!;
    t.cluster.internals.client("test").patch("pods", "default", victim.metadata.name, { metadata: { labels: { app: "debug" } } });
    t.advance(1);
    const listed = ep(t).subsets[0].addresses.map((a: any) => a.targetRef.name);
    expect(listed).not.toContain(victim.metadata.name);
  });

  it("resolves a named targetPort per pod and leaves out pods without that port", () => {
    const t = new TestCluster().kubectl("apply -f -", deploy(2)).kubectl("apply -f -", svc("http")).advance(30);
    expect(ep(t).subsets[0].ports).toEqual([{ port: 80, protocol: "TCP" }]);
    expect(ep(t).subsets[0].addresses).toHaveLength(2);
    t.kubectl("apply -f -", svc("metrics")).advance(1);
    expect(ep(t).subsets).toBeUndefined();
  });

  it("puts not-ready pods in notReadyAddresses (ENDPOINTS cell empty) and readiness brings them back", () => {
    const probe = `        readinessProbe:
          exec: {command: [cat, /tmp/ready]}
          periodSeconds: 1
          failureThreshold: 1
        command: [sh, -c, "sleep 10; touch /tmp/ready; sleep infinity"]
`;
    const t = new TestCluster().kubectl("apply -f -", deploy(1, probe).replace("image: nginx:1.25", "image: busybox:1.36")).kubectl("apply -f -", svc()).advance(5);
    expect(ep(t).subsets[0].notReadyAddresses).toHaveLength(1);
    expect(ep(t).subsets[0].addresses).toBeUndefined();
    t.kubectl("get ep web");
    expect(t.last.stdout.split("\n")[1]).toMatch(/^web\s+\d+s$/);
    t.advance(20);
    expect(ep(t).subsets[0].addresses).toHaveLength(1);
    expect(ep(t).subsets[0].notReadyAddresses).toBeUndefined();
  });

  it("leaves selector-less Services alone and deletes Endpoints with their Service", () => {
    const t = new TestCluster().kubectl("apply -f -", svc().replace("  selector: {app: web}\n", "")).advance(2);
    expect(ep(t)).toBeUndefined();
    t.kubectl("apply -f -", svc()).advance(2);
    expect(ep(t)).toBeDefined();
    t.kubectl("delete svc web").advance(2);
    expect(ep(t)).toBeUndefined();
  });

  it("headless: service.kubernetes.io/headless label, hostnames for pods in the subdomain", () => {
    const t = new TestCluster().kubectl("apply -f -", deploy(1)).kubectl("apply -f -", svc(80, "  clusterIP: None\n")).advance(30);
    expect(ep(t).metadata.labels).toEqual({ tier: "front", "service.kubernetes.io/headless": "" });
    expect(ep(t).subsets[0].addresses).toHaveLength(1);
  });
});

describe("API server endpoints", () => {
  it("default/kubernetes points at the control-plane node on 6443 (Endpoints and slice)", () => {
    const t = new TestCluster();
    const cp = t.cluster.internals.lister.get("nodes", undefined, "kind-control-plane")!;
    const ip = (cp.status.addresses as any[]).find((a) => a.type === "InternalIP").address;
    expect(ep(t, "kubernetes")).toMatchObject({ metadata: { labels: { "endpointslice.kubernetes.io/skip-mirror": "true" } }, subsets: [{ addresses: [{ ip }], ports: [{ name: "https", port: 6443, protocol: "TCP" }] }] });
    t.kubectl("get endpoints");
    expect(t.last.stdout.split("\n")[1]).toMatch(new RegExp(`^kubernetes\\s+${ip.replace(/\./g, "\\.")}:6443\\s+\\d+s$`));
    const slice = t.cluster.internals.lister.get("endpointslices", "default", "kubernetes") as any;
    expect(slice.endpoints).toEqual([{ addresses: [ip], conditions: { ready: true } }]);
  });
});

describe("computeSubsets", () => {
  const pod = (name: string, ip: string, ready: boolean, extra: any = {}): KubeObject => ({
    apiVersion: "v1", kind: "Pod",
    metadata: { name, namespace: "default", uid: `u-${name}`, resourceVersion: "1", creationTimestamp: "", labels: { app: "db" }, ...extra.metadata },
    spec: { nodeName: "n1", hostname: name, subdomain: "db", containers: [{ name: "c", ports: extra.ports ?? [] }] },
    status: { phase: extra.phase ?? "Running", podIP: ip, conditions: [{ type: "Ready", status: ready ? "True" : "False" }] },
  });
  const service = (spec: any): KubeObject => ({ apiVersion: "v1", kind: "Service", metadata: { name: "db", namespace: "default", uid: "s", resourceVersion: "1", creationTimestamp: "" }, spec: { selector: { app: "db" }, ...spec } });

  it("headless without ports: port-less subset, hostname from the subdomain", () => {
    const subsets = computeSubsets(service({ clusterIP: "None" }), [pod("db-1", "10.244.1.9", true), pod("db-0", "10.244.1.3", true)]);
    expect(subsets).toEqual([{ addresses: [
      { ip: "10.244.1.3", hostname: "db-0", nodeName: "n1", targetRef: { kind: "Pod", namespace: "default", name: "db-0", uid: "u-db-0" } },
      { ip: "10.244.1.9", hostname: "db-1", nodeName: "n1", targetRef: { kind: "Pod", namespace: "default", name: "db-1", uid: "u-db-1" } },
    ] }]);
  });

  it("pods that resolve different named ports land in different subsets", () => {
    const sp = { ports: [{ name: "web", port: 80, targetPort: "http", protocol: "TCP" }] };
    const subsets = computeSubsets(service(sp), [pod("a", "10.0.0.1", true, { ports: [{ name: "http", containerPort: 8080 }] }), pod("b", "10.0.0.2", true, { ports: [{ name: "http", containerPort: 9090 }] }), pod("c", "10.0.0.3", true)]);
    expect(subsets.map((s) => [s.ports[0].port, s.addresses.map((a: any) => a.ip)])).toEqual([[8080, ["10.0.0.1"]], [9090, ["10.0.0.2"]]]);
  });

  it("findPort: numbers as is; names need a matching protocol", () => {
    const p = pod("a", "10.0.0.1", true, { ports: [{ name: "dns", containerPort: 53, protocol: "UDP" }] });
    expect(findPort(p, { port: 1, targetPort: 7 })).toBe(7);
    expect(findPort(p, { port: 1, targetPort: "dns", protocol: "UDP" })).toBe(53);
    expect(findPort(p, { port: 1, targetPort: "dns", protocol: "TCP" })).toBeUndefined();
  });
});
