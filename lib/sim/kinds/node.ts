// Node: printNode columns (pkg/printers/internalversion/printers.go).
import type { KindSpec, KubeObject } from "../types";
import { sinceText } from "../node/time";

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * printNode: "Ready" when the Ready condition is True, "NotReady" for False *and* Unknown,
 * "Unknown" only without a Ready condition; ",SchedulingDisabled" when cordoned.
 */
export function nodeStatusCell(node: KubeObject): string {
  const conds: any[] = node.status?.conditions ?? [];
  const ready = conds.find((c) => c.type === "Ready");
  const parts: string[] = [];
  if (!ready) parts.push("Unknown");
  else parts.push(ready.status === "True" ? "Ready" : "NotReady");
  if (node.spec?.unschedulable) parts.push("SchedulingDisabled");
  return parts.join(",");
}

/** Roles from node-role.kubernetes.io/<role> labels (and kubernetes.io/role), sorted. */
export function nodeRolesCell(node: KubeObject): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith("node-role.kubernetes.io/")) roles.add(k.slice("node-role.kubernetes.io/".length));
    else if (k === "kubernetes.io/role" && v) roles.add(v);
  }
  return roles.size ? [...roles].sort().join(",") : "<none>";
}

const address = (node: KubeObject, type: string) =>
  (node.status?.addresses ?? []).find((a: any) => a.type === type)?.address ?? "<none>";

export const nodeKind: KindSpec = {
  kind: "Node",
  apiVersion: "v1",
  group: "",
  resource: "nodes",
  singular: "node",
  shortNames: ["no"],
  namespaced: false,
  statusSubresource: true,
  tracksGeneration: false,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Status", priority: 0, cell: nodeStatusCell },
    { name: "Roles", priority: 0, cell: nodeRolesCell },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
    { name: "Version", priority: 0, cell: (o) => o.status?.nodeInfo?.kubeletVersion ?? "" },
    { name: "Internal-IP", priority: 1, cell: (o) => address(o, "InternalIP") },
    { name: "External-IP", priority: 1, cell: (o) => address(o, "ExternalIP") },
    { name: "OS-Image", priority: 1, cell: (o) => o.status?.nodeInfo?.osImage ?? "<unknown>" },
    { name: "Kernel-Version", priority: 1, cell: (o) => o.status?.nodeInfo?.kernelVersion ?? "<unknown>" },
    { name: "Container-Runtime", priority: 1, cell: (o) => o.status?.nodeInfo?.containerRuntimeVersion ?? "<unknown>" },
  ],
};
