// Endpoints (core/v1): kind identity and printEndpoints' columns (NAME ENDPOINTS AGE).
import type { KindSpec, KubeObject } from "../types";
import { sinceText } from "../node/time";

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * formatEndpoints: up to 3 "ip:port" entries then " + N more..."; "<none>" without subsets;
 * an empty string when subsets exist but hold only not-ready addresses.
 */
export function formatEndpoints(ep: KubeObject, max = 3): string {
  const subsets: any[] = ep.subsets as any[] ?? [];
  if (subsets.length === 0) return "<none>";
  const list: string[] = [];
  let count = 0;
  let more = false;
  for (const ss of subsets) {
    const ports: any[] = ss.ports?.length ? ss.ports : [undefined];
    for (const port of ports) {
      for (const addr of ss.addresses ?? []) {
        if (max === 0 || count < max) list.push(port === undefined ? addr.ip : `${addr.ip}:${port.port}`);
        else more = true;
        count++;
      }
    }
  }
  let ret = list.join(",");
  if (more) ret += ` + ${count - max} more...`;
  return ret;
}

export const endpointsKind: KindSpec = {
  kind: "Endpoints",
  apiVersion: "v1",
  group: "",
  resource: "endpoints",
  singular: "endpoints",
  shortNames: ["ep"],
  namespaced: true,
  statusSubresource: false,
  tracksGeneration: false,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Endpoints", priority: 0, cell: (o) => formatEndpoints(o) },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
  ],
};
