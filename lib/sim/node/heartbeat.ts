// Kubelet node heartbeats (pkg/kubelet/kubelet_node_status.go, pkg/kubelet/nodelease): every
// nodeStatusUpdateFrequency (10 s) the kubelet renews its Lease in kube-node-lease and computes
// the node status; it posts the status only when something changed or nodeStatusReportFrequency
// (5 min) passed. A stopped kubelet (failNode) does neither, which is what the node lifecycle
// controller notices. The loop is a periodic timer per node, so settle() does not wait for it.
import type { ControllerContext, KubeObject } from "../types";
import { NODE_LEASE_DURATION_SECONDS, NODE_LEASE_NAMESPACE, microTime } from "../kinds/lease";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const NODE_STATUS_UPDATE_MS = 10_000;
export const NODE_STATUS_REPORT_MS = 5 * 60_000;

export interface HeartbeatState {
  /** Nodes whose heartbeat loop runs, with the virtual ms of the last posted node status. */
  lastReport: Record<string, number>;
}

/** The healthy conditions the kubelet's setters compute (no pressure, ready). */
const HEALTHY: Record<string, [string, string, string]> = {
  MemoryPressure: ["False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"],
  DiskPressure: ["False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"],
  PIDPressure: ["False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"],
  Ready: ["True", "KubeletReady", "kubelet is posting ready status"],
};

/** Node registered (watch event): start its loop once and take the lease. */
export function startHeartbeat(node: string, hb: HeartbeatState, ctx: ControllerContext): void {
  if (hb.lastReport[node] !== undefined) return;
  hb.lastReport[node] = ctx.now();
  renewLease(node, ctx);
  ctx.schedule(NODE_STATUS_UPDATE_MS, { kind: "kubelet.heartbeat", payload: { node }, periodic: true });
}

/** One beat: renew the lease, post status when due or changed. `down`: the kubelet is stopped. */
export function heartbeat(node: string, hb: HeartbeatState, down: boolean, ctx: ControllerContext): void {
  const obj = ctx.lister.get("nodes", undefined, node);
  if (!obj) {
    delete hb.lastReport[node];
    return; // node deleted: the loop ends
  }
  ctx.schedule(NODE_STATUS_UPDATE_MS, { kind: "kubelet.heartbeat", payload: { node }, periodic: true });
  if (down) return;
  renewLease(node, ctx);
  postStatusIfNeeded(obj, hb, ctx);
}

/** Posts the status when a condition differs from the kubelet's view or the report is due. */
export function postStatusIfNeeded(obj: KubeObject, hb: HeartbeatState, ctx: ControllerContext, force = false): void {
  const node = obj.metadata.name;
  const conds: any[] = obj.status?.conditions ?? [];
  const changed = conds.some((c) => HEALTHY[c.type] && c.status !== HEALTHY[c.type]![0]);
  if (!force && !changed && ctx.now() - (hb.lastReport[node] ?? 0) < NODE_STATUS_REPORT_MS) return;
  hb.lastReport[node] = ctx.now();
  const now = ctx.timestamp();
  const wasReady = conds.find((c) => c.type === "Ready")?.status === "True";
  const conditions = conds.map((c) => {
    const h = HEALTHY[c.type];
    if (!h) return c;
    const transition = c.status !== h[0];
    return { ...c, status: h[0], reason: h[1], message: h[2], lastHeartbeatTime: now, ...(transition ? { lastTransitionTime: now } : {}) };
  });
  ctx.api.patch("nodes", undefined, node, { status: { conditions } }, { status: true });
  // setters.go ReadyCondition records the transition as a node event.
  if (!wasReady) ctx.event(obj, "Normal", "NodeReady", `Node ${node} status is now: NodeReady`);
}

function renewLease(node: string, ctx: ControllerContext): void {
  const renewTime = microTime(ctx.timestamp());
  const lease = ctx.lister.get("leases", NODE_LEASE_NAMESPACE, node);
  if (lease) {
    ctx.api.patch("leases", NODE_LEASE_NAMESPACE, node, { spec: { renewTime } });
    return;
  }
  const obj = ctx.lister.get("nodes", undefined, node);
  ctx.api.create({
    apiVersion: "coordination.k8s.io/v1",
    kind: "Lease",
    metadata: {
      name: node,
      namespace: NODE_LEASE_NAMESPACE,
      ...(obj ? { ownerReferences: [{ apiVersion: "v1", kind: "Node", name: node, uid: obj.metadata.uid }] } : {}),
    },
    spec: { holderIdentity: node, leaseDurationSeconds: NODE_LEASE_DURATION_SECONDS, renewTime },
  });
}
