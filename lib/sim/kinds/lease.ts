// Lease (coordination.k8s.io/v1): the kubelet's heartbeat object, one per node in
// kube-node-lease (pkg/kubelet/nodelease), renewed every 10 s; kubectl prints NAME, HOLDER, AGE.
import type { KindSpec } from "../types";
import { sinceText } from "../node/time";

export const NODE_LEASE_NAMESPACE = "kube-node-lease";
/** kubelet nodeLeaseDurationSeconds default. */
export const NODE_LEASE_DURATION_SECONDS = 40;

/** metav1.MicroTime marshals with six fractional digits: 2026-01-01T00:00:10.000000Z. */
export const microTime = (rfc3339: string) => rfc3339.replace(/Z$/, ".000000Z");

export const leaseKind: KindSpec = {
  kind: "Lease", apiVersion: "coordination.k8s.io/v1", group: "coordination.k8s.io", resource: "leases",
  singular: "lease", shortNames: [], namespaced: true, statusSubresource: false, tracksGeneration: false,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Holder", priority: 0, cell: (o) => String(o.spec?.holderIdentity ?? "") },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
  ],
};
