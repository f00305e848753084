import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";
import type { KubeObject } from "../../types";
import { formatEndpointSlices } from "./services";

/* eslint-disable @typescript-eslint/no-explicit-any */

const yaml = (selector: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: nginx, image: "nginx:1.25", ports: [{name: http, containerPort: 80}]}]
---
apiVersion: v1
kind: Service
metadata: {name: web, labels: {tier: front}}
spec:
  type: NodePort
  selector: {app: ${selector}}
  ports: [{port: 8080, targetPort: http, nodePort: 30007}]
`;

describe("kubectl describe service", () => {
  it("prints the Service with its ready endpoints per port", () => {
    const t = new TestCluster().kubectl("create -f -", yaml("web")).advance(30);
    t.kubectl("describe svc web");
    const ips = t.pods().map((p) => `${p.status.podIP}:80`).sort();
    const out = t.last.stdout;
    const svc = t.cluster.internals.lister.get("services", "default", "web")!;
    const ip = svc.spec.clusterIP ?? "";
    const ipsLine = svc.spec.clusterIPs?.length ? svc.spec.clusterIPs.join(",") : "<none>";
    const lines = out.split("\n");
    expect(lines.slice(0, 9)).toEqual([
      "Name:                     web",
      "Namespace:                default",
      "Labels:                   tier=front",
      "Annotations:              <none>",
      "Selector:                 app=web",
      "Type:                     NodePort",
      "IP Family Policy:         SingleStack",
      "IP Families:              IPv4",
      `IP:                       ${ip}`.trimEnd(),
    ].map((l) => l));
    expect(lines[9]).toBe(`IPs:                      ${ipsLine}`);
    expect(lines.slice(10, 14)).toEqual([
      "Port:                     <unset>  8080/TCP",
      "TargetPort:               http/TCP",
      "NodePort:                 <unset>  30007/TCP",
      expect.stringMatching(/^Endpoints: {16}\S/),
    ]);
    expect(lines[13]!.replace(/^Endpoints:\s+/, "").split(",").sort()).toEqual(ips);
    expect(lines.slice(14)).toEqual([
      "Session Affinity:         None",
      "External Traffic Policy:  Cluster",
      "Internal Traffic Policy:  Cluster",
      "Events:                   <none>",
      "",
    ]);
  });

  it("a selector matching nothing shows an empty Endpoints cell (the slice exists, nothing ready)", () => {
    const t = new TestCluster().kubectl("create -f -", yaml("wbe")).advance(30);
    t.kubectl("describe svc web");
    expect(t.last.stdout).toMatch(/\nSelector: +app=wbe\n/);
    expect(t.last.stdout).toMatch(/\nEndpoints: *\n/);
    t.kubectl("get endpoints web");
    expect(t.last.stdout).toMatch(/\nweb +<none> +\d+s\n/);
  });

  it("formatEndpointSlices: <none> without slices, port filter, headless slices, + N more", () => {
    const sl = (ports: any[] | undefined, ips: string[], ready = true) => ({ metadata: { name: "s" }, ports, endpoints: ips.map((ip) => ({ addresses: [ip], conditions: { ready } })) }) as unknown as KubeObject;
    expect(formatEndpointSlices([])).toBe("<none>");
    expect(formatEndpointSlices([sl([{ name: "a", port: 1 }, { name: "b", port: 2 }], ["10.0.0.1"])], "b")).toBe("10.0.0.1:2");
    expect(formatEndpointSlices([sl(undefined, ["10.0.0.1", "10.0.0.2"])], "")).toBe("10.0.0.1,10.0.0.2");
    expect(formatEndpointSlices([sl([{ name: "", port: 80 }], ["1.1.1.1", "1.1.1.2", "1.1.1.3", "1.1.1.4", "1.1.1.5"])], "")).toBe("1.1.1.1:80,1.1.1.2:80,1.1.1.3:80 + 2 more...");
    expect(formatEndpointSlices([sl([{ name: "", port: 80 }], ["1.1.1.1"], false)], "")).toBe("");
  });
});

describe("describe skips kubectl apply's bookkeeping annotation", () => {
  it("an applied Service shows its own annotations only, as describe.go's skipAnnotations does", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml("web").replace("labels: {tier: front}", "labels: {tier: front}, annotations: {team: shop}")).advance(30);
    t.kubectl("get svc web -o jsonpath={.metadata.annotations}");
    expect(t.last.stdout).toContain("kubectl.kubernetes.io/last-applied-configuration");
    t.kubectl("describe svc web");
    expect(t.last.stdout).toContain("Annotations:              team: shop\nSelector:");
    t.kubectl("describe deployment web");
    expect(t.last.stdout).toMatch(/Annotations:\s+deployment\.kubernetes\.io\/revision: 1\nSelector:/);
  });
});
