// Where a TCP connection to ip:port ends up, following the kube-proxy model of proxy.ts:
// a Service cluster IP or a node's NodePort is DNATed to one endpoint (chosen by the caller's
// `pick`, e.g. ctx.random.int, as iptables' statistic match picks at random); a pod IP is
// reached directly. Failures carry what the client would see and why.
import type { KubeObject } from "../types";
import { servicePorts, sepChainName, type ProxyEndpoint, type ServicePortInfo } from "./proxy";
import { nodeIP, type NetworkView } from "./view";

export type RouteSource = { pod: { namespace: string; name: string } } | { node: string } | { external: true };

export interface Hop {
  /** "client" | "node" | "kube-proxy" | "pod" */
  at: string;
  detail: string;
}

export type RouteResult =
  | { ok: true; pod: KubeObject; ip: string; port: number; service?: string; endpoints?: number; hops: Hop[] }
  | { ok: false; error: "connection refused" | "timeout"; reason: string; service?: string; hops: Hop[] };

/** Index in [0, n) — a Random's int() or a fixed choice. */
export type Pick = (n: number) => number;

function sourceNode(view: NetworkView, from: RouteSource): string | undefined {
  if ("node" in from) return from.node;
  if ("pod" in from) return view.pods.find((p) => p.metadata.namespace === from.pod.namespace && p.metadata.name === from.pod.name)?.spec?.nodeName;
  return undefined;
}

function podByIP(view: NetworkView, ip: string): KubeObject | undefined {
  return view.pods.find((p) => p.status?.podIP === ip && p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed");
}

function deliver(view: NetworkView, ep: { ip: string; port: number }, hops: Hop[], extra: { service?: string; endpoints?: number }): RouteResult {
  const pod = podByIP(view, ep.ip);
  if (!pod) return { ok: false, error: "timeout", reason: `no pod has IP ${ep.ip}`, ...extra, hops };
  hops.push({ at: "pod", detail: `${pod.metadata.namespace}/${pod.metadata.name} on ${pod.spec?.nodeName ?? "?"} (${ep.ip}:${ep.port})` });
  return { ok: true, pod, ip: ep.ip, port: ep.port, ...extra, hops };
}

function viaService(view: NetworkView, sp: ServicePortInfo, eps: ProxyEndpoint[], pick: Pick, hops: Hop[], noEndpoints: "connection refused" | "timeout"): RouteResult {
  if (eps.length === 0) {
    hops.push({ at: "kube-proxy", detail: noEndpoints === "timeout" ? `${sp.name} has no local endpoints: DROP` : `${sp.name} has no endpoints: REJECT` });
    return { ok: false, error: noEndpoints, reason: noEndpoints === "timeout" ? `${sp.name} has no local endpoints` : `${sp.name} has no endpoints`, service: sp.name, hops };
  }
  const i = Math.min(eps.length - 1, Math.max(0, pick(eps.length)));
  const ep = eps[i]!;
  const dst = `${ep.ip}:${ep.port}`;
  hops.push({ at: "kube-proxy", detail: `${sp.svcChain} -> ${sepChainName(sp.name, sp.protocol, dst)}: DNAT to ${dst}` });
  return deliver(view, ep, hops, { service: sp.name, endpoints: eps.length });
}

/** Route a TCP connection from `from` to `dest` ("ip:port"). */
export function route(view: NetworkView, from: RouteSource, dest: string, pick: Pick, protocol = "TCP"): RouteResult {
  const m = /^(.*):(\d+)$/.exec(dest);
  const hops: Hop[] = [{ at: "client", detail: `${"pod" in from ? `pod ${from.pod.namespace}/${from.pod.name}` : "node" in from ? `node ${from.node}` : "outside the cluster"} -> ${dest}` }];
  if (!m) return { ok: false, error: "timeout", reason: `bad destination ${dest}`, hops };
  const ip = m[1]!;
  const port = Number(m[2]);
  const ports = servicePorts(view).filter((s) => s.protocol === protocol);
  // External clients cannot reach cluster IPs (only nodes and pods run kube-proxy's rules).
  const svcIP = "external" in from ? undefined : ports.find((s) => s.clusterIP === ip && s.port === port);
  if (svcIP) {
    // internalTrafficPolicy Local: only endpoints on the client's node; none there → DROP.
    if (svcIP.service.spec?.internalTrafficPolicy === "Local") {
      const node = sourceNode(view, from);
      const local = svcIP.endpoints.filter((e) => e.nodeName === node);
      return viaService(view, svcIP, local, pick, hops, svcIP.endpoints.length ? "timeout" : "connection refused");
    }
    return viaService(view, svcIP, svcIP.endpoints, pick, hops, "connection refused");
  }
  if (!("external" in from) && ports.some((s) => s.clusterIP === ip)) {
    return { ok: false, error: "timeout", reason: `no Service port ${port} on cluster IP ${ip}`, hops };
  }
  const node = view.nodes.find((n) => nodeIP(n) === ip);
  if (node) {
    hops.push({ at: "node", detail: `${node.metadata.name} (${ip})` });
    const sp = ports.find((s) => s.nodePort === port);
    if (!sp) return { ok: false, error: "connection refused", reason: `nothing listens on ${ip}:${port}`, hops };
    if (sp.externalLocal) {
      const local = sp.endpoints.filter((e) => e.nodeName === node.metadata.name);
      return viaService(view, sp, local, pick, hops, sp.endpoints.length ? "timeout" : "connection refused");
    }
    return viaService(view, sp, sp.endpoints, pick, hops, "connection refused");
  }
  if (podByIP(view, ip)) return deliver(view, { ip, port }, hops, {});
  return { ok: false, error: "timeout", reason: `no route to ${ip}`, hops };
}
