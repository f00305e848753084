// Where a TCP connection to ip:port ends up, following the kube-proxy model of proxy.ts:
// a Service cluster IP, a node's NodePort or a LoadBalancer ingress IP is DNATed to one endpoint
// (chosen by the caller's `pick`, e.g. ctx.random.int, as iptables' statistic match picks at
// random; sessionAffinity ClientIP reuses the remembered endpoint as the "recent" match does);
// a pod IP is reached directly. NetworkPolicy (netpol.ts) is checked on the pod IPs after DNAT.
// Failures carry what the client would see and why.
import type { KubeObject } from "../types";
import { servicePorts, sepChainName, type ProxyEndpoint, type ServicePortInfo } from "./proxy";
import { checkPolicies, type Peer } from "./netpol";
import { LAPTOP_IP, nodeIP, type NetworkView } from "./view";

export type RouteSource = { pod: { namespace: string; name: string } } | { node: string } | { external: true };

export interface Hop {
  /** "client" | "node" | "load-balancer" | "kube-proxy" | "netpol" | "pod" */
  at: string;
  detail: string;
}

export type RouteResult =
  | { ok: true; pod: KubeObject; ip: string; port: number; service?: string; endpoints?: number; hops: Hop[] }
  | { ok: false; error: "connection refused" | "timeout"; reason: string; service?: string; hops: Hop[] };

/** Index in [0, n) — a Random's int() or a fixed choice. */
export type Pick = (n: number) => number;

/**
 * kube-proxy's ClientIP affinity ("recent" match): client IP + service port → the endpoint it
 * reached last and when (virtual ms). JSON data, so it can live in a snapshot.
 */
export type AffinityTable = Record<string, { endpoint: string; at: number }>;

export interface RouteOptions {
  /** Remembered ClientIP affinity; without it every connection picks afresh. */
  affinity?: AffinityTable;
  /** Virtual ms now, for affinity timeouts (default 0). */
  now?: number;
}

const DEFAULT_AFFINITY_TIMEOUT_S = 10800;

function sourcePod(view: NetworkView, from: RouteSource): KubeObject | undefined {
  return "pod" in from ? view.pods.find((p) => p.metadata.namespace === from.pod.namespace && p.metadata.name === from.pod.name) : undefined;
}

function sourceNode(view: NetworkView, from: RouteSource): string | undefined {
  if ("node" in from) return from.node;
  return sourcePod(view, from)?.spec?.nodeName;
}

/** The source address a destination sees (before any SNAT): pod IP, node IP, or the laptop. */
export function sourceIP(view: NetworkView, from: RouteSource): string {
  if ("pod" in from) return sourcePod(view, from)?.status?.podIP ?? "";
  if ("node" in from) {
    const n = view.nodes.find((x) => x.metadata.name === from.node);
    return (n && nodeIP(n)) ?? "";
  }
  return LAPTOP_IP;
}

export function sourcePeer(view: NetworkView, from: RouteSource): Peer {
  const pod = sourcePod(view, from);
  return pod ? { pod, ip: pod.status?.podIP ?? "" } : { ip: sourceIP(view, from) };
}

