// kube-proxy (iptables mode, pkg/proxy/iptables/proxier.go) as data: for every Service port
// with a cluster IP, the endpoints it load-balances over and the chains it would program:
//   KUBE-SERVICES  -d <clusterIP> --dport <port> -j KUBE-SVC-<hash>   (REJECT without endpoints)
//   KUBE-NODEPORTS --dport <nodePort> -j KUBE-EXT-<hash> → KUBE-SVC-<hash> | KUBE-SVL-<hash> (Local)
//   KUBE-SVC-<hash> -m statistic --probability 1/n … -j KUBE-SEP-<hash> → DNAT to ip:port
// Chain hashes are kube-proxy's: base32(sha256(servicePortName + protocol [+ endpoint]))[:16].
import type { KubeObject } from "../types";
import { chainHash } from "./sha256";
import { slicesOf, type NetworkView } from "./view";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface ProxyEndpoint {
  ip: string;
  port: number;
  pod?: { namespace: string; name: string };
  nodeName?: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
}

export interface ServicePortInfo {
  /** "ns/name:portName" (":portName" only when the port is named), kube-proxy's ServicePortName. */
  name: string;
  service: KubeObject;
  clusterIP?: string;
  port: number;
  protocol: string;
  nodePort?: number;
  externalLocal: boolean;
  /** Endpoints kube-proxy uses: ready ones, else serving-terminating ones (as upstream). */
  endpoints: ProxyEndpoint[];
  svcChain: string;
  extChain: string;
  svlChain: string;
}

export function servicePortName(svc: KubeObject, portName: string | undefined): string {
  return `${svc.metadata.namespace}/${svc.metadata.name}${portName ? `:${portName}` : ""}`;
}

export const svcChainName = (spn: string, protocol: string) => `KUBE-SVC-${chainHash(spn + protocol.toLowerCase())}`;
export const extChainName = (spn: string, protocol: string) => `KUBE-EXT-${chainHash(spn + protocol.toLowerCase())}`;
export const svlChainName = (spn: string, protocol: string) => `KUBE-SVL-${chainHash(spn + protocol.toLowerCase())}`;
export const sepChainName = (spn: string, protocol: string, endpoint: string) => `KUBE-SEP-${chainHash(spn + protocol.toLowerCase() + endpoint)}`;

function endpointsFor(view: NetworkView, svc: KubeObject, sp: any): ProxyEndpoint[] {
  const all: ProxyEndpoint[] = [];
  for (const slice of slicesOf(view, svc)) {
    const port = ((slice as any).ports ?? []).find((p: any) => (p.name ?? "") === (sp.name ?? "") && (p.protocol ?? "TCP") === (sp.protocol ?? "TCP"));
    if (!port || port.port == null) continue;
    for (const e of (slice as any).endpoints ?? []) {
      const c = e.conditions ?? {};
      for (const ip of e.addresses ?? []) {
        all.push({
          ip, port: port.port, nodeName: e.nodeName,
          pod: e.targetRef?.kind === "Pod" ? { namespace: e.targetRef.namespace, name: e.targetRef.name } : undefined,
          ready: c.ready !== false, serving: c.serving ?? c.ready !== false, terminating: c.terminating === true,
        });
      }
    }
  }
  all.sort((a, b) => (a.ip === b.ip ? a.port - b.port : a.ip < b.ip ? -1 : 1));
  const ready = all.filter((e) => e.ready);
  return ready.length ? ready : all.filter((e) => e.serving && e.terminating);
}

/** Every proxied Service port (headless and ExternalName Services get no rules). */
export function servicePorts(view: NetworkView): ServicePortInfo[] {
  const out: ServicePortInfo[] = [];
  const sorted = [...view.services].sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
  for (const svc of sorted) {
    const spec = svc.spec ?? {};
    if (spec.type === "ExternalName" || spec.clusterIP === "None") continue;
    for (const sp of spec.ports ?? []) {
      const name = servicePortName(svc, sp.name);
      const protocol = sp.protocol ?? "TCP";
      out.push({
        name, service: svc, clusterIP: spec.clusterIP || undefined, port: sp.port, protocol,
        nodePort: spec.type === "NodePort" || spec.type === "LoadBalancer" ? sp.nodePort : undefined,
        externalLocal: spec.externalTrafficPolicy === "Local",
        endpoints: endpointsFor(view, svc, sp),
        svcChain: svcChainName(name, protocol), extChain: extChainName(name, protocol), svlChain: svlChainName(name, protocol),
      });
    }
  }
  return out;
}

