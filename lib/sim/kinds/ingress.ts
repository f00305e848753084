// Ingress (networking.k8s.io/v1): ValidateIngressCreate/Update's checks with kube-apiserver's
// messages (pathType required, absolute paths, exactly one of port name/number, hosts that are
// DNS names, the class annotation agreeing with ingressClassName) and printIngress's columns
// (NAME CLASS HOSTS ADDRESS PORTS AGE). Routing lives in network/ingress.ts.
import type { FieldError, KindSpec, KubeObject } from "../types";
import { sinceText } from "../node/time";
import { isDNS1123Label, isDNS1123Subdomain } from "../labels/validation";
import { isIPv4, isValidPortName, isValidPortNum, isWildcardDNS1123Subdomain } from "./networkingvalidation";

/* eslint-disable @typescript-eslint/no-explicit-any */

const PATH_TYPES = ["Exact", "ImplementationSpecific", "Prefix"];
const INVALID_SEQUENCES = ["//", "/./", "/../", "%2f", "%2F"];
const INVALID_SUFFIXES = ["/..", "/."];
const CLASS_ANNOTATION = "kubernetes.io/ingress.class";

function validateBackend(b: any, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (b?.resource && b?.service) return [{ type: "Invalid value", field: path, value: "", detail: "cannot set both resource and service backends" }];
  if (b?.resource) {
    if (!b.resource.kind) errs.push({ type: "Required value", field: `${path}.resource.kind`, detail: "" });
    if (!b.resource.name) errs.push({ type: "Required value", field: `${path}.resource.name`, detail: "" });
    return errs;
  }
  if (!b?.service) return [{ type: "Invalid value", field: path, value: "", detail: "resource or service backend is required" }];
  const s = b.service;
  if (!s.name) errs.push({ type: "Required value", field: `${path}.service.name`, detail: "" });
  else for (const msg of isDNS1123Label(s.name)) errs.push({ type: "Invalid value", field: `${path}.service.name`, value: s.name, detail: msg });
  const name = s.port?.name ?? "";
  const number = s.port?.number ?? 0;
  if (name && number) errs.push({ type: "Invalid value", field: path, value: "", detail: "cannot set both port name & port number" });
  else if (name) for (const msg of isValidPortName(name)) errs.push({ type: "Invalid value", field: `${path}.service.port.name`, value: name, detail: msg });
  else if (number) for (const msg of isValidPortNum(number)) errs.push({ type: "Invalid value", field: `${path}.service.port.number`, value: number, detail: msg });
  else errs.push({ type: "Required value", field: path, detail: "port name or number is required" });
  return errs;
}

function validatePath(p: any, f: string): FieldError[] {
  if (p.pathType === undefined || p.pathType === null) return [{ type: "Required value", field: `${f}.pathType`, detail: "pathType must be specified" }];
  const errs: FieldError[] = [];
  const path: string = p.path ?? "";
  if (p.pathType === "Exact" || p.pathType === "Prefix") {
    if (!path.startsWith("/")) errs.push({ type: "Invalid value", field: `${f}.path`, value: path, detail: "must be an absolute path" });
    if (path) {
      for (const seq of INVALID_SEQUENCES) if (path.includes(seq)) errs.push({ type: "Invalid value", field: `${f}.path`, value: path, detail: `must not contain '${seq}'` });
      for (const suf of INVALID_SUFFIXES) if (path.endsWith(suf)) errs.push({ type: "Invalid value", field: `${f}.path`, value: path, detail: `cannot end with '${suf}'` });
    }
  } else if (p.pathType === "ImplementationSpecific") {
    if (path && !path.startsWith("/")) errs.push({ type: "Invalid value", field: `${f}.path`, value: path, detail: "must be an absolute path" });
  } else {
    errs.push({ type: "Unsupported value", field: `${f}.pathType`, value: p.pathType, detail: `supported values: ${PATH_TYPES.map((t) => JSON.stringify(t)).join(", ")}` });
  }
  return [...errs, ...validateBackend(p.backend, `${f}.backend`)];
}

