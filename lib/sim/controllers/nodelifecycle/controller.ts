// node-lifecycle-controller: a node whose kubelet stopped posting status for the grace period
// (nodeMonitorGracePeriod, 40 s in 1.34) gets Ready=Unknown and the unreachable taints; the
// taint-eviction controller then deletes its pods once their toleration (300 s by default) runs
// out. When the kubelet comes back, conditions return to True and the taints go away.
import type { Controller, ControllerContext, KubeObject } from "../../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const NODE_MONITOR_GRACE_MS = 40_000;
const UNREACHABLE = "node.kubernetes.io/unreachable";

export interface LifecycleState { silentSince: Record<string, number> }
const emptyState = (): LifecycleState => ({ silentSince: {} });

export const nodeLifecycle: Controller = {
  name: "node-lifecycle-controller",
  watches: [],
  keysFor: () => [],
  reconcile: () => undefined,
  timers: {
    "nodelifecycle.monitor": (p, ctx) => monitor((p as { node: string; since: number }).node, (p as { since: number }).since, ctx),
    "nodelifecycle.evict": (p, ctx) => evict(p as { node: string; since: number; ns: string; name: string; uid: string }, ctx),
  },
};

/** Called by the failNode fault: the kubelet went silent now. */
export function nodeWentSilent(ctx: ControllerContext, node: string): void {
  const st = ctx.state(emptyState);
  if (st.silentSince[node] !== undefined) return;
  st.silentSince[node] = ctx.now();
  ctx.schedule(NODE_MONITOR_GRACE_MS, { kind: "nodelifecycle.monitor", payload: { node, since: ctx.now() } });
}

function monitor(node: string, since: number, ctx: ControllerContext): void {
  const st = ctx.state(emptyState);
  if (st.silentSince[node] !== since) return;
  const obj = ctx.lister.get("nodes", undefined, node);
  if (!obj) return;
  const now = ctx.timestamp();
  const conditions = (obj.status?.conditions ?? []).map((c: any) => ({
    ...c, status: "Unknown", lastTransitionTime: now, reason: "NodeStatusUnknown", message: "Kubelet stopped posting node status.",
  }));
  ctx.api.patch("nodes", undefined, node, { status: { conditions } }, { status: true });
  const taints = [...(obj.spec?.taints ?? []).filter((t: any) => t.key !== UNREACHABLE),
    { key: UNREACHABLE, effect: "NoSchedule" }, { key: UNREACHABLE, effect: "NoExecute", timeAdded: now }];
  ctx.api.patch("nodes", undefined, node, { spec: { taints } });
  ctx.event(obj, "Normal", "NodeNotReady", `Node ${node} status is now: NodeNotReady`);
  ctx.trace({ type: "reconcile", controller: "node-lifecycle-controller", key: node, message: "node stopped posting status: Ready=Unknown, tainted unreachable" });
  for (const pod of ctx.lister.list("pods")) {
    if (pod.spec?.nodeName !== node || pod.metadata.deletionTimestamp) continue;
    markNotReady(pod, ctx);
    const tol = (pod.spec?.tolerations ?? []).find((t: any) => (t.key === UNREACHABLE || (!t.key && t.operator === "Exists")) && (!t.effect || t.effect === "NoExecute"));
    if (tol && tol.tolerationSeconds === undefined) continue; // tolerates forever (DaemonSet pods)
    const delay = tol ? Math.max(0, tol.tolerationSeconds) * 1000 : 0;
    ctx.schedule(delay, { kind: "nodelifecycle.evict", payload: { node, since, ns: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid } });
  }
}

function markNotReady(pod: KubeObject, ctx: ControllerContext): void {
  const conditions = (pod.status?.conditions ?? []).map((c: any) =>
    c.type === "Ready" || c.type === "ContainersReady" ? { ...c, status: "False", lastTransitionTime: ctx.timestamp() } : c);
  ctx.api.patch("pods", pod.metadata.namespace, pod.metadata.name, { status: { conditions } }, { status: true });
}

function evict(p: { node: string; since: number; ns: string; name: string; uid: string }, ctx: ControllerContext): void {
  if (ctx.state(emptyState).silentSince[p.node] !== p.since) return;
  const pod = ctx.lister.get("pods", p.ns, p.name);
  if (!pod || pod.metadata.uid !== p.uid || pod.metadata.deletionTimestamp) return;
  ctx.event(pod, "Normal", "TaintManagerEviction", `Marking for deletion Pod ${p.ns}/${p.name}`);
  ctx.api.delete("pods", p.ns, p.name);
}

/** Called by recoverNode: the kubelet posts Ready again and the taints are removed. */
export function nodeRecovered(ctx: ControllerContext, node: string): void {
  const st = ctx.state(emptyState);
  const wasSilent = st.silentSince[node] !== undefined;
  delete st.silentSince[node];
  const obj = ctx.lister.get("nodes", undefined, node);
  if (!obj || !wasSilent) return;
  const now = ctx.timestamp();
  const healthy: Record<string, [string, string, string]> = {
    MemoryPressure: ["False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"],
    DiskPressure: ["False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"],
    PIDPressure: ["False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"],
    Ready: ["True", "KubeletReady", "kubelet is posting ready status"],
  };
  const conditions = (obj.status?.conditions ?? []).map((c: any) => {
    const h = healthy[c.type];
    return h ? { ...c, status: h[0], reason: h[1], message: h[2], lastHeartbeatTime: now, lastTransitionTime: now } : c;
  });
  ctx.api.patch("nodes", undefined, node, { status: { conditions } }, { status: true });
  const taints = (obj.spec?.taints ?? []).filter((t: any) => t.key !== UNREACHABLE);
  ctx.api.patch("nodes", undefined, node, { spec: { taints: taints.length ? taints : null } });
  ctx.event(obj, "Normal", "NodeReady", `Node ${node} status is now: NodeReady`);
}
