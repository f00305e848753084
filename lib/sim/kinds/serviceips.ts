// ClusterIP and NodePort allocation for Services, as kube-apiserver's allocators do with a
// kubeadm/kind configuration (service CIDR 10.96.0.0/12, node ports 30000-32767). What is in use
// is read from the stored Services (like the allocators' repair loop), so a deleted Service
// releases its address and ports with no extra state, and snapshots need nothing more.
// Dynamic picks prefer the range above the static band (ServiceIPStaticSubrange /
// ServiceNodePortStaticSubrange): 256 addresses, 86 ports.
import type { FieldError, KubeObject, Lister, Random } from "../types";
import type { AdmissionPlugin } from "../api/admission";

export const SERVICE_CIDR = { base: (10 << 24) | (96 << 16), bits: 12 } as const;
/** kube-apiserver DefaultServiceNodePortRange: PortRange{Base: 30000, Size: 2768}. */
export const NODE_PORT_RANGE = { base: 30000, size: 2768 } as const;
export const KUBERNETES_SERVICE_IP = "10.96.0.1";
export const KUBE_DNS_IP = "10.96.0.10";

export interface ServiceAllocations {
  clusterIPs: string[];
  nodePorts: number[];
}

const ipToString = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 0xff).join(".");
export function ipToNumber(ip: string): number | undefined {
  const parts = ip.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((acc, p) => ((acc << 8) | Number(p)) >>> 0, 0);
}

const cidrText = `${ipToString(SERVICE_CIDR.base)}/${SERVICE_CIDR.bits}`;
const cidrSize = 2 ** (32 - SERVICE_CIDR.bits);

/** ipallocator calculateRangeOffset: min(max(16, size/16), 256). */
export const IP_STATIC_BAND = Math.min(Math.max(16, Math.floor(cidrSize / 16)), 256);
/** portallocator calculateRangeOffset: min(max(16, size/32), 128). */
export const PORT_STATIC_BAND = Math.min(Math.max(16, Math.floor(NODE_PORT_RANGE.size / 32)), 128);

/** Random free offset in [from, to) then wrapping over the rest of [lo, to); bounded probing. */
function pick(lo: number, from: number, to: number, random: Random, free: (offset: number) => boolean): number | undefined {
  const upper = to - from;
  const start = random.int(upper);
  for (let i = 0; i < upper; i++) if (free(from + ((start + i) % upper))) return from + ((start + i) % upper);
  for (let o = lo; o < from; o++) if (free(o)) return o;
  return undefined;
}

/** Random free address, upper range first (network and broadcast excluded). */
export function allocateClusterIP(used: ReadonlySet<string>, random: Random): string | undefined {
  const o = pick(1, IP_STATIC_BAND, cidrSize - 1, random, (off) => !used.has(ipToString(SERVICE_CIDR.base + off)));
  return o === undefined ? undefined : ipToString(SERVICE_CIDR.base + o);
}

/** Errors for a user-chosen clusterIP (the allocator's texts, field spec.clusterIPs[0]). */
export function checkClusterIP(ip: string, used: ReadonlySet<string>): FieldError | undefined {
  const n = ipToNumber(ip);
  const offset = n === undefined ? -1 : n - SERVICE_CIDR.base;
  if (n === undefined || offset <= 0 || offset >= cidrSize - 1) {
    return { type: "Invalid value", field: "spec.clusterIPs", value: [ip], detail: `failed to allocate IP ${ip}: the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${cidrText}` };
  }
  if (used.has(ip)) {
    return { type: "Invalid value", field: "spec.clusterIPs", value: [ip], detail: `failed to allocate IP ${ip}: provided IP is already allocated` };
  }
  return undefined;
}

/** Random free node port, upper range first. */
export function allocateNodePort(used: ReadonlySet<number>, random: Random): number | undefined {
  const o = pick(0, PORT_STATIC_BAND, NODE_PORT_RANGE.size, random, (off) => !used.has(NODE_PORT_RANGE.base + off));
  return o === undefined ? undefined : NODE_PORT_RANGE.base + o;
}

/** Errors for a user-chosen nodePort: out of range, or already allocated. */
export function checkNodePort(port: number, index: number, used: ReadonlySet<number>): FieldError | undefined {
  const field = `spec.ports[${index}].nodePort`;
  const last = NODE_PORT_RANGE.base + NODE_PORT_RANGE.size - 1;
  if (port < NODE_PORT_RANGE.base || port > last) {
    return { type: "Invalid value", field, value: port, detail: `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_RANGE.base}-${last}` };
  }
  if (used.has(port)) return { type: "Invalid value", field, value: port, detail: "provided port is already allocated" };
  return undefined;
}

/* eslint-disable @typescript-eslint/no-explicit-any */

