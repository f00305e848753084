// NetworkPolicy (networking.k8s.io/v1): SetDefaults_NetworkPolicy (policyTypes from the rules,
// port protocol TCP), ValidateNetworkPolicySpec's checks with kube-apiserver's messages, and
// printNetworkPolicy's columns (NAME POD-SELECTOR AGE). Enforcement: network/netpol.ts.
import type { FieldError, KindSpec, KubeObject } from "../types";
import { sinceText } from "../node/time";
import { formatLabelSelector, labelSelectorFromObject } from "../labels";
import { cidrErrors, isValidPortName, isValidPortNum } from "./networkingvalidation";

/* eslint-disable @typescript-eslint/no-explicit-any */

const PROTOCOLS = ["SCTP", "TCP", "UDP"];

export function defaultNetworkPolicy(obj: KubeObject): void {
  const spec = (obj.spec ??= {});
  spec.podSelector ??= {};
  for (const r of [...(spec.ingress ?? []), ...(spec.egress ?? [])]) for (const p of r?.ports ?? []) p.protocol ??= "TCP";
  if (!spec.policyTypes || spec.policyTypes.length === 0) spec.policyTypes = (spec.egress ?? []).length ? ["Ingress", "Egress"] : ["Ingress"];
}

function selectorErrors(sel: any, field: string): FieldError[] {
  try {
    labelSelectorFromObject(sel ?? {});
    return [];
  } catch (e) {
    return [{ type: "Invalid value", field, value: sel, detail: e instanceof Error ? e.message : String(e) }];
  }
}

function validatePort(p: any, f: string): FieldError[] {
  const errs: FieldError[] = [];
  if (p.protocol !== undefined && !PROTOCOLS.includes(p.protocol)) errs.push({ type: "Unsupported value", field: `${f}.protocol`, value: p.protocol, detail: `supported values: "SCTP", "TCP", "UDP"` });
  if (p.port !== undefined && p.port !== null) {
    if (typeof p.port === "number") {
      for (const msg of isValidPortNum(p.port)) errs.push({ type: "Invalid value", field: `${f}.port`, value: p.port, detail: msg });
      if (p.endPort !== undefined && p.endPort !== null && p.endPort < p.port) errs.push({ type: "Invalid value", field: `${f}.endPort`, value: p.endPort, detail: "must be greater than or equal to `port`" });
    } else {
      if (p.endPort !== undefined && p.endPort !== null) errs.push({ type: "Invalid value", field: `${f}.endPort`, value: p.endPort, detail: "may not be specified when `port` is non-numeric" });
      for (const msg of isValidPortName(String(p.port))) errs.push({ type: "Invalid value", field: `${f}.port`, value: p.port, detail: msg });
    }
  } else if (p.endPort !== undefined && p.endPort !== null) {
    errs.push({ type: "Required value", field: `${f}.port`, detail: "must be specified when `endPort` is specified" });
  }
  return errs;
}

function validatePeer(peer: any, f: string): FieldError[] {
  const errs: FieldError[] = [];
  let n = 0;
  if (peer.podSelector) { n++; errs.push(...selectorErrors(peer.podSelector, `${f}.podSelector`)); }
  if (peer.namespaceSelector) { n++; errs.push(...selectorErrors(peer.namespaceSelector, `${f}.namespaceSelector`)); }
  if (peer.ipBlock) {
    n++;
    if (!peer.ipBlock.cidr) errs.push({ type: "Required value", field: `${f}.ipBlock.cidr`, detail: "" });
    else {
      for (const msg of cidrErrors(peer.ipBlock.cidr)) errs.push({ type: "Invalid value", field: `${f}.ipBlock.cidr`, value: peer.ipBlock.cidr, detail: msg });
      (peer.ipBlock.except ?? []).forEach((e: string, i: number) => {
        for (const msg of cidrErrors(e)) errs.push({ type: "Invalid value", field: `${f}.ipBlock.except[${i}]`, value: e, detail: msg });
      });
    }
  }
  if (n === 0) errs.push({ type: "Required value", field: f, detail: "must specify a peer" });
  else if (peer.ipBlock && n > 1) errs.push({ type: "Forbidden", field: f, detail: "may not specify both ipBlock and another peer" });
  return errs;
}

export function validateNetworkPolicy(obj: KubeObject): FieldError[] {
  const spec = obj.spec ?? {};
  const errs: FieldError[] = [...selectorErrors(spec.podSelector, "spec.podSelector")];
  for (const dir of ["ingress", "egress"] as const) {
    (spec[dir] ?? []).forEach((r: any, i: number) => {
      const f = `spec.${dir}[${i}]`;
      (r?.ports ?? []).forEach((p: any, j: number) => errs.push(...validatePort(p, `${f}.ports[${j}]`)));
      const peers = dir === "ingress" ? "from" : "to";
      (r?.[peers] ?? []).forEach((p: any, j: number) => errs.push(...validatePeer(p, `${f}.${peers}[${j}]`)));
    });
  }
  const types: string[] = spec.policyTypes ?? [];
  types.forEach((t, i) => {
    if (t !== "Ingress" && t !== "Egress") errs.push({ type: "Unsupported value", field: `spec.policyTypes[${i}]`, value: t, detail: `supported values: "Egress", "Ingress"` });
  });
  if (types.length > 2) errs.push({ type: "Invalid value", field: "spec.policyTypes", value: types, detail: "may not specify more than two policyTypes" });
  return errs;
}

export const networkPolicyKind: KindSpec = {
  kind: "NetworkPolicy",
  apiVersion: "networking.k8s.io/v1",
  group: "networking.k8s.io",
  resource: "networkpolicies",
  singular: "networkpolicy",
  shortNames: ["netpol"],
  namespaced: true,
  statusSubresource: false,
  tracksGeneration: true,
  defaults: defaultNetworkPolicy,
  validate: validateNetworkPolicy,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Pod-Selector", priority: 0, cell: (o) => formatLabelSelector(o.spec?.podSelector) },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
  ],
};
