// Namespace (core/v1): phase Active until deleted, then Terminating while the namespace
// controller empties it (pkg/registry/core/namespace, pkg/apis/core/v1/defaults.go).
import type { KindSpec } from "../types";
import { sinceText } from "../node/time";

/** Namespaces every kind cluster starts with. */
export const INITIAL_NAMESPACES = ["default", "kube-node-lease", "kube-public", "kube-system"] as const;

export const namespaceKind: KindSpec = {
  kind: "Namespace",
  apiVersion: "v1",
  group: "",
  resource: "namespaces",
  singular: "namespace",
  shortNames: ["ns"],
  namespaced: false,
  statusSubresource: true,
  tracksGeneration: false,
  defaults(obj) {
    // The apiserver labels every namespace with its own name (since 1.21).
    obj.metadata.labels = { ...obj.metadata.labels, "kubernetes.io/metadata.name": obj.metadata.name };
    obj.spec = { finalizers: ["kubernetes"], ...obj.spec };
    obj.status = { phase: "Active", ...obj.status };
  },
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Status", priority: 0, cell: (o) => String(o.status?.phase ?? "") },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
  ],
};