export interface Rule {
  chain: string;
  /** iptables-save style text of the rule, without the leading "-A <chain>". */
  spec: string;
  target: string;
}

export interface RuleTable {
  node: string;
  chains: { name: string; rules: Rule[] }[];
}

const probability = (n: number) => (1 / n).toFixed(10);

/**
 * The rules kube-proxy on `nodeName` programs, nat table plus the filter-table REJECTs for
 * Services without endpoints (those appear in the filter table's KUBE-SERVICES and
 * KUBE-EXTERNAL-SERVICES upstream; here all chains share one list).
 */
export function ruleTable(view: NetworkView, nodeName: string): RuleTable {
  const chains = new Map<string, Rule[]>([["KUBE-SERVICES", []], ["KUBE-NODEPORTS", []]]);
  const add = (chain: string, spec: string, target: string) => {
    if (!chains.has(chain)) chains.set(chain, []);
    chains.get(chain)!.push({ chain, spec: spec ? `${spec} -j ${target}` : `-j ${target}`, target });
  };
  for (const sp of servicePorts(view)) {
    const proto = sp.protocol.toLowerCase();
    const hasEps = sp.endpoints.length > 0;
    if (sp.clusterIP) {
      if (hasEps) add("KUBE-SERVICES", `-m comment --comment "${sp.name} cluster IP" -m ${proto} -p ${proto} -d ${sp.clusterIP} --dport ${sp.port}`, sp.svcChain);
      else add("KUBE-SERVICES", `-m comment --comment "${sp.name} has no endpoints" -m ${proto} -p ${proto} -d ${sp.clusterIP} --dport ${sp.port}`, "REJECT");
    }
    if (sp.nodePort) {
      const local = sp.endpoints.filter((e) => e.nodeName === nodeName);
      if (!hasEps) add("KUBE-EXTERNAL-SERVICES", `-m comment --comment "${sp.name} has no endpoints" -m addrtype --dst-type LOCAL -m ${proto} -p ${proto} --dport ${sp.nodePort}`, "REJECT");
      else {
        add("KUBE-NODEPORTS", `-m comment --comment ${sp.name} -m ${proto} -p ${proto} --dport ${sp.nodePort}`, sp.extChain);
        if (sp.externalLocal) {
          if (local.length) add(sp.extChain, `-m comment --comment "route to local endpoints"`, sp.svlChain);
          else add(sp.extChain, `-m comment --comment "${sp.name} has no local endpoints"`, "DROP");
          balance(add, sp.svlChain, sp, local, proto);
        } else {
          add(sp.extChain, `-m comment --comment "masquerade traffic for ${sp.name} external destinations"`, "KUBE-MARK-MASQ");
          add(sp.extChain, "", sp.svcChain);
        }
      }
    }
    if (hasEps) balance(add, sp.svcChain, sp, sp.endpoints, proto);
  }
  add("KUBE-SERVICES", `-m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL`, "KUBE-NODEPORTS");
  return { node: nodeName, chains: [...chains].map(([name, rules]) => ({ name, rules })) };
}

function balance(add: (c: string, s: string, t: string) => void, chain: string, sp: ServicePortInfo, eps: ProxyEndpoint[], proto: string): void {
  eps.forEach((e, i) => {
    const ep = `${e.ip}:${e.port}`;
    const sep = sepChainName(sp.name, sp.protocol, ep);
    const stat = i < eps.length - 1 ? ` -m statistic --mode random --probability ${probability(eps.length - i)}` : "";
    add(chain, `-m comment --comment "${sp.name} -> ${ep}"${stat}`, sep);
    add(sep, `-m comment --comment ${sp.name} -s ${e.ip}`, "KUBE-MARK-MASQ");
    add(sep, `-m comment --comment ${sp.name} -m ${proto} -p ${proto}`, `DNAT --to-destination ${ep}`);
  });
}

/** iptables-save style lines ("-A CHAIN …"), chain declarations first. */
export function formatRuleTable(t: RuleTable): string {
  const decl = t.chains.map((c) => `:${c.name} - [0:0]`);
  const rules = t.chains.flatMap((c) => c.rules.map((r) => `-A ${c.name} ${r.spec}`.replace(/ {2,}/g, " ")));
  return [...decl, ...rules].join("\n");
}
