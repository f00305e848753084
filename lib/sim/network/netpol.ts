// NetworkPolicy (networking.k8s.io/v1) as a CNI that enforces it (Calico, Cilium) applies it:
// - a pod no policy selects for a direction allows everything in that direction (default allow);
// - once a policy with that policyType selects the pod, only traffic some rule of some such
//   policy allows passes (rules are additive, never deny);
// - a peer is podSelector (the policy's namespace), namespaceSelector (+ podSelector: pods of
//   those namespaces), or ipBlock (cidr minus except); ports name a number, a container port
//   name of the destination pod, or a range with endPort; protocol defaults to TCP.
// Connections are checked after kube-proxy's DNAT, on pod IPs, as those CNIs do.
import type { KubeObject } from "../types";
import { labelSelectorFromObject } from "../labels";
import { inCIDR, type NetworkView } from "./view";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** One end of a connection: a pod, or an address outside the pod network (a node, the laptop). */
export type Peer = { pod: KubeObject; ip: string } | { ip: string; pod?: undefined };

export interface PolicyVerdict {
  allowed: boolean;
  /** Why, for the trace: "default/deny-all selects default/web and no ingress rule allows 10.244.1.3". */
  reason: string;
}

const matches = (sel: any, labels: Record<string, string> | undefined): boolean => {
  try {
    return labelSelectorFromObject(sel ?? {}).matches(labels ?? {});
  } catch {
    return false; // the API rejects invalid selectors; a stored one never gets here
  }
};

/** spec.policyTypes, defaulted as the API server does (Ingress, plus Egress when egress rules exist). */
export function policyTypes(np: KubeObject): string[] {
  const t: string[] | undefined = np.spec?.policyTypes;
  if (t && t.length) return t;
  return (np.spec?.egress ?? []).length ? ["Ingress", "Egress"] : ["Ingress"];
}

/** Policies of `direction` that select `pod`. */
export function policiesFor(view: NetworkView, pod: KubeObject, direction: "Ingress" | "Egress"): KubeObject[] {
  return (view.networkPolicies ?? []).filter(
    (np) => np.metadata.namespace === pod.metadata.namespace && policyTypes(np).includes(direction) && matches(np.spec?.podSelector, pod.metadata.labels),
  );
}

function namespaceLabels(view: NetworkView, ns: string): Record<string, string> {
  const obj = (view.namespaces ?? []).find((n) => n.metadata.name === ns);
  return obj?.metadata.labels ?? { "kubernetes.io/metadata.name": ns };
}

function peerMatches(view: NetworkView, policyNs: string, rule: any, other: Peer): boolean {
  if (rule.ipBlock) {
    if (!inCIDR(other.ip, rule.ipBlock.cidr ?? "")) return false;
    return !(rule.ipBlock.except ?? []).some((c: string) => inCIDR(other.ip, c));
  }
  if (!other.pod) return false; // pod and namespace selectors only ever match pods
  const podNs = other.pod.metadata.namespace ?? "default";
  if (rule.namespaceSelector) {
    if (!matches(rule.namespaceSelector, namespaceLabels(view, podNs))) return false;
  } else if (podNs !== policyNs) return false;
  return rule.podSelector ? matches(rule.podSelector, other.pod.metadata.labels) : true;
}

function containerPortNamed(pod: KubeObject, name: string, protocol: string): number | undefined {
  for (const c of pod.spec?.containers ?? []) {
    for (const p of c.ports ?? []) if (p.name === name && (p.protocol ?? "TCP") === protocol) return p.containerPort;
  }
  return undefined;
}

function portMatches(ports: any[] | undefined, dstPod: KubeObject | undefined, port: number, protocol: string): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? "TCP") !== protocol) return false;
    if (p.port === undefined || p.port === null) return true;
    if (typeof p.port === "string" && !/^\d+$/.test(p.port)) return dstPod !== undefined && containerPortNamed(dstPod, p.port, protocol) === port;
    const lo = Number(p.port);
    const hi = p.endPort ?? lo;
    return port >= lo && port <= hi;
  });
}

const nameOf = (o: KubeObject) => `${o.metadata.namespace}/${o.metadata.name}`;
const peerText = (p: Peer) => (p.pod ? `${nameOf(p.pod)} (${p.ip})` : p.ip);

/**
 * May `src` open a connection to `dst` on port/protocol? Egress of a source pod is checked
 * first, then ingress of a destination pod.
 */
export function checkPolicies(view: NetworkView, src: Peer, dst: Peer, port: number, protocol = "TCP"): PolicyVerdict {
  if (src.pod) {
    const egress = policiesFor(view, src.pod, "Egress");
    if (egress.length) {
      const ok = egress.some((np) =>
        (np.spec?.egress ?? []).some((r: any) => portMatches(r.ports, dst.pod, port, protocol) && (!r.to || r.to.length === 0 || r.to.some((peer: any) => peerMatches(view, np.metadata.namespace!, peer, dst)))),
      );
      if (!ok) return { allowed: false, reason: `egress of ${nameOf(src.pod)} is limited by NetworkPolicy ${egress.map((n) => n.metadata.name).join(", ")}: ${peerText(dst)} port ${port}/${protocol} is not allowed` };
    }
  }
  if (dst.pod) {
    const ingress = policiesFor(view, dst.pod, "Ingress");
    if (ingress.length) {
      const ok = ingress.some((np) =>
        (np.spec?.ingress ?? []).some((r: any) => portMatches(r.ports, dst.pod, port, protocol) && (!r.from || r.from.length === 0 || r.from.some((peer: any) => peerMatches(view, np.metadata.namespace!, peer, src)))),
      );
      if (!ok) return { allowed: false, reason: `ingress to ${nameOf(dst.pod)} is limited by NetworkPolicy ${ingress.map((n) => n.metadata.name).join(", ")}: ${peerText(src)} port ${port}/${protocol} is not allowed` };
    }
  }
  return { allowed: true, reason: "allowed" };
}

/**
 * CoreDNS as a NetworkPolicy peer: pods labelled k8s-app=kube-dns in kube-system behind the
 * kube-dns Service 10.96.0.10. The simulator runs no CoreDNS pods, but an egress policy that
 * forgets port 53 must still break name resolution, as it does on a real cluster.
 */
export const KUBE_DNS_IP = "10.96.0.10";
export const COREDNS_PEER: Peer = {
  ip: "10.244.0.2",
  pod: {
    apiVersion: "v1", kind: "Pod",
    metadata: { name: "coredns", namespace: "kube-system", uid: "", resourceVersion: "", creationTimestamp: "", labels: { "k8s-app": "kube-dns" } },
    spec: { containers: [{ name: "coredns", ports: [{ name: "dns", containerPort: 53, protocol: "UDP" }, { name: "dns-tcp", containerPort: 53, protocol: "TCP" }] }] },
  },
};