export function podByIP(view: NetworkView, ip: string): KubeObject | undefined {
  return view.pods.find((p) => p.status?.podIP === ip && p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed");
}

interface Ctx {
  view: NetworkView;
  from: RouteSource;
  pick: Pick;
  opts: RouteOptions;
  hops: Hop[];
  /** The address the destination pod sees (after SNAT by a node for external traffic). */
  seenFrom: Peer;
}

function deliver(c: Ctx, ep: { ip: string; port: number }, protocol: string, extra: { service?: string; endpoints?: number }): RouteResult {
  const pod = podByIP(c.view, ep.ip);
  if (!pod) return { ok: false, error: "timeout", reason: `no pod has IP ${ep.ip}`, ...extra, hops: c.hops };
  const verdict = checkPolicies(c.view, c.seenFrom, { pod, ip: ep.ip }, ep.port, protocol);
  if (!verdict.allowed) {
    c.hops.push({ at: "netpol", detail: `DROP: ${verdict.reason}` });
    return { ok: false, error: "timeout", reason: verdict.reason, ...extra, hops: c.hops };
  }
  c.hops.push({ at: "pod", detail: `${pod.metadata.namespace}/${pod.metadata.name} on ${pod.spec?.nodeName ?? "?"} (${ep.ip}:${ep.port})` });
  return { ok: true, pod, ip: ep.ip, port: ep.port, ...extra, hops: c.hops };
}

/** Chooses the endpoint: the remembered one under ClientIP affinity, else `pick`. */
function choose(c: Ctx, sp: ServicePortInfo, eps: ProxyEndpoint[]): ProxyEndpoint {
  const spec = sp.service.spec ?? {};
  const sticky = spec.sessionAffinity === "ClientIP" && c.opts.affinity;
  const key = `${sourceIP(c.view, c.from)}|${sp.name}`;
  const now = c.opts.now ?? 0;
  if (sticky) {
    const timeout = (spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? DEFAULT_AFFINITY_TIMEOUT_S) * 1000;
    const hit = c.opts.affinity![key];
    const ep = hit && now - hit.at <= timeout ? eps.find((e) => `${e.ip}:${e.port}` === hit.endpoint) : undefined;
    if (ep) {
      c.opts.affinity![key] = { endpoint: hit!.endpoint, at: now };
      return ep;
    }
  }
  const ep = eps[Math.min(eps.length - 1, Math.max(0, c.pick(eps.length)))]!;
  if (sticky) c.opts.affinity![key] = { endpoint: `${ep.ip}:${ep.port}`, at: now };
  return ep;
}

function viaService(c: Ctx, sp: ServicePortInfo, eps: ProxyEndpoint[], noEndpoints: "connection refused" | "timeout"): RouteResult {
  if (eps.length === 0) {
    c.hops.push({ at: "kube-proxy", detail: noEndpoints === "timeout" ? `${sp.name} has no local endpoints: DROP` : `${sp.name} has no endpoints: REJECT` });
    return { ok: false, error: noEndpoints, reason: noEndpoints === "timeout" ? `${sp.name} has no local endpoints` : `${sp.name} has no endpoints`, service: sp.name, hops: c.hops };
  }
  const ep = choose(c, sp, eps);
  const dst = `${ep.ip}:${ep.port}`;
  c.hops.push({ at: "kube-proxy", detail: `${sp.svcChain} -> ${sepChainName(sp.name, sp.protocol, dst)}: DNAT to ${dst}` });
  return deliver(c, ep, sp.protocol, { service: sp.name, endpoints: eps.length });
}

/** External traffic on a node (NodePort or LB): Local keeps the client IP and local endpoints only. */
function external(c: Ctx, sp: ServicePortInfo, nodeName: string): RouteResult {
  if (sp.externalLocal) {
    const local = sp.endpoints.filter((e) => e.nodeName === nodeName);
    return viaService(c, sp, local, sp.endpoints.length ? "timeout" : "connection refused");
  }
  // Cluster policy: the node masquerades (KUBE-MARK-MASQ), so the pod sees the node's IP.
  const n = c.view.nodes.find((x) => x.metadata.name === nodeName);
  if (!("pod" in c.from)) c.seenFrom = { ip: (n && nodeIP(n)) ?? "" };
  return viaService(c, sp, sp.endpoints, "connection refused");
}

/** servicePorts() once per view: a load generator routes thousands of connections over one view. */
const portCache = new WeakMap<NetworkView, ServicePortInfo[]>();
function portsOf(view: NetworkView): ServicePortInfo[] {
  let p = portCache.get(view);
  if (!p) portCache.set(view, (p = servicePorts(view)));
  return p;
}

const lbIPs = (svc: KubeObject): string[] => (svc.status?.loadBalancer?.ingress ?? []).map((i: { ip?: string }) => i.ip).filter(Boolean);

/** Route a TCP connection from `from` to `dest` ("ip:port"). */
export function route(view: NetworkView, from: RouteSource, dest: string, pick: Pick, protocol = "TCP", opts: RouteOptions = {}): RouteResult {
  const m = /^(.*):(\d+)$/.exec(dest);
  const hops: Hop[] = [{ at: "client", detail: `${"pod" in from ? `pod ${from.pod.namespace}/${from.pod.name}` : "node" in from ? `node ${from.node}` : "outside the cluster"} -> ${dest}` }];
  if (!m) return { ok: false, error: "timeout", reason: `bad destination ${dest}`, hops };
  const c: Ctx = { view, from, pick, opts, hops, seenFrom: sourcePeer(view, from) };
  const ip = m[1]!;
  const port = Number(m[2]);
  const ports = portsOf(view).filter((s) => s.protocol === protocol);
  // External clients cannot reach cluster IPs (only nodes and pods run kube-proxy's rules).
  const svcIP = "external" in from ? undefined : ports.find((s) => s.clusterIP === ip && s.port === port);
  if (svcIP) {
    // internalTrafficPolicy Local: only endpoints on the client's node; none there → DROP.
    if (svcIP.service.spec?.internalTrafficPolicy === "Local") {
      const node = sourceNode(view, from);
      const local = svcIP.endpoints.filter((e) => e.nodeName === node);
      return viaService(c, svcIP, local, svcIP.endpoints.length ? "timeout" : "connection refused");
    }
    return viaService(c, svcIP, svcIP.endpoints, "connection refused");
  }
  if (!("external" in from) && ports.some((s) => s.clusterIP === ip)) {
    return { ok: false, error: "timeout", reason: `no Service port ${port} on cluster IP ${ip}`, hops };
  }
  // A LoadBalancer's ingress IP: the cloud load balancer forwards to a node's NodePort; with
  // externalTrafficPolicy Local its health checks only pass on nodes with local endpoints.
  const lbPorts = ports.filter((s) => s.service.spec?.type === "LoadBalancer" && lbIPs(s.service).includes(ip));
  if (lbPorts.length) {
    const sp = lbPorts.find((s) => s.port === port);
    hops.push({ at: "load-balancer", detail: `${ip}:${port} (${lbPorts[0]!.service.metadata.namespace}/${lbPorts[0]!.service.metadata.name})` });
    if (!sp) return { ok: false, error: "timeout", reason: `load balancer ${ip} has no listener on port ${port}`, hops };
    const healthy = view.nodes.filter((n) => !sp.externalLocal || sp.endpoints.some((e) => e.nodeName === n.metadata.name));
    if (healthy.length === 0) return viaService(c, sp, [], sp.endpoints.length ? "timeout" : "connection refused");
    const node = healthy[Math.min(healthy.length - 1, Math.max(0, pick(healthy.length)))]!;
    hops.push({ at: "node", detail: `${node.metadata.name} (${nodeIP(node)}:${sp.nodePort ?? port})` });
    return external(c, sp, node.metadata.name);
  }
  const node = view.nodes.find((n) => nodeIP(n) === ip);
  if (node) {
    hops.push({ at: "node", detail: `${node.metadata.name} (${ip})` });
    const sp = ports.find((s) => s.nodePort === port);
    if (!sp) return { ok: false, error: "connection refused", reason: `nothing listens on ${ip}:${port}`, hops };
    return external(c, sp, node.metadata.name);
  }
  // Pod IPs are routable inside the cluster only (kind's pod network is not reachable from the host).
  if (!("external" in from) && podByIP(view, ip)) return deliver(c, { ip, port }, protocol, {});
  return { ok: false, error: "timeout", reason: `no route to ${ip}`, hops };
}
