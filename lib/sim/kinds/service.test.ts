import { describe, expect, it } from "vitest";
import type { KubeObject, Random } from "../types";
import { defaultService, servicePorts, validateService } from "./service";
import { allocateClusterIP, allocateNodePort, checkClusterIP, checkNodePort } from "./serviceips";

const svc = (spec: object): KubeObject => ({ apiVersion: "v1", kind: "Service", metadata: { name: "s", uid: "u", resourceVersion: "1", creationTimestamp: "" }, spec });
const rnd: Random = { next: () => 0, int: () => 0, string: (n) => "b".repeat(n) };

describe("service defaults and validation", () => {
  it("defaults NodePort services like SetDefaults_Service", () => {
    const s = svc({ type: "NodePort", ports: [{ port: 80, targetPort: "http" }] });
    defaultService(s);
    expect(s.spec).toMatchObject({ sessionAffinity: "None", externalTrafficPolicy: "Cluster", internalTrafficPolicy: "Cluster", ipFamilyPolicy: "SingleStack", ipFamilies: ["IPv4"] });
    expect(s.spec.ports[0]).toEqual({ port: 80, targetPort: "http", protocol: "TCP" });
  });
  it("reports kube-apiserver's field errors", () => {
    const s = svc({ type: "ClusterIP", ports: [{ port: 0, protocol: "TCP", nodePort: 30001 }, { port: 81, protocol: "XTP" }] });
    expect(validateService(s, undefined)).toEqual([
      { type: "Required value", field: "spec.ports[0].name" },
      { type: "Invalid value", field: "spec.ports[0].port", value: 0, detail: "must be between 1 and 65535, inclusive" },
      { type: "Forbidden", field: "spec.ports[0].nodePort", detail: "may not be used when `type` is 'ClusterIP'" },
      { type: "Required value", field: "spec.ports[1].name" },
      { type: "Unsupported value", field: "spec.ports[1].protocol", value: "XTP", detail: 'supported values: "SCTP", "TCP", "UDP"' },
    ]);
  });
  it("prints PORT(S) with node ports", () => {
    expect(servicePorts(svc({ ports: [{ port: 80, nodePort: 30080, protocol: "TCP" }, { port: 53, protocol: "UDP" }] }))).toBe("80:30080/TCP,53/UDP");
    expect(servicePorts(svc({}))).toBe("<none>");
  });
});

describe("allocators", () => {
  it("skips used addresses and ports; rejects out-of-range and taken values", () => {
    expect(allocateClusterIP(new Set(["10.96.0.1"]), rnd)).toBe("10.96.0.2");
    expect(allocateNodePort(new Set([30000]), rnd)).toBe(30001);
    expect(checkNodePort(80, 0, new Set())?.detail).toBe("provided port is not in the valid range. The range of valid ports is 30000-32767");
    expect(checkNodePort(30080, 1, new Set([30080]))).toEqual({ type: "Invalid value", field: "spec.ports[1].nodePort", value: 30080, detail: "provided port is already allocated" });
    expect(checkClusterIP("10.96.0.10", new Set(["10.96.0.10"]))?.detail).toBe("failed to allocate IP 10.96.0.10: provided IP is already allocated");
    expect(checkClusterIP("192.168.0.1", new Set())?.detail).toContain("is not in the valid range. The range of valid IPs is 10.96.0.0/12");
  });
});
