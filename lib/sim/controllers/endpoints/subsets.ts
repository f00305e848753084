// The Endpoints subsets for a Service (pkg/controller/endpoint/endpoints_controller.go
// syncService + addEndpointSubset, then pkg/api/v1/endpoints RepackSubsets): one entry per pod
// and service-port set, repacked so pods that resolve to the same ports share a subset.
import type { KubeObject } from "../../types";
import { endpointHostname, findPort, isPodReadyCond, podTargetRef, shouldPodBeInEndpoints } from "./membership";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface EndpointPort {
  name?: string;
  port: number;
  protocol: string;
  appProtocol?: string;
}

function endpointAddress(svc: KubeObject, pod: KubeObject): any {
  const addr: any = { ip: pod.status.podIP ?? pod.status.podIPs[0].ip };
  const hostname = endpointHostname(svc, pod);
  if (hostname) addr.hostname = hostname;
  if (pod.spec?.nodeName) addr.nodeName = pod.spec.nodeName;
  addr.targetRef = podTargetRef(pod);
  return addr;
}

/** The ports a pod serves for the Service: service ports whose targetPort resolves on it. */
export function podEndpointPorts(svc: KubeObject, pod: KubeObject): EndpointPort[] {
  const out: EndpointPort[] = [];
  for (const sp of svc.spec?.ports ?? []) {
    const port = findPort(pod, sp);
    if (port === undefined) continue; // upstream logs "Failed to find port for service" and skips
    const p: EndpointPort = { port, protocol: sp.protocol ?? "TCP" };
    if (sp.name) p.name = sp.name;
    if (sp.appProtocol) p.appProtocol = sp.appProtocol;
    out.push(p);
  }
  return out;
}

const byAddress = (a: any, b: any) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : (a.targetRef?.uid ?? "") < (b.targetRef?.uid ?? "") ? -1 : 1);
const portKey = (ports: EndpointPort[]) => JSON.stringify([...ports].sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "") || a.port - b.port));

/**
 * Subsets for the Service's pods. Ready pods (or any, with publishNotReadyAddresses) go to
 * addresses, others to notReadyAddresses. Headless Services without ports get port-less subsets.
 * Order: addresses by IP; subsets by their port set (upstream orders subsets by a hash, which
 * only matters when pods disagree on a named port).
 */
export function computeSubsets(svc: KubeObject, pods: readonly KubeObject[]): any[] {
  const tolerateUnready = svc.spec?.publishNotReadyAddresses === true;
  const groups = new Map<string, { ports: EndpointPort[]; ready: Map<string, any>; notReady: Map<string, any> }>();
  const portless = (svc.spec?.ports ?? []).length === 0 && svc.spec?.clusterIP === "None";
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, tolerateUnready)) continue;
    const ports = portless ? [] : podEndpointPorts(svc, pod);
    if (!portless && ports.length === 0) continue;
    const sorted = JSON.parse(portKey(ports)) as EndpointPort[];
    const key = JSON.stringify(sorted);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports: sorted, ready: new Map(), notReady: new Map() }));
    const addr = endpointAddress(svc, pod);
    const id = `${addr.ip}/${pod.metadata.uid}`;
    if (tolerateUnready || isPodReadyCond(pod)) {
      g.ready.set(id, addr);
      g.notReady.delete(id);
    } else if (!g.ready.has(id)) g.notReady.set(id, addr);
  }
  const out: any[] = [];
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!;
    const ss: any = {};
    if (g.ready.size) ss.addresses = [...g.ready.values()].sort(byAddress);
    if (g.notReady.size) ss.notReadyAddresses = [...g.notReady.values()].sort(byAddress);
    if (g.ports.length) ss.ports = g.ports;
    out.push(ss);
  }
  return out;
}
