// Service: SetDefaults_Service (pkg/apis/core/v1/defaults.go), the registry's IP-family
// defaults, a subset of ValidateService with kube-apiserver's messages, and printService's
// columns (pkg/printers/internalversion/printers.go).
import type { FieldError, KindSpec, KubeObject } from "../types";
import { formatLabels } from "../labels/selector";
import { sinceText } from "../node/time";

/* eslint-disable @typescript-eslint/no-explicit-any */

const TYPES = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
const PROTOCOLS = ["SCTP", "TCP", "UDP"];
const quoteList = (xs: string[]) => xs.map((x) => JSON.stringify(x)).join(", ");

export function defaultService(obj: KubeObject): void {
  const spec = (obj.spec ??= {});
  spec.type ??= "ClusterIP";
  spec.sessionAffinity ??= "None";
  if (spec.sessionAffinity === "ClientIP") {
    spec.sessionAffinityConfig ??= {};
    spec.sessionAffinityConfig.clientIP ??= {};
    spec.sessionAffinityConfig.clientIP.timeoutSeconds ??= 10800;
  }
  for (const p of spec.ports ?? []) {
    p.protocol ??= "TCP";
    if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === "") p.targetPort = p.port;
  }
  if (spec.type === "NodePort" || spec.type === "LoadBalancer") spec.externalTrafficPolicy ??= "Cluster";
  if (spec.type !== "ExternalName") {
    spec.internalTrafficPolicy ??= "Cluster";
    // Single-stack IPv4 cluster (kind default): the registry fills the IP families.
    spec.ipFamilyPolicy ??= "SingleStack";
    spec.ipFamilies ??= ["IPv4"];
  }
  if (spec.type === "LoadBalancer") spec.allocateLoadBalancerNodePorts ??= true;
  if (spec.clusterIP !== undefined && spec.clusterIPs === undefined && spec.clusterIP !== "") spec.clusterIPs = [spec.clusterIP];
  obj.status ??= { loadBalancer: {} };
}

/** validateUpgradeDowngradeClusterIPs, same-length case: a Service's cluster IPs are immutable (headless included). */
function clusterIPChanges(spec: any, old: any): FieldError[] {
  if (spec.type === "ExternalName" || old.type === "ExternalName" || (spec.clusterIP === "None" && old.clusterIP === "None")) return [];
  const before: string[] = old.clusterIPs ?? [];
  const after: string[] = spec.clusterIPs ?? [];
  if (before.length !== after.length) return [];
  return before.flatMap((ip, i) => (ip === after[i] ? [] : [{ type: "Invalid value" as const, field: `spec.clusterIPs[${i}]`, value: after, detail: "may not change once set" }]));
}

export function validateService(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const spec = obj.spec ?? {};
  const type = spec.type;
  if (old) errs.push(...clusterIPChanges(spec, old.spec ?? {}));
  if (!TYPES.includes(type)) errs.push({ type: "Unsupported value", field: "spec.type", value: type, detail: `supported values: ${quoteList(TYPES)}` });
  const ports: any[] = spec.ports ?? [];
  if (type !== "ExternalName" && ports.length === 0 && spec.clusterIP !== "None") {
    errs.push({ type: "Required value", field: "spec.ports" });
  }
  if (type === "ExternalName" && !spec.externalName) errs.push({ type: "Required value", field: "spec.externalName" });
  const names = new Set<string>();
  ports.forEach((p, i) => {
    const f = `spec.ports[${i}]`;
    if (ports.length > 1 && !p.name) errs.push({ type: "Required value", field: `${f}.name` });
    if (p.name) {
      if (names.has(p.name)) errs.push({ type: "Duplicate value", field: `${f}.name`, value: p.name });
      names.add(p.name);
    }
    if (!Number.isInteger(p.port) || p.port < 1 || p.port > 65535) {
      errs.push({ type: "Invalid value", field: `${f}.port`, value: p.port, detail: "must be between 1 and 65535, inclusive" });
    }
    if (!PROTOCOLS.includes(p.protocol)) {
      errs.push({ type: "Unsupported value", field: `${f}.protocol`, value: p.protocol, detail: `supported values: ${quoteList(PROTOCOLS)}` });
    }
    if (typeof p.targetPort === "number" && (p.targetPort < 1 || p.targetPort > 65535)) {
      errs.push({ type: "Invalid value", field: `${f}.targetPort`, value: p.targetPort, detail: "must be between 1 and 65535, inclusive" });
    }
    if (p.nodePort !== undefined && p.nodePort !== 0) {
      if (type === "ClusterIP" || type === "ExternalName") {
        errs.push({ type: "Forbidden", field: `${f}.nodePort`, detail: `may not be used when \`type\` is '${type}'` });
      }
    }
  });
  if (spec.sessionAffinity !== undefined && spec.sessionAffinity !== "None" && spec.sessionAffinity !== "ClientIP") {
    errs.push({ type: "Unsupported value", field: "spec.sessionAffinity", value: spec.sessionAffinity, detail: `supported values: "ClientIP", "None"` });
  }
  return errs;
}

/** loadBalancerStatusStringer: ingress IPs/hostnames; clipped to 13 chars + "..." unless wide. */
function loadBalancerIPs(svc: KubeObject, wide: boolean): string {
  const ingress: any[] = svc.status?.loadBalancer?.ingress ?? [];
  const r = ingress.map((i) => i.ip || i.hostname || "").filter((s) => s !== "").join(",");
  return !wide && r.length > 16 ? `${r.slice(0, 13)}...` : r;
}

export function serviceExternalIP(svc: KubeObject, wide: boolean): string {
  const spec = svc.spec ?? {};
  const external: string[] = spec.externalIPs ?? [];
  switch (spec.type) {
    case "ClusterIP":
    case "NodePort":
      return external.length > 0 ? external.join(",") : "<none>";
    case "LoadBalancer": {
      const lb = loadBalancerIPs(svc, wide);
      if (external.length > 0) return [...external, ...(lb ? [lb] : [])].join(",");
      return lb || "<pending>";
    }
    case "ExternalName":
      return spec.externalName ?? "";
    default:
      return "<unknown>";
  }
}

/** makePortString: "80/TCP", "80:30080/TCP", comma-joined; "<none>" without ports. */
export function servicePorts(svc: KubeObject): string {
  const ports: any[] = svc.spec?.ports ?? [];
  if (ports.length === 0) return "<none>";
  return ports.map((p) => (p.nodePort > 0 ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`)).join(",");
}

export const serviceKind: KindSpec = {
  kind: "Service",
  apiVersion: "v1",
  group: "",
  resource: "services",
  singular: "service",
  shortNames: ["svc"],
  namespaced: true,
  statusSubresource: true,
  tracksGeneration: false,
  defaults: defaultService,
  validate: validateService,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Type", priority: 0, cell: (o) => String(o.spec?.type ?? "") },
    { name: "Cluster-IP", priority: 0, cell: (o) => o.spec?.clusterIPs?.[0] ?? "<none>" },
    { name: "External-IP", priority: 0, cell: (o) => serviceExternalIP(o, false), wideCell: (o) => serviceExternalIP(o, true) },
    { name: "Port(s)", priority: 0, cell: (o) => servicePorts(o) },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
    { name: "Selector", priority: 1, cell: (o) => formatLabels(o.spec?.selector) },
  ],
};
