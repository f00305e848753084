import { describe, expect, it } from "vitest";
import { TestCluster } from "../testing";
import type { KubeObject } from "../types";
import { base32, chainHash, hex, sha256 } from "./sha256";
import { utf8 } from "../util/hash";
import { formatRuleTable, ruleTable, sepChainName, svcChainName } from "./proxy";
import { resolve } from "./dns";
import { route } from "./route";
import { viewFromLister, type NetworkView } from "./view";
import vectors from "../fidelity/k8s-vectors.json";

/* eslint-disable @typescript-eslint/no-explicit-any */

const meta = (name: string, namespace = "default", extra: any = {}) => ({ name, namespace, uid: `u-${name}`, resourceVersion: "1", creationTimestamp: "", ...extra });
const svc = (name: string, spec: any, ns = "default"): KubeObject => ({ apiVersion: "v1", kind: "Service", metadata: meta(name, ns), spec: { type: "ClusterIP", ...spec } });
const ep = (ip: string, pod: string, node: string, ready = true, hostname?: string) => ({ addresses: [ip], conditions: { ready, serving: ready, terminating: false }, ...(hostname ? { hostname } : {}), targetRef: { kind: "Pod", namespace: "default", name: pod, uid: `u-${pod}` }, nodeName: node });
const slice = (svcName: string, ports: any[] | undefined, endpoints: any[]): KubeObject => ({ apiVersion: "discovery.k8s.io/v1", kind: "EndpointSlice", metadata: meta(`${svcName}-abcde`, "default", { labels: { "kubernetes.io/service-name": svcName } }), addressType: "IPv4", ports, endpoints } as any);
const pod = (name: string, ip: string, node: string): KubeObject => ({ apiVersion: "v1", kind: "Pod", metadata: meta(name), spec: { nodeName: node }, status: { phase: "Running", podIP: ip } });
const node = (name: string, ip: string): KubeObject => ({ apiVersion: "v1", kind: "Node", metadata: { ...meta(name), namespace: undefined }, status: { addresses: [{ type: "InternalIP", address: ip }] } });

function view(): NetworkView {
  return {
    services: [
      svc("web", { clusterIP: "10.96.0.20", ports: [{ name: "http", port: 80, targetPort: 8080, protocol: "TCP" }] }),
      svc("np", { type: "NodePort", clusterIP: "10.96.0.21", externalTrafficPolicy: "Cluster", ports: [{ port: 80, targetPort: 8080, protocol: "TCP", nodePort: 30007 }] }),
      svc("local", { type: "NodePort", clusterIP: "10.96.0.22", externalTrafficPolicy: "Local", ports: [{ port: 80, targetPort: 8080, protocol: "TCP", nodePort: 30008 }] }),
      svc("empty", { clusterIP: "10.96.0.23", ports: [{ port: 80, targetPort: 80, protocol: "TCP" }] }),
      svc("db", { clusterIP: "None", ports: [{ port: 5432, protocol: "TCP" }] }),
      svc("ext", { type: "ExternalName", externalName: "example.com" }),
    ],
    endpointSlices: [
      slice("web", [{ name: "http", port: 8080, protocol: "TCP" }], [ep("10.244.1.2", "a", "n1"), ep("10.244.2.3", "b", "n2"), ep("10.244.2.4", "c", "n2", false)]),
      slice("np", [{ name: "", port: 8080, protocol: "TCP" }], [ep("10.244.1.2", "a", "n1"), ep("10.244.2.3", "b", "n2")]),
      slice("local", [{ name: "", port: 8080, protocol: "TCP" }], [ep("10.244.2.3", "b", "n2")]),
      slice("empty", undefined, []),
      slice("db", [{ name: "", port: 5432, protocol: "TCP" }], [ep("10.244.1.7", "db-0", "n1", true, "db-0"), ep("10.244.2.8", "db-1", "n2", true, "db-1")]),
    ],
    pods: [pod("a", "10.244.1.2", "n1"), pod("b", "10.244.2.3", "n2"), pod("c", "10.244.2.4", "n2"), pod("db-0", "10.244.1.7", "n1"), pod("db-1", "10.244.2.8", "n2")],
    nodes: [node("n1", "172.18.0.2"), node("n2", "172.18.0.3")],
  };
}

