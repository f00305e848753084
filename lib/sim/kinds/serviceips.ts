// ClusterIP and NodePort allocation for Services, as kube-apiserver's allocators do with a
// kubeadm/kind configuration (service CIDR 10.96.0.0/12, node ports 30000-32767). The state
// (used addresses and ports) is passed in so it can live in the cluster and its snapshot.
import type { FieldError, Random } from "../types";

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

/** Random free address in the range (network and broadcast excluded); bounded probing. */
export function allocateClusterIP(used: ReadonlySet<string>, random: Random): string | undefined {
  const start = 1 + random.int(cidrSize - 2);
  for (let i = 0; i < cidrSize - 2; i++) {
    const ip = ipToString(SERVICE_CIDR.base + 1 + ((start - 1 + i) % (cidrSize - 2)));
    if (!used.has(ip)) return ip;
  }
  return undefined;
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

export function allocateNodePort(used: ReadonlySet<number>, random: Random): number | undefined {
  const start = random.int(NODE_PORT_RANGE.size);
  for (let i = 0; i < NODE_PORT_RANGE.size; i++) {
    const port = NODE_PORT_RANGE.base + ((start + i) % NODE_PORT_RANGE.size);
    if (!used.has(port)) return port;
  }
  return undefined;
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