const needsClusterIP = (spec: any) => spec.type !== "ExternalName" && spec.clusterIP !== "None";
const needsNodePorts = (spec: any) => spec.type === "NodePort" || (spec.type === "LoadBalancer" && spec.allocateLoadBalancerNodePorts !== false);

/** Addresses and node ports held by every other stored Service. */
function inUse(lister: Lister, self: KubeObject): { ips: Set<string>; ports: Set<number> } {
  const ips = new Set<string>();
  const ports = new Set<number>();
  for (const svc of lister.list("services")) {
    if (svc.metadata.uid === self.metadata.uid && svc.metadata.namespace === self.metadata.namespace && svc.metadata.name === self.metadata.name) continue;
    for (const ip of svc.spec?.clusterIPs ?? (svc.spec?.clusterIP ? [svc.spec.clusterIP] : [])) if (ip && ip !== "None") ips.add(ip);
    for (const p of svc.spec?.ports ?? []) if (p.nodePort) ports.add(p.nodePort);
  }
  return { ips, ports };
}

/**
 * The service REST allocators as an admission step: on create, allocate or check spec.clusterIP(s)
 * and every node port; on update keep what was allocated (patchAllocatedValues), drop values the
 * new type no longer uses when the user left them unchanged (dropTypeDependentFields), and
 * allocate what the new type needs.
 */
export const serviceAllocation: AdmissionPlugin = (req) => {
  if (req.kind.kind !== "Service") return;
  const spec = (req.object.spec ??= {});
  const old = req.old?.spec;
  const errs: FieldError[] = [];
  if (old) {
    // normalizeClusterIPs: a changed clusterIP sent with the old clusterIPs (kubectl apply of
    // `clusterIP: None`) replaces them; validation then refuses the change.
    if (spec.clusterIP && spec.clusterIP !== old.clusterIP && JSON.stringify(spec.clusterIPs ?? null) === JSON.stringify(old.clusterIPs ?? null)) {
      spec.clusterIPs = [spec.clusterIP];
    }
    if (!spec.clusterIP && old.clusterIP && needsClusterIP(spec) && old.clusterIP !== "None") {
      spec.clusterIP = old.clusterIP;
      spec.clusterIPs = old.clusterIPs ?? [old.clusterIP];
    }
    if (spec.type === "ExternalName" && old.type !== "ExternalName" && (spec.clusterIP === old.clusterIP)) {
      delete spec.clusterIP;
      delete spec.clusterIPs;
    }
    for (const p of spec.ports ?? []) {
      const prev = (old.ports ?? []).find((o: any) => o.port === p.port && (o.protocol ?? "TCP") === (p.protocol ?? "TCP"));
      if (!needsNodePorts(spec)) {
        if (p.nodePort && prev?.nodePort === p.nodePort) delete p.nodePort;
      } else if (!p.nodePort && prev?.nodePort) p.nodePort = prev.nodePort;
    }
  }
  const used = inUse(req.lister, req.object);
  const oldIPs: string[] = old?.clusterIPs ?? (old?.clusterIP ? [old.clusterIP] : []);
  if (needsClusterIP(spec)) {
    const requested: string | undefined = spec.clusterIPs?.[0] || spec.clusterIP || undefined;
    if (!requested) {
      const ip = allocateClusterIP(used.ips, req.random);
      if (ip === undefined) errs.push({ type: "Invalid value", field: "spec.clusterIPs", value: [], detail: "failed to allocate a serviceIP: range is full" });
      else {
        spec.clusterIP = ip;
        spec.clusterIPs = [ip];
      }
    } else if (!oldIPs.includes(requested)) {
      const e = checkClusterIP(requested, used.ips);
      if (e) errs.push(e);
    }
  } else if (spec.clusterIP === "None") spec.clusterIPs ??= ["None"];
  if (needsNodePorts(spec)) {
    const oldPorts = new Set<number>((old?.ports ?? []).map((p: any) => p.nodePort).filter(Boolean));
    const mine = new Set<number>();
    (spec.ports ?? []).forEach((p: any, i: number) => {
      if (p.nodePort) {
        const e = oldPorts.has(p.nodePort) ? undefined : checkNodePort(p.nodePort, i, new Set([...used.ports, ...mine]));
        if (e) errs.push(e);
        mine.add(p.nodePort);
      }
    });
    for (const p of spec.ports ?? []) {
      if (p.nodePort) continue;
      const port = allocateNodePort(new Set([...used.ports, ...mine]), req.random);
      if (port === undefined) {
        errs.push({ type: "Invalid value", field: "spec.ports", value: "", detail: "failed to allocate a nodePort: range is full" });
        break;
      }
      p.nodePort = port;
      mine.add(port);
    }
  }
  return errs;
};