describe("sha256 / base32 / kube-proxy chain names", () => {
  it("matches the standard vectors", () => {
    expect(hex(sha256(utf8("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hex(sha256(utf8("")))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex(sha256(new Uint8Array(100).fill(97)))).toBe("2816597888e4a0d3a36b82b83316ab32680eb8f00f8cd3b904d681246d285a0e");
    expect(base32(utf8("foobar"))).toBe("MZXW6YTBOI======");
  });
  it("gives kube-proxy's names (proxier_test.go: ns1/svc1:p80 → XPGD46QRK7WJZT7O, 10.180.0.1:80 → SXIVWICOYRO3J4NJ)", () => {
    expect(chainHash("ns1/svc1:p80tcp")).toBe("XPGD46QRK7WJZT7O");
    expect(svcChainName("ns1/svc1:p80", "TCP")).toBe("KUBE-SVC-XPGD46QRK7WJZT7O");
    expect(sepChainName("ns1/svc1:p80", "TCP", "10.180.0.1:80")).toBe("KUBE-SEP-SXIVWICOYRO3J4NJ");
  });
});

describe("kube-proxy rule table", () => {
  it("programs KUBE-SERVICES → KUBE-SVC → KUBE-SEP with 1/n probabilities, REJECT without endpoints", () => {
    const text = formatRuleTable(ruleTable(view(), "n1"));
    const web = svcChainName("default/web:http", "TCP");
    const sepA = sepChainName("default/web:http", "TCP", "10.244.1.2:8080");
    expect(text).toContain(`-A KUBE-SERVICES -m comment --comment "default/web:http cluster IP" -m tcp -p tcp -d 10.96.0.20 --dport 80 -j ${web}`);
    expect(text).toContain(`-A ${web} -m comment --comment "default/web:http -> 10.244.1.2:8080" -m statistic --mode random --probability 0.5000000000 -j ${sepA}`);
    expect(text).toContain(`-A ${sepA} -m comment --comment default/web:http -m tcp -p tcp -j DNAT --to-destination 10.244.1.2:8080`);
    expect(text).not.toContain("10.244.2.4"); // not ready
    expect(text).toContain(`-A KUBE-SERVICES -m comment --comment "default/empty has no endpoints" -m tcp -p tcp -d 10.96.0.23 --dport 80 -j REJECT`);
    expect(text).toContain(`-A KUBE-NODEPORTS -m comment --comment default/np -m tcp -p tcp --dport 30007 -j KUBE-EXT-`);
    expect(text).toContain(`-m comment --comment "default/local has no local endpoints" -j DROP`);
    expect(text.split("\n").filter((l) => l.startsWith("-A KUBE-SERVICES")).pop()).toContain("-j KUBE-NODEPORTS");
    expect(text).not.toContain("default/db"); // headless: no proxying
  });
});

describe("route", () => {
  const first = () => 0;
  const second = () => 1;
  it("cluster IP → one ready endpoint, chosen by the pick", () => {
    const r1 = route(view(), { pod: { namespace: "default", name: "a" } }, "10.96.0.20:80", first);
    const r2 = route(view(), { pod: { namespace: "default", name: "a" } }, "10.96.0.20:80", second);
    expect(r1.ok && [r1.pod.metadata.name, r1.port, r1.endpoints]).toEqual(["a", 8080, 2]);
    expect(r2.ok && r2.pod.metadata.name).toBe("b");
    expect(r1.hops.map((h) => h.at)).toEqual(["client", "kube-proxy", "pod"]);
  });
  it("no endpoints → connection refused; unknown port or IP → timeout; outside cannot use cluster IPs", () => {
    expect(route(view(), { node: "n1" }, "10.96.0.23:80", first)).toMatchObject({ ok: false, error: "connection refused", reason: "default/empty has no endpoints" });
    expect(route(view(), { node: "n1" }, "10.96.0.20:81", first)).toMatchObject({ ok: false, error: "timeout" });
    expect(route(view(), { node: "n1" }, "10.1.2.3:80", first)).toMatchObject({ ok: false, error: "timeout" });
    expect(route(view(), { external: true }, "10.96.0.20:80", first)).toMatchObject({ ok: false, error: "timeout" });
  });
  it("NodePort from outside; externalTrafficPolicy Local drops on a node without local endpoints", () => {
    const r = route(view(), { external: true }, "172.18.0.2:30007", second);
    expect(r.ok && r.pod.metadata.name).toBe("b");
    expect(route(view(), { external: true }, "172.18.0.2:30008", first)).toMatchObject({ ok: false, error: "timeout" });
    const local = route(view(), { external: true }, "172.18.0.3:30008", first);
    expect(local.ok && local.pod.metadata.name).toBe("b");
    expect(route(view(), { external: true }, "172.18.0.2:31111", first)).toMatchObject({ ok: false, error: "connection refused" });
  });
  it("internalTrafficPolicy Local: only endpoints on the client's node, else dropped", () => {
    const v = view();
    const local = { ...v.services[0]!, spec: { ...v.services[0]!.spec, internalTrafficPolicy: "Local" } };
    const lv = { ...v, services: [local, ...v.services.slice(1)] };
    const r = route(lv, { pod: { namespace: "default", name: "b" } }, "10.96.0.20:80", first);
    expect(r.ok && r.pod.metadata.name).toBe("b");
    expect(route(lv, { node: "n3" }, "10.96.0.20:80", first)).toMatchObject({ ok: false, error: "timeout" });
  });
  it("a pod IP is reached directly", () => {
    const r = route(view(), { pod: { namespace: "default", name: "a" } }, "10.244.2.4:8080", first);
    expect(r.ok && r.pod.metadata.name).toBe("c");
  });
});

describe("cluster DNS", () => {
  it("service names through the search path, headless to pod IPs, per-pod names, NXDOMAIN", () => {
    const v = view();
    expect(resolve(v, "web", "default")).toMatchObject({ rcode: "NOERROR", name: "web.default.svc.cluster.local", a: ["10.96.0.20"] });
    expect(resolve(v, "web.default", "other")).toMatchObject({ rcode: "NOERROR", name: "web.default.svc.cluster.local", tried: ["web.default.other.svc.cluster.local", "web.default.svc.cluster.local"] });
    expect(resolve(v, "web", "other").rcode).toBe("NXDOMAIN");
    expect(resolve(v, "web.default.svc.cluster.local.", "other").a).toEqual(["10.96.0.20"]);
    expect(resolve(v, "db", "default").a).toEqual(["10.244.1.7", "10.244.2.8"]);
    expect(resolve(v, "db-1.db", "default").a).toEqual(["10.244.2.8"]);
    expect(resolve(v, "ext", "default")).toMatchObject({ rcode: "NOERROR", cname: "example.com", a: [] });
    expect(resolve(v, "10-244-1-2.default.pod.cluster.local", "default").a).toEqual(["10.244.1.2"]);
    expect(resolve(v, "nope", "default")).toMatchObject({ rcode: "NXDOMAIN", tried: ["nope.default.svc.cluster.local", "nope.svc.cluster.local", "nope.cluster.local", "nope"] });
  });

  it("SV-DNS-01/02 fidelity cases", () => {
    const cases = (vectors as any).cases.filter((c: any) => /^SV-DNS/.test(c.id));
    expect(cases.map((c: any) => c.id)).toEqual(["SV-DNS-01", "SV-DNS-02"]);
    const c1 = cases[0].input;
    const v1: NetworkView = { services: [svc(c1.service, { clusterIP: "10.96.5.5", ports: [{ port: 80 }] }, c1.namespace)], endpointSlices: [], pods: [], nodes: [] };
    expect(resolve(v1, `${c1.service}.${c1.namespace}.svc.cluster.local`, "default").a).toEqual(["10.96.5.5"]);
    expect(resolve(v1, c1.service, c1.namespace).a).toEqual(["10.96.5.5"]);
    expect(resolve(v1, `${c1.service}.${c1.namespace}`, "default").a).toEqual(["10.96.5.5"]);
    const c2 = cases[1];
    const v2: NetworkView = { services: [svc(c2.input.service, { clusterIP: "None" })], endpointSlices: [slice(c2.input.service, [], c2.input.readyPodIPs.map((ip: string, i: number) => ep(ip, `p${i}`, "n1")))], pods: [], nodes: [] };
    expect(resolve(v2, "db", "default").a).toEqual(c2.expected.A["db.default.svc.cluster.local"]);
  });
});

describe("network over a running cluster", () => {
  it("a Deployment behind a NodePort Service: traffic reaches ready pods; scaled to zero → refused", () => {
    const t = new TestCluster().kubectl("apply -f -", `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: nginx, image: "nginx:1.25", ports: [{name: http, containerPort: 80}]}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 80, targetPort: http, nodePort: 30007}]
`).advance(30);
    const v = viewFromLister(t.cluster.internals.lister);
    const nodeIp = (v.nodes[0]!.status.addresses as any[])[0].address;
    const hits = new Map<string, number>();
    for (let i = 0; i < 3; i++) {
      const r = route(v, { external: true }, `${nodeIp}:30007`, () => i);
      expect(r.ok).toBe(true);
      if (r.ok) hits.set(r.pod.metadata.name, (hits.get(r.pod.metadata.name) ?? 0) + 1);
    }
    expect(hits.size).toBe(3);
    t.kubectl("scale deploy web --replicas=0").advance(60);
    expect(route(viewFromLister(t.cluster.internals.lister), { external: true }, `${nodeIp}:30007`, () => 0)).toMatchObject({ ok: false, error: "connection refused" });
  });
});
