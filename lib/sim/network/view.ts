// The API objects the network model reads. Everything in network/ is a pure function of a
// NetworkView, so the UI, kubectl exec curl and tests can ask "where would this go?" freely.
import type { KubeObject, Lister } from "../types";

export interface NetworkView {
  services: readonly KubeObject[];
  endpointSlices: readonly KubeObject[];
  pods: readonly KubeObject[];
  nodes: readonly KubeObject[];
  /** Optional so hand-built views in tests stay short: absent means none exist. */
  namespaces?: readonly KubeObject[];
  networkPolicies?: readonly KubeObject[];
  ingresses?: readonly KubeObject[];
  ingressClasses?: readonly KubeObject[];
}

export function viewFromLister(lister: Lister): NetworkView {
  return {
    services: lister.list("services"), endpointSlices: lister.list("endpointslices"), pods: lister.list("pods"), nodes: lister.list("nodes"),
    namespaces: lister.list("namespaces"), networkPolicies: lister.list("networkpolicies"), ingresses: lister.list("ingresses"), ingressClasses: lister.list("ingressclasses"),
  };
}

export const CLUSTER_DOMAIN = "cluster.local";

/* eslint-disable @typescript-eslint/no-explicit-any */
export const nodeIP = (node: KubeObject): string | undefined => (node.status?.addresses ?? []).find((a: any) => a.type === "InternalIP")?.address;

/** The slices of a Service (kubernetes.io/service-name label). */
export const slicesOf = (view: NetworkView, svc: KubeObject): KubeObject[] =>
  view.endpointSlices.filter((s) => s.metadata.namespace === svc.metadata.namespace && s.metadata.labels?.["kubernetes.io/service-name"] === svc.metadata.name);

/**
 * The learner's laptop as the cluster sees it: kind's nodes are containers on the docker network
 * 172.18.0.0/16 and the host reaches them through its bridge gateway.
 */
export const LAPTOP_IP = "172.18.0.1";

/** IPv4 dotted quad → 32-bit number (undefined when not one). */
export function ipToInt(ip: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
}

/** Whether `ip` lies in `cidr` ("10.0.0.0/8"). */
export function inCIDR(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split("/");
  const a = ipToInt(ip);
  const b = ipToInt(base ?? "");
  const n = bits === undefined ? 32 : Number(bits);
  if (a === undefined || b === undefined || !Number.isInteger(n) || n < 0 || n > 32) return false;
  if (n === 0) return true;
  const mask = (0xffffffff << (32 - n)) >>> 0;
  return ((a & mask) >>> 0) === ((b & mask) >>> 0);
}
