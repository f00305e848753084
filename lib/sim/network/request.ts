// One HTTP request through the simulated network, end to end: name resolution (the pod's
// resolver and CoreDNS, or none outside the cluster), the TCP connection (route.ts: kube-proxy,
// NetworkPolicy), the app's answer (http.ts), and for ingress-nginx pods the second leg to the
// backend (ingress.ts). Every hop is kept, and recorded in the cluster trace when a tracer is
// given, so the UI can draw the path. curl, wget and hey format the outcome.
import type { KubeObject, TraceInput } from "../types";
import { resolve } from "./dns";
import { route, sourcePeer, type AffinityTable, type Hop, type Pick, type RouteSource } from "./route";
import { checkPolicies, COREDNS_PEER, KUBE_DNS_IP } from "./netpol";
import { nginxErrorPage, serve, httpDate, type HttpRequest, type HttpResponse } from "./http";
import { backendPort, matchIngress } from "./ingress";
import { CLUSTER_DOMAIN, ipToInt, type NetworkView } from "./view";

export interface NetEnv {
  view: NetworkView;
  /** Virtual ms now (affinity timeouts) and wall-clock ms of virtual 0 (Date headers, app uptime). */
  now: number;
  epochMs: number;
  pick: Pick;
  /** kube-proxy's ClientIP "recent" table, kept by the caller across requests. */
  affinity: AffinityTable;
  trace?: (entry: TraceInput) => number;
}

export interface Url {
  scheme: "http" | "https";
  host: string;
  port: number;
  /** Path and query, "/" at least. */
  path: string;
  /** Whether the URL named the port (the Host header then carries it). */
  explicitPort: boolean;
}

