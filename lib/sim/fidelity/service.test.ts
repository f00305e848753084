// Fidelity cases of group "service": defaults, NodePort range, PORT(S)/EXTERNAL-IP cells,
// ENDPOINTS cell. Endpoint-controller placement and DNS cases wait for the networking work.
import { describe, expect, it } from "vitest";
import vectors from "./k8s-vectors.json";
import type { KubeObject } from "../types";
import { defaultService, serviceKind } from "../kinds/service";
import { endpointsKind } from "../kinds/endpoints";
import { NODE_PORT_RANGE, KUBERNETES_SERVICE_IP, KUBE_DNS_IP } from "../kinds/serviceips";

/* eslint-disable @typescript-eslint/no-explicit-any */
const cases: any[] = (vectors as any).cases.filter((c: any) => c.group === "service");
const byId = (id: string) => cases.find((c: any) => c.id === id);

const AGE_5M = 5 * 60 * 1000;

function svcFrom(input: any): { svc: KubeObject; now: number } {
  const svc: KubeObject = {
    apiVersion: "v1",
    kind: "Service",
    metadata: {
      name: input.name, uid: "u", resourceVersion: "1",
      // null creationTimestamp prints <unknown>; "5m" is an object created 5 minutes ago.
      creationTimestamp: input.creationTimestamp === null ? "" : "1970-01-01T00:00:00Z",
    },
    spec: {
      type: input["spec.type"],
      clusterIPs: input["spec.clusterIPs"],
      ports: input["spec.ports"],
      selector: input["spec.selector"] ?? undefined,
      externalIPs: input["spec.externalIPs"] ?? undefined,
      externalName: input["spec.externalName"] ?? undefined,
    },
    status: { loadBalancer: { ingress: input["status.loadBalancer.ingress"] } },
  };
  return { svc, now: input.age === "5m" ? AGE_5M : 0 };
}

function cells(svc: KubeObject, now: number, wide: boolean): string[] {
  return serviceKind.columns
    .filter((c) => wide || c.priority === 0)
    .map((c) => (wide && c.wideCell ? c.wideCell(svc, now, 0) : c.cell(svc, now, 0)));
}

describe("fidelity: service", () => {
  it("covers every service case", () => expect(cases.length).toBe(18));

  it("SV-DEF-03 ClientIP affinity gets a 10800 s timeout", () => {
    const c = byId("SV-DEF-03");
    const svc: KubeObject = { apiVersion: "v1", kind: "Service", metadata: { name: "s", uid: "u", resourceVersion: "1", creationTimestamp: "" }, spec: structuredClone(c.input.spec) };
    defaultService(svc);
    expect(svc.spec.sessionAffinityConfig.clientIP.timeoutSeconds).toBe(c.expected["spec.sessionAffinityConfig.clientIP.timeoutSeconds"]);
    expect(svc.spec.type).toBe("ClusterIP");
    expect(svc.spec.ports[0]).toEqual({ port: 80, protocol: "TCP", targetPort: 80 });
  });

  it("SV-NP-01 node port range 30000-32767", () => {
    const c = byId("SV-NP-01");
    expect([NODE_PORT_RANGE.base, NODE_PORT_RANGE.base + NODE_PORT_RANGE.size - 1]).toEqual(c.expected.range);
    expect(NODE_PORT_RANGE.size).toBe(c.expected.size);
  });

  it("SV-NP-02 kubeadm/kind service CIDR: kubernetes 10.96.0.1, kube-dns 10.96.0.10", () => {
    // The simulator models a kind cluster, which the case's note gives as 10.96.0.0/12.
    expect(byId("SV-NP-02").note).toContain("10.96.0.1 and cluster DNS 10.96.0.10");
    expect([KUBERNETES_SERVICE_IP, KUBE_DNS_IP]).toEqual(["10.96.0.1", "10.96.0.10"]);
  });

  for (const c of cases.filter((c) => /^SV-PR-/.test(c.id))) {
    it(`${c.id} printService cells`, () => {
      const { svc, now } = svcFrom(c.input);
      expect(cells(svc, now, c.input.wide === true)).toEqual(c.expected.cells);
    });
  }

  for (const id of ["SV-EP-10", "SV-EP-11"]) {
    it(`${id} ENDPOINTS cell`, () => {
      const c = byId(id);
      const ep: KubeObject = { apiVersion: "v1", kind: "Endpoints", metadata: { name: "e", uid: "u", resourceVersion: "1", creationTimestamp: "" }, subsets: c.input["endpoints.subsets"] };
      expect(endpointsKind.columns[1]!.cell(ep, 0)).toBe(c.expected.ENDPOINTS);
    });
  }

  // SV-EP-0x (endpoint placement) run in controllers/endpointslice/endpointslice.test.ts and
  // SV-DNS-* in network/network.test.ts, through the controllers and the DNS model.
});
