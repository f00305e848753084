import { describe, expect, it } from "vitest";
import type { KubeObject, Random } from "../types";
import { createCluster } from "../cluster";
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
    // Dynamic picks start above the static bands (256 addresses, 86 ports).
    expect(allocateClusterIP(new Set(["10.96.0.1"]), rnd)).toBe("10.96.1.0");
    expect(allocateClusterIP(new Set(["10.96.1.0"]), rnd)).toBe("10.96.1.1");
    expect(allocateNodePort(new Set([30000]), rnd)).toBe(30086);
    expect(checkNodePort(80, 0, new Set())?.detail).toBe("provided port is not in the valid range. The range of valid ports is 30000-32767");
    expect(checkNodePort(30080, 1, new Set([30080]))).toEqual({ type: "Invalid value", field: "spec.ports[1].nodePort", value: 30080, detail: "provided port is already allocated" });
    expect(checkClusterIP("10.96.0.10", new Set(["10.96.0.10"]))?.detail).toBe("failed to allocate IP 10.96.0.10: provided IP is already allocated");
    expect(checkClusterIP("192.168.0.1", new Set())?.detail).toContain("is not in the valid range. The range of valid IPs is 10.96.0.0/12");
  });
});

describe("allocation through the API (admission)", () => {
  const yaml = (name: string, extra = "") => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector: {app: web}
  ports:
  - port: 80${extra}
`;
  it("allocates a ClusterIP and node ports; conflicts and out-of-range values are rejected with the allocators' texts", () => {
    const c = createCluster();
    expect(c.kubectl("apply -f -", yaml("a")).exitCode).toBe(0);
    const a = c.internals.lister.get("services", "default", "a")!;
    expect(a.spec.clusterIP).toMatch(/^10\.(9[6-9]|10\d|11[01])\.\d+\.\d+$/);
    expect(a.spec.clusterIPs).toEqual([a.spec.clusterIP]);
    expect(c.kubectl("apply -f -", yaml("b", "\n    nodePort: 30080\n  type: NodePort")).exitCode).toBe(0);
    expect(c.internals.lister.get("services", "default", "b")!.spec.ports[0].nodePort).toBe(30080);
    const taken = c.kubectl("apply -f -", yaml("c", "\n    nodePort: 30080\n  type: NodePort"));
    expect(taken.stderr).toBe('The Service "c" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated\n');
    const range = c.kubectl("apply -f -", yaml("d", "\n    nodePort: 80\n  type: NodePort"));
    expect(range.stderr).toBe('The Service "d" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767\n');
    const ipTaken = c.kubectl("apply -f -", yaml("e", "\n  clusterIP: 10.96.0.1"));
    expect(ipTaken.stderr).toBe('The Service "e" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.1"}: failed to allocate IP 10.96.0.1: provided IP is already allocated\n');
    const ipRange = c.kubectl("apply -f -", yaml("f", "\n  clusterIP: 192.168.0.1"));
    expect(ipRange.stderr).toBe('The Service "f" is invalid: spec.clusterIPs: Invalid value: []string{"192.168.0.1"}: failed to allocate IP 192.168.0.1: the provided IP (192.168.0.1) is not in the valid range. The range of valid IPs is 10.96.0.0/12\n');
    // Deleting b releases its node port; re-applying a keeps its address.
    c.kubectl("delete service b");
    expect(c.kubectl("apply -f -", yaml("c", "\n    nodePort: 30080\n  type: NodePort")).exitCode).toBe(0);
    c.kubectl("apply -f -", yaml("a", "\n  type: NodePort"));
    const a2 = c.internals.lister.get("services", "default", "a")!;
    expect(a2.spec.clusterIP).toBe(a.spec.clusterIP);
    expect(a2.spec.ports[0].nodePort).toBeGreaterThanOrEqual(30086);
    // Back to ClusterIP: the allocated node port is dropped, not rejected.
    expect(c.kubectl("apply -f -", yaml("a")).exitCode).toBe(0);
    expect(c.internals.lister.get("services", "default", "a")!.spec.ports[0].nodePort).toBeUndefined();
  });

  it("headless and ExternalName services get no address", () => {
    const c = createCluster();
    c.kubectl("apply -f -", yaml("h", "\n  clusterIP: None"));
    expect(c.internals.lister.get("services", "default", "h")!.spec.clusterIPs).toEqual(["None"]);
    c.kubectl("apply -f -", "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  type: ExternalName\n  externalName: example.com\n");
    expect(c.internals.lister.get("services", "default", "x")!.spec.clusterIP).toBeUndefined();
  });
});

describe("cluster IPs are immutable", () => {
  it("refuses turning a ClusterIP Service headless with apiserver's text, and keeps the Service as it was", () => {
    const c = createCluster({ seed: 4 });
    const svc = "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  selector:\n    app: db\n  ports:\n    - port: 3306\n";
    expect(c.kubectl("apply -f -", svc).exitCode).toBe(0);
    const ip = c.internals.lister.get("services", "default", "db")!.spec.clusterIP;
    const out = c.kubectl("apply -f -", svc.replace("spec:\n", "spec:\n  clusterIP: None\n"));
    expect(out.stderr).toBe('The Service "db" is invalid: spec.clusterIPs[0]: Invalid value: []string{"None"}: may not change once set\n');
    expect(out.exitCode).toBe(1);
    expect(c.internals.lister.get("services", "default", "db")!.spec.clusterIPs).toEqual([ip]);
    // Re-applying without clusterIP keeps the allocated one; deleting and re-creating makes it headless.
    expect(c.kubectl("apply -f -", svc).exitCode).toBe(0);
    c.kubectl("delete service db");
    expect(c.kubectl("apply -f -", svc.replace("spec:\n", "spec:\n  clusterIP: None\n")).stdout).toBe("service/db created\n");
    expect(c.internals.lister.get("services", "default", "db")!.spec.clusterIPs).toEqual(["None"]);
  });
});
