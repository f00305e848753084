import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";
import type { KubeObject } from "../../types";
import vectors from "../../fidelity/k8s-vectors.json";
import { desiredSlices, endpointConditions } from "./desired";
import { computeSubsets } from "../endpoints/subsets";
import { formatDiscoveryEndpoints, formatDiscoveryPorts } from "../../kinds/endpointslice";

/* eslint-disable @typescript-eslint/no-explicit-any */

const yaml = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
  - name: http
    port: 80
`;

const slices = (t: TestCluster) => t.cluster.internals.lister.list("endpointslices", "default").filter((s) => s.metadata.labels?.["kubernetes.io/service-name"] === "web") as any[];

describe("EndpointSlice controller", () => {
  it("keeps one slice per Service named <svc>-xxxxx, owned by it, with conditions", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml).advance(30).expectPods(2, { ready: 2 });
    const [s, ...rest] = slices(t);
    expect(rest).toEqual([]);
    expect(s.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(s.metadata.labels).toEqual({ "kubernetes.io/service-name": "web", "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io" });
    expect(s.metadata.ownerReferences[0]).toMatchObject({ kind: "Service", name: "web", controller: true, blockOwnerDeletion: true });
    expect(s.addressType).toBe("IPv4");
    expect(s.ports).toEqual([{ name: "http", port: 80, protocol: "TCP" }]);
    expect(s.endpoints).toHaveLength(2);
    for (const e of s.endpoints) expect(e.conditions).toEqual({ ready: true, serving: true, terminating: false });
    t.kubectl("get endpointslices");
    // The API server's own "kubernetes" slice sorts first, as in a real cluster.
    const [header, first, row] = t.last.stdout.split("\n");
    expect(first).toMatch(/^kubernetes\s+IPv4\s+6443\s+172\.18\.0\.2\s+/);
    expect(header).toMatch(/^NAME\s+ADDRESSTYPE\s+PORTS\s+ENDPOINTS\s+AGE$/);
    expect(row).toMatch(new RegExp(`^${s.metadata.name}\\s+IPv4\\s+80\\s+${s.endpoints.map((e: any) => e.addresses[0].replace(/\./g, "\\.")).join(",")}\\s+\\d+s$`));
  });

  it("scaling to zero leaves a placeholder slice (<unset>); deleting the Service removes it", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml).advance(30);
    const name = slices(t)[0].metadata.name;
    t.kubectl("scale deploy web --replicas=0").advance(60);
    const [s, ...rest] = slices(t);
    expect(rest).toEqual([]);
    expect(s.metadata.name).toBe(name);
    expect(s.endpoints).toEqual([]);
    expect(s.ports).toBeUndefined();
    t.kubectl("get endpointslice " + name);
    expect(t.last.stdout.split("\n")[1]).toMatch(/IPv4\s+<unset>\s+<unset>\s+/);
    t.kubectl("delete svc web").advance(5);
    expect(slices(t)).toEqual([]);
  });

  it("a terminating pod stays with serving/terminating conditions while it shuts down", () => {
    // busybox's `sleep` ignores SIGTERM: the pod stays Terminating for its grace period.
    const slow = yaml.replace("image: nginx:1.25", 'image: busybox:1.36\n        command: [sh, -c, "sleep infinity"]');
    const t = new TestCluster().kubectl("apply -f -", slow).advance(30);
    const victim = t.pods()[0]!.metadata.name;
    t.kubectl(`delete pod ${victim} --wait=false`).advance(1);
    const e = slices(t)[0].endpoints.find((x: any) => x.targetRef.name === victim);
    expect(e?.conditions).toEqual({ ready: false, serving: true, terminating: true });
  });

  it("formats PORTS/ENDPOINTS cells like kubectl", () => {
    expect(formatDiscoveryPorts([{ port: 80 }, { name: "x" }, {}, { port: 1 }, { port: 2 }])).toBe("80,x,* + 2 more...");
    expect(formatDiscoveryEndpoints([{ addresses: ["1.1.1.1"] }, { addresses: ["2.2.2.2", "3.3.3.3"] }, { addresses: ["4.4.4.4"] }])).toBe("1.1.1.1,2.2.2.2,3.3.3.3 + 1 more...");
    expect(formatDiscoveryEndpoints(null)).toBe("<unset>");
  });
});

describe("fidelity: endpoints membership (group service)", () => {
  const cases = (vectors as any).cases.filter((c: any) => /^SV-EP-0/.test(c.id));
  const podFrom = (p: any): KubeObject => ({
    apiVersion: "v1", kind: "Pod",
    metadata: { name: "p", namespace: "default", uid: "u", resourceVersion: "1", creationTimestamp: "", labels: p.labels ?? { app: "web" }, ...(p.deletionTimestamp ? { deletionTimestamp: "2026-01-01T00:00:00Z" } : {}) },
    spec: { nodeName: "n", containers: [{ name: "c" }] },
    status: { phase: p.phase ?? "Running", podIP: p.podIP ?? "10.244.1.1", conditions: [{ type: "Ready", status: p.ready ? "True" : "False" }] },
  });
  const svcFrom = (c: any): KubeObject => ({ apiVersion: "v1", kind: "Service", metadata: { name: "s", namespace: "default", uid: "s", resourceVersion: "1", creationTimestamp: "" }, spec: { selector: c.input["service.spec.selector"] ?? { app: "web" }, publishNotReadyAddresses: c.input.publishNotReadyAddresses, ports: [{ port: 80, targetPort: 80, protocol: "TCP" }] } });
  it("has the cases", () => expect(cases.length).toBeGreaterThan(3));
  for (const c of cases) {
    it(c.id, () => {
      const svc = svcFrom(c);
      const pod = podFrom(c.input.pod);
      if (c.expected.placement) {
        const [ss] = computeSubsets(svc, [pod]);
        const placement = ss?.addresses ? "addresses" : ss?.notReadyAddresses ? "notReadyAddresses" : "excluded";
        expect(placement).toBe(c.expected.placement);
      } else {
        expect(endpointConditions(svc, pod)).toEqual(c.expected["endpointSlice.endpoint.conditions"]);
        expect(desiredSlices(svc, [pod])[0]!.endpoints[0].conditions).toEqual(c.expected["endpointSlice.endpoint.conditions"]);
      }
    });
  }
});