export function validateIngress(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const spec = obj.spec ?? {};
  const errs: FieldError[] = [];
  const rules: any[] = spec.rules ?? [];
  if (rules.length === 0 && !spec.defaultBackend) errs.push({ type: "Invalid value", field: "spec", value: undefined, detail: "either `defaultBackend` or `rules` must be specified" });
  if (spec.defaultBackend) errs.push(...validateBackend(spec.defaultBackend, "spec.defaultBackend"));
  rules.forEach((r, i) => {
    const f = `spec.rules[${i}]`;
    if (r.host) {
      if (isIPv4(r.host)) errs.push({ type: "Invalid value", field: `${f}.host`, value: r.host, detail: "must be a DNS name, not an IP address" });
      const msgs = r.host.includes("*") ? isWildcardDNS1123Subdomain(r.host) : isDNS1123Subdomain(r.host);
      for (const msg of msgs) errs.push({ type: "Invalid value", field: `${f}.host`, value: r.host, detail: msg });
    }
    if (r.http) {
      const paths: any[] = r.http.paths ?? [];
      if (paths.length === 0) errs.push({ type: "Required value", field: `${f}.http.paths`, detail: "" });
      paths.forEach((p, j) => errs.push(...validatePath(p, `${f}.http.paths[${j}]`)));
    }
  });
  (spec.tls ?? []).forEach((t: any, i: number) => {
    (t.hosts ?? []).forEach((h: string, j: number) => {
      for (const msg of h.includes("*") ? isWildcardDNS1123Subdomain(h) : isDNS1123Subdomain(h)) errs.push({ type: "Invalid value", field: `spec.tls[${i}].hosts[${j}]`, value: h, detail: msg });
    });
    if (t.secretName) for (const msg of isDNS1123Subdomain(t.secretName)) errs.push({ type: "Invalid value", field: `spec.tls[${i}].secretName`, value: t.secretName, detail: msg });
  });
  if (spec.ingressClassName !== undefined) {
    for (const msg of isDNS1123Subdomain(spec.ingressClassName)) errs.push({ type: "Invalid value", field: "spec.ingressClassName", value: spec.ingressClassName, detail: msg });
  }
  const annotation = obj.metadata.annotations?.[CLASS_ANNOTATION];
  if (!old && annotation !== undefined && spec.ingressClassName !== undefined && annotation !== spec.ingressClassName) {
    errs.push({ type: "Invalid value", field: `annotations.${CLASS_ANNOTATION}`, value: annotation, detail: "must match `ingressClassName` when both are specified" });
  }
  return errs;
}

/** formatHosts: rule hosts, "*" when none has one, at most 3 then " + N more...". */
export function ingressHosts(obj: KubeObject): string {
  const rules: any[] = obj.spec?.rules ?? [];
  const list: string[] = [];
  let more = false;
  for (const r of rules) {
    if (list.length === 3) more = true;
    if (!more && r.host) list.push(r.host);
  }
  if (list.length === 0) return "*";
  return more ? `${list.join(",")} + ${rules.length - 3} more...` : list.join(",");
}

/** ingressLoadBalancerStatusStringer: IPs or hostnames, clipped to 13 chars + "..." unless wide. */
export function ingressAddress(obj: KubeObject, wide: boolean): string {
  const r = (obj.status?.loadBalancer?.ingress ?? []).map((i: any) => i.ip || i.hostname || "").filter((s: string) => s !== "").join(",");
  return !wide && r.length > 16 ? `${r.slice(0, 13)}...` : r;
}

export const ingressPorts = (obj: KubeObject): string => ((obj.spec?.tls ?? []).length ? "80, 443" : "80");

export const ingressKind: KindSpec = {
  kind: "Ingress",
  apiVersion: "networking.k8s.io/v1",
  group: "networking.k8s.io",
  resource: "ingresses",
  singular: "ingress",
  shortNames: ["ing"],
  namespaced: true,
  statusSubresource: true,
  tracksGeneration: true,
  defaults(obj) {
    obj.status ??= { loadBalancer: {} };
  },
  validate: validateIngress,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Class", priority: 0, cell: (o) => o.spec?.ingressClassName ?? "<none>" },
    { name: "Hosts", priority: 0, cell: ingressHosts },
    { name: "Address", priority: 0, cell: (o) => ingressAddress(o, false), wideCell: (o) => ingressAddress(o, true) },
    { name: "Ports", priority: 0, cell: ingressPorts },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
  ],
};
