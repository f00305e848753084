// EndpointSlice (discovery.k8s.io/v1): kind identity and printEndpointSlice's columns
// (NAME ADDRESSTYPE PORTS ENDPOINTS AGE; no short name). Empty lists print "<unset>".
import type { KindSpec, KubeObject } from "../types";
import { sinceText } from "../node/time";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Up to 3 entries joined by ",", then " + N more..."; "<unset>" for none (listWithMoreString). */
function listWithMore(items: string[], max = 3): string {
  const shown = items.slice(0, max).join(",");
  if (items.length > max) return `${shown} + ${items.length - max} more...`;
  return shown === "" ? "<unset>" : shown;
}

/** PORTS cell: the port number, else its name, else "*" (formatDiscoveryPorts). */
export function formatDiscoveryPorts(ports: any[] | null | undefined): string {
  return listWithMore((ports ?? []).map((p) => (p.port != null ? String(p.port) : p.name != null ? p.name : "*")));
}

/** ENDPOINTS cell: every address of every endpoint, ready or not (formatDiscoveryEndpoints). */
export function formatDiscoveryEndpoints(endpoints: any[] | null | undefined): string {
  return listWithMore((endpoints ?? []).flatMap((e) => e.addresses ?? []));
}

export const endpointSliceKind: KindSpec = {
  kind: "EndpointSlice",
  apiVersion: "discovery.k8s.io/v1",
  group: "discovery.k8s.io",
  resource: "endpointslices",
  singular: "endpointslice",
  shortNames: [],
  namespaced: true,
  statusSubresource: false,
  tracksGeneration: false,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "AddressType", priority: 0, cell: (o: KubeObject) => String((o as any).addressType ?? "") },
    { name: "Ports", priority: 0, cell: (o: KubeObject) => formatDiscoveryPorts((o as any).ports) },
    { name: "Endpoints", priority: 0, cell: (o: KubeObject) => formatDiscoveryEndpoints((o as any).endpoints) },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
  ],
};
