// The simulator's public contract (see DESIGN.md "The simulator contract"). The UI, the grader
// and tests outside lib/sim use only this module.
export { createCluster, restoreCluster } from "./cluster";
export type { Cluster, ClusterOptions, KubectlOutput } from "./cluster";
export type { NodeSpec } from "./node";
export type { TraceEvent } from "./types";
export { resolveFenceposts } from "./controllers/deployment/fenceposts";
export { parseSelector } from "./labels/parser";
export { parseQuantity } from "./util/quantity";
export { humanDuration } from "./util/duration";
export { CLOUD_PROVIDER_KIND_MANIFEST, INGRESS_NGINX_MANIFEST } from "./network/addons";