/** Parses what curl/wget accept: "http://host:port/path", "host/path" (http assumed). */
export function parseUrl(text: string): Url | { error: string } {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/?#:]*|\[[^\]]*\])(?::(\d*))?([/?#].*)?$/.exec(text);
  if (!m) return { error: "URL rejected: Malformed input to a URL function" };
  const scheme = (m[1] ?? "http").toLowerCase();
  if (scheme !== "http" && scheme !== "https") return { error: `Protocol "${m[1]}" not supported` };
  const host = m[2] ?? "";
  if (!host) return { error: "URL rejected: No host part in the URL" };
  const port = m[3] ? Number(m[3]) : scheme === "https" ? 443 : 80;
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { error: "URL rejected: Port number was not a decimal number between 0 and 65535" };
  const path = (m[4] ?? "/").replace(/#.*$/, "");
  return { scheme, host: host.toLowerCase(), port, path: path.startsWith("/") ? path : `/${path}`, explicitPort: m[3] !== undefined };
}

export type Outcome =
  | { ok: true; ip: string; response: HttpResponse; pod: KubeObject; hops: Hop[]; tls?: "ingress-fake-certificate" }
  | { ok: false; error: "resolve" | "refused" | "timeout" | "empty" | "tls"; reason: string; ip?: string; hops: Hop[] };

const isIP = (h: string) => ipToInt(h) !== undefined;

/** DNS from a pod: CoreDNS answers (CNAMEs inside the cluster domain followed), unless policy blocks port 53. */
function lookup(env: NetEnv, from: RouteSource, host: string, hops: Hop[]): { ip: string } | { error: string } {
  if (isIP(host)) return { ip: host };
  if (!("pod" in from)) {
    hops.push({ at: "dns", detail: `${host}: the ${"node" in from ? "node's" : "laptop's"} resolver knows no cluster names (cluster DNS serves pods only)` });
    return { error: `${host} does not resolve outside the cluster` };
  }
  const dns = checkPolicies(env.view, sourcePeer(env.view, from), COREDNS_PEER, 53, "UDP");
  if (!dns.allowed) {
    hops.push({ at: "dns", detail: `query to ${KUBE_DNS_IP}:53 dropped: ${dns.reason}` });
    return { error: `DNS query dropped: ${dns.reason}` };
  }
  let name = host;
  for (let i = 0; i < 8; i++) {
    const a = resolve(env.view, name, from.pod.namespace);
    if (a.rcode === "NXDOMAIN") {
      hops.push({ at: "dns", detail: `${host}: NXDOMAIN (tried ${a.tried.join(", ")})` });
      return { error: `${host}: NXDOMAIN` };
    }
    if (a.a.length) {
      hops.push({ at: "dns", detail: `${host} -> ${a.name} A ${a.a.join(", ")}` });
      return { ip: a.a[0]! };
    }
    if (!a.cname) break;
    hops.push({ at: "dns", detail: `${a.name} CNAME ${a.cname}` });
    if (!a.cname.replace(/\.$/, "").endsWith(`.${CLUSTER_DOMAIN}`)) {
      hops.push({ at: "dns", detail: `${a.cname}: NXDOMAIN (the simulator has no upstream DNS)` });
      return { error: `${a.cname}: NXDOMAIN` };
    }
    name = `${a.cname.replace(/\.$/, "")}.`;
  }
  return { error: `${host}: no answer` };
}

const page = (status: number, body: string, nowUnix: number): HttpResponse => ({
  status,
  headers: [["Date", httpDate(nowUnix)], ["Content-Type", "text/html"], ["Content-Length", String(new TextEncoder().encode(body).length)], ["Connection", "keep-alive"]],
  body,
});

/** The ingress controller's leg: rule match, then a connection to one backend endpoint. */
function viaIngress(env: NetEnv, controller: KubeObject, req: HttpRequest, hops: Hop[], nowUnix: number): { response: HttpResponse; pod: KubeObject } {
  const m = matchIngress(env.view, req.host, req.path.split("?")[0]!);
  if (m.kind === "default-backend") {
    hops.push({ at: "ingress", detail: `${req.host}${req.path}: ${m.rule} -> 404` });
    return { response: page(404, nginxErrorPage(404, "nginx"), nowUnix), pod: controller };
  }
  const sp = backendPort(env.view, m.backend);
  const target = `${m.backend.namespace}/${m.backend.service}:${m.backend.port.number ?? m.backend.port.name}`;
  if (!sp || sp.endpoints.length === 0) {
    hops.push({ at: "ingress", detail: `${m.rule} -> ${target}: ${sp ? "no ready endpoints" : "no such Service port"} -> 503` });
    return { response: page(503, nginxErrorPage(503, "nginx"), nowUnix), pod: controller };
  }
  const ep = sp.endpoints[Math.min(sp.endpoints.length - 1, Math.max(0, env.pick(sp.endpoints.length)))]!;
  hops.push({ at: "ingress", detail: `${m.rule} -> ${target} -> upstream ${ep.ip}:${ep.port}` });
  const r = route(env.view, { pod: { namespace: controller.metadata.namespace!, name: controller.metadata.name } }, `${ep.ip}:${ep.port}`, env.pick, "TCP");
  hops.push(...r.hops.slice(1));
  if (!r.ok) return { response: page(504, nginxErrorPage(504, "nginx"), nowUnix), pod: controller };
  const a = serve(r.pod, r.port, req, nowUnix);
  if (a.kind !== "response") {
    hops.push({ at: "ingress", detail: `upstream ${ep.ip}:${ep.port} ${a.kind === "refused" ? "refused the connection" : "closed the connection"} -> 502` });
    return { response: page(502, nginxErrorPage(502, "nginx"), nowUnix), pod: controller };
  }
  return { response: a.response, pod: r.pod };
}

/**
 * Sends one request from `from`. `label` names it in the trace ("curl http://web/"); the Host
 * header comes from req.host (curl -H 'Host: …') or the URL.
 */
export function httpRequest(env: NetEnv, from: RouteSource, url: Url, req: HttpRequest, label: string): Outcome {
  const hops: Hop[] = [];
  const done = (o: Outcome): Outcome => {
    record(env, from, label, o);
    return o;
  };
  const nowUnix = env.epochMs + env.now;
  const dns = lookup(env, from, url.host, hops);
  if ("error" in dns) return done({ ok: false, error: "resolve", reason: dns.error, hops });
  const ip = dns.ip;
  // Loopback reaches the client's own network namespace: the pod itself (containers share it).
  if (ip.startsWith("127.")) {
    if (!("pod" in from)) return done({ ok: false, error: "refused", reason: `nothing listens on ${ip}:${url.port} here`, ip, hops });
    const self = env.view.pods.find((p) => p.metadata.namespace === from.pod.namespace && p.metadata.name === from.pod.name)!;
    return done(answer(env, url, req, ip, { pod: self, port: url.port }, hops, nowUnix));
  }
  const r = route(env.view, from, `${ip}:${url.port}`, env.pick, "TCP", { affinity: env.affinity, now: env.now });
  hops.push(...r.hops.slice(1));
  if (!r.ok) return done({ ok: false, error: r.error === "timeout" ? "timeout" : "refused", reason: r.reason, ip, hops });
  return done(answer(env, url, req, ip, r, hops, nowUnix));
}

/** The app's answer on the pod `r` reached; `ip` is the address the client dialled (cluster IP, node IP…). */
function answer(env: NetEnv, url: Url, req: HttpRequest, ip: string, r: { pod: KubeObject; port: number }, hops: Hop[], nowUnix: number): Outcome {
  const a = serve(r.pod, r.port, req, nowUnix);
  switch (a.kind) {
    case "refused":
      hops.push({ at: "pod", detail: `RST: ${a.reason}` });
      return { ok: false, error: "refused", reason: a.reason, ip, hops };
    case "empty":
      hops.push({ at: "pod", detail: `container ${a.container} accepted the connection but does not speak HTTP` });
      return { ok: false, error: "empty", reason: `${a.container} is not an HTTP server`, ip, hops };
    case "ingress-controller": {
      const https = url.scheme === "https";
      if (https !== (r.port === 443)) {
        return https ? { ok: false, error: "tls", reason: "port 80 speaks plain HTTP", ip, hops } : { ok: true, ip, pod: r.pod, hops, response: page(400, nginxErrorPage(400, "nginx"), nowUnix) };
      }
      const via = viaIngress(env, r.pod, req, hops, nowUnix);
      return { ok: true, ip, response: via.response, pod: via.pod, hops, ...(https ? { tls: "ingress-fake-certificate" as const } : {}) };
    }
    case "response":
      if (url.scheme === "https") return { ok: false, error: "tls", reason: `${a.container} speaks plain HTTP`, ip, hops };
      return { ok: true, ip, response: a.response, pod: r.pod, hops };
  }
}

/** Records the hops as trace entries: the first ("client") starts the request, the rest point to it. */
function record(env: NetEnv, from: RouteSource, label: string, o: Outcome): void {
  if (!env.trace) return;
  const who = "pod" in from ? `pod ${from.pod.namespace}/${from.pod.name}` : "node" in from ? `node ${from.node}` : "laptop (outside the cluster)";
  const first = env.trace({ type: "network", hop: "client", detail: `${who}: ${label}`, request: label });
  for (const h of o.hops) {
    const hop = (["dns", "node", "kube-proxy", "netpol", "ingress", "pod"] as const).find((x) => x === h.at) ?? "node";
    env.trace({ type: "network", hop, detail: h.at === "load-balancer" ? `load balancer ${h.detail}` : h.detail, request: label, cause: first });
  }
  const outcome = o.ok ? `${o.response.status}` : o.error;
  const detail = o.ok ? `HTTP ${o.response.status} from ${o.pod.metadata.namespace}/${o.pod.metadata.name}` : `${o.error}: ${o.reason}`;
  env.trace({ type: "network", hop: "response", detail, request: label, outcome, cause: first });
}
