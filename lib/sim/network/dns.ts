// Cluster DNS as CoreDNS's kubernetes plugin answers it, seen from a pod's resolver
// (resolv.conf: search <ns>.svc.cluster.local svc.cluster.local cluster.local, ndots:5):
//   <svc>.<ns>.svc.cluster.local          → the cluster IP (headless: the ready endpoint IPs;
//                                           ExternalName: a CNAME to spec.externalName)
//   <hostname>.<svc>.<ns>.svc.cluster.local → that endpoint's IP (StatefulSet pods behind a
//                                           headless Service with serviceName = <svc>)
//   <a-b-c-d>.<ns>.pod.cluster.local      → a.b.c.d
// anything else in the cluster domain is NXDOMAIN.
import type { KubeObject } from "../types";
import { CLUSTER_DOMAIN, slicesOf, type NetworkView } from "./view";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface DnsAnswer {
  rcode: "NOERROR" | "NXDOMAIN";
  /** The fully qualified name that answered (or the last one tried). */
  name: string;
  a: string[];
  cname?: string;
  /** Names the resolver tried, in order (search path expansion). */
  tried: string[];
}

const svcOf = (view: NetworkView, ns: string, name: string) => view.services.find((s) => s.metadata.namespace === ns && s.metadata.name === name);

/** Ready endpoint addresses (with their hostnames) of a Service's slices. */
function readyEndpoints(view: NetworkView, svc: KubeObject): { ip: string; hostname?: string }[] {
  const out: { ip: string; hostname?: string }[] = [];
  for (const s of slicesOf(view, svc)) {
    for (const e of (s as any).endpoints ?? []) {
      if (e.conditions?.ready === false) continue;
      for (const ip of e.addresses ?? []) out.push({ ip, hostname: e.hostname });
    }
  }
  const seen = new Set<string>();
  return out.filter((e) => !seen.has(e.ip) && seen.add(e.ip)).sort((a, b) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0));
}

/** Answer for one fully qualified name (no trailing dot), or undefined for NXDOMAIN. */
export function lookupFqdn(view: NetworkView, fqdn: string, domain = CLUSTER_DOMAIN): { a: string[]; cname?: string } | undefined {
  const name = fqdn.toLowerCase().replace(/\.$/, "");
  if (!name.endsWith(`.${domain}`)) return undefined;
  const labels = name.slice(0, -(domain.length + 1)).split(".");
  if (labels.length === 3 && labels[2] === "pod") {
    const m = /^(\d+)-(\d+)-(\d+)-(\d+)$/.exec(labels[0]!);
    return m ? { a: [m.slice(1).join(".")] } : undefined;
  }
  if (labels[labels.length - 1] !== "svc") return undefined;
  if (labels.length === 3) {
    const svc = svcOf(view, labels[1]!, labels[0]!);
    if (!svc) return undefined;
    if (svc.spec?.type === "ExternalName") return { a: [], cname: svc.spec.externalName };
    if (svc.spec?.clusterIP === "None") {
      const eps = readyEndpoints(view, svc);
      return eps.length ? { a: eps.map((e) => e.ip) } : undefined;
    }
    return svc.spec?.clusterIP ? { a: [svc.spec.clusterIP] } : undefined;
  }
  if (labels.length === 4) {
    const svc = svcOf(view, labels[2]!, labels[1]!);
    if (!svc || svc.spec?.clusterIP !== "None") return undefined;
    const hit = readyEndpoints(view, svc).filter((e) => (e.hostname ?? e.ip.replace(/\./g, "-")) === labels[0]);
    return hit.length ? { a: hit.map((e) => e.ip) } : undefined;
  }
  return undefined;
}

/** The search path of a pod in `namespace` (ClusterFirst dnsPolicy). */
export const searchPath = (namespace: string, domain = CLUSTER_DOMAIN): string[] => [`${namespace}.svc.${domain}`, `svc.${domain}`, domain];

/**
 * Resolve `name` as a pod in `namespace` would: a trailing dot means absolute; names with
 * fewer than ndots (5) dots try the search path first, then the name as is.
 */
export function resolve(view: NetworkView, name: string, namespace: string, domain = CLUSTER_DOMAIN): DnsAnswer {
  const absolute = name.endsWith(".");
  const bare = name.replace(/\.$/, "");
  const dots = bare.split(".").length - 1;
  const expanded = searchPath(namespace, domain).map((s) => `${bare}.${s}`);
  const tried = absolute ? [bare] : dots >= 5 ? [bare, ...expanded] : [...expanded, bare];
  for (let i = 0; i < tried.length; i++) {
    const hit = lookupFqdn(view, tried[i]!, domain);
    if (hit) return { rcode: "NOERROR", name: tried[i]!, a: hit.a, ...(hit.cname ? { cname: hit.cname } : {}), tried: tried.slice(0, i + 1) };
  }
  return { rcode: "NXDOMAIN", name: tried[tried.length - 1]!, a: [], tried };
}
