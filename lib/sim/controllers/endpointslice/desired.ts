// What the EndpointSlice controller wants for one Service (staging/src/k8s.io/endpointslice
// reconciler.go + utils.go podToEndpoint): endpoints grouped by the ports their pod resolves,
// at most 100 per slice; a Service without endpoints keeps one placeholder slice.
import type { KubeObject } from "../../types";
import { endpointHostname, findPort, isPodReadyCond, podTargetRef, shouldPodBeInEndpoints } from "../endpoints/membership";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const MAX_ENDPOINTS_PER_SLICE = 100;
export const ZONE_LABEL = "topology.kubernetes.io/zone";

export interface DesiredSlice {
  /** undefined for the placeholder slice (no ports, no endpoints). */
  ports: any[] | undefined;
  endpoints: any[];
}

/** Slice ports always carry a name ("" when the service port has none), unlike Endpoints ports. */
function slicePorts(svc: KubeObject, pod: KubeObject): any[] {
  const out: any[] = [];
  for (const sp of svc.spec?.ports ?? []) {
    const port = findPort(pod, sp);
    if (port === undefined) continue;
    const p: any = { name: sp.name ?? "", port, protocol: sp.protocol ?? "TCP" };
    if (sp.appProtocol) p.appProtocol = sp.appProtocol;
    out.push(p);
  }
  return out;
}

/**
 * serving = the pod's Ready condition; terminating = deletionTimestamp set;
 * ready = publishNotReadyAddresses || (serving && !terminating).
 */
export function endpointConditions(svc: KubeObject, pod: KubeObject): { ready: boolean; serving: boolean; terminating: boolean } {
  const serving = isPodReadyCond(pod);
  const terminating = Boolean(pod.metadata.deletionTimestamp);
  return { ready: svc.spec?.publishNotReadyAddresses === true || (serving && !terminating), serving, terminating };
}

export function podToEndpoint(svc: KubeObject, pod: KubeObject, zone?: string): any {
  const ep: any = { addresses: [pod.status.podIP ?? pod.status.podIPs[0].ip], conditions: endpointConditions(svc, pod) };
  const hostname = endpointHostname(svc, pod);
  if (hostname) ep.hostname = hostname;
  ep.targetRef = podTargetRef(pod);
  if (pod.spec?.nodeName) ep.nodeName = pod.spec.nodeName;
  if (zone) ep.zone = zone;
  return ep;
}

/** Pods must already be the ones the selector picks; zoneOf maps a node name to its zone label. */
export function desiredSlices(svc: KubeObject, pods: readonly KubeObject[], zoneOf: (node: string | undefined) => string | undefined = () => undefined): DesiredSlice[] {
  const groups = new Map<string, DesiredSlice>();
  const sorted = [...pods].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  for (const pod of sorted) {
    // Terminating pods stay, with their conditions saying so.
    if (!shouldPodBeInEndpoints(pod, true)) continue;
    const ports = slicePorts(svc, pod);
    const key = JSON.stringify(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports, endpoints: [] }));
    g.endpoints.push(podToEndpoint(svc, pod, zoneOf(pod.spec?.nodeName)));
  }
  const out: DesiredSlice[] = [];
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!;
    for (let i = 0; i < g.endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) out.push({ ports: g.ports, endpoints: g.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE) });
  }
  return out.length ? out : [{ ports: undefined, endpoints: [] }];
}
