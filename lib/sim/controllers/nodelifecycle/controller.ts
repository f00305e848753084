// node-lifecycle-controller (pkg/controller/nodelifecycle) and the taint-eviction controller:
// every nodeMonitorPeriod (5 s) it looks at each node's last heartbeat — a new Ready
// lastHeartbeatTime or a renewed Lease in kube-node-lease. A node silent for longer than
// nodeMonitorGracePeriod (50 s since 1.32) gets every kubelet condition set to Unknown
// ("Kubelet stopped posting node status."), its pods Ready=False, and the taints that follow its
// Ready condition (unreachable for Unknown, not-ready for False; NoSchedule and NoExecute). Pods
// on a NoExecute-tainted node are deleted at once unless they tolerate the taint, or when their
// tolerationSeconds (300 s from DefaultTolerationSeconds) run out. When the kubelet posts Ready
// again the taints are removed.
import type { Controller, ControllerContext, KubeObject } from "../../types";
import { NODE_LEASE_NAMESPACE } from "../../kinds/lease";
import { contextVirtualMs as virtualMsOf } from "../../node/time";
import { toleratesTaint } from "../../scheduler/plugins";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const NODE_MONITOR_PERIOD_MS = 5_000;
export const NODE_MONITOR_GRACE_MS = 50_000;
export const UNREACHABLE = "node.kubernetes.io/unreachable";
export const NOT_READY = "node.kubernetes.io/not-ready";

interface Health { probeMs: number; heartbeat: string; renew: string }
export interface LifecycleState {
  monitoring?: boolean;
  health: Record<string, Health>;
  /** Pending taint evictions by pod uid → due virtual ms (a timer is scheduled for each). */
  evictions: Record<string, number>;
}
const emptyState = (): LifecycleState => ({ health: {}, evictions: {} });
const MONITOR = "nodelifecycle.monitor";

export const nodeLifecycle: Controller = {
  name: "node-lifecycle-controller",
  watches: ["nodes", "pods"],
  keysFor: (e, lister) => {
    if (e.resource === "nodes") return [e.object.metadata.name];
    // A pod bound to a node that already has NoExecute taints (the taint manager watches pods).
    const node = e.type === "ADDED" ? (e.object.spec?.nodeName as string | undefined) : undefined;
    const taints: any[] = (node && lister.get("nodes", undefined, node)?.spec?.taints) || [];
    return node && taints.some((t) => t.effect === "NoExecute") ? [node] : [];
  },
  reconcile(node, ctx) {
    const st = ctx.state(emptyState);
    if (!st.monitoring) {
      st.monitoring = true;
      ctx.schedule(NODE_MONITOR_PERIOD_MS, { kind: MONITOR, payload: null, periodic: true });
    }
    const obj = ctx.lister.get("nodes", undefined, node);
    if (!obj) return void delete st.health[node];
    st.health[node] ??= { probeMs: ctx.now(), heartbeat: readyOf(obj)?.lastHeartbeatTime ?? "", renew: leaseRenew(node, ctx) };
    syncTaints(obj, ctx);
  },
  timers: {
    [MONITOR]: (_p, ctx) => {
      ctx.schedule(NODE_MONITOR_PERIOD_MS, { kind: MONITOR, payload: null, periodic: true });
      for (const node of ctx.lister.list("nodes")) monitorNode(node, ctx);
    },
    "nodelifecycle.evict": (p, ctx) => evict(p as { ns: string; name: string; uid: string }, ctx),
  },
};

const readyOf = (node: KubeObject): any => (node.status?.conditions ?? []).find((c: any) => c.type === "Ready");
const leaseRenew = (node: string, ctx: ControllerContext): string =>
  String(ctx.lister.get("leases", NODE_LEASE_NAMESPACE, node)?.spec?.renewTime ?? "");

/** tryUpdateNodeHealth + the NotReady bookkeeping of monitorNodeHealth for one node. */
function monitorNode(obj: KubeObject, ctx: ControllerContext): void {
  const st = ctx.state(emptyState);
  const name = obj.metadata.name;
  const ready = readyOf(obj);
  const heartbeat = ready?.lastHeartbeatTime ?? "";
  const renew = leaseRenew(name, ctx);
  const h = (st.health[name] ??= { probeMs: ctx.now(), heartbeat, renew });
  if (h.heartbeat !== heartbeat || h.renew !== renew) {
    h.probeMs = ctx.now();
    h.heartbeat = heartbeat;
    h.renew = renew;
  }
  if (ctx.now() - h.probeMs <= NODE_MONITOR_GRACE_MS || !ready || ready.status === "Unknown") return;
  const now = ctx.timestamp();
  const conditions = (obj.status?.conditions ?? []).map((c: any) =>
    ["Ready", "MemoryPressure", "DiskPressure", "PIDPressure"].includes(c.type)
      ? { ...c, status: "Unknown", reason: "NodeStatusUnknown", message: "Kubelet stopped posting node status.", lastTransitionTime: now }
      : c);
  ctx.api.patch("nodes", undefined, name, { status: { conditions } }, { status: true });
  ctx.trace({ type: "reconcile", controller: "node-lifecycle-controller", key: name, message: `no heartbeat for ${NODE_MONITOR_GRACE_MS / 1000}s: conditions Unknown` });
  if (ready.status === "True") ctx.event(obj, "Normal", "NodeNotReady", `Node ${name} status is now: NodeNotReady`);
  markPodsNotReady(name, ctx);
}

/** controller/util/node MarkPodsNotReady: only the Ready condition goes False, with an event. */
function markPodsNotReady(node: string, ctx: ControllerContext): void {
  for (const pod of ctx.lister.list("pods")) {
    if (pod.spec?.nodeName !== node) continue;
    const conds: any[] = pod.status?.conditions ?? [];
    const ready = conds.find((c) => c.type === "Ready");
    if (!ready || ready.status === "False") continue;
    const conditions = conds.map((c) => (c.type === "Ready" ? { ...c, status: "False", lastTransitionTime: ctx.timestamp() } : c));
    ctx.api.patch("pods", pod.metadata.namespace, pod.metadata.name, { status: { conditions } }, { status: true });
    ctx.event(pod, "Warning", "NodeNotReady", "Node is not ready");
  }
}

/** Taints that follow the Ready condition (NoSchedule: TaintNodesByCondition; NoExecute: eviction). */
function syncTaints(obj: KubeObject, ctx: ControllerContext): void {
  const status = readyOf(obj)?.status;
  const want = status === "Unknown" ? UNREACHABLE : status === "False" ? NOT_READY : undefined;
  const taints: any[] = obj.spec?.taints ?? [];
  const ours = (t: any) => t.key === UNREACHABLE || t.key === NOT_READY;
  const have = taints.filter(ours);
  const wanted = want ? [{ key: want, effect: "NoSchedule" }, { key: want, effect: "NoExecute" }] : [];
  const same = have.length === wanted.length && wanted.every((w) => have.some((t) => t.key === w.key && t.effect === w.effect));
  if (!same) {
    const now = ctx.timestamp();
    const next = [...taints.filter((t) => !ours(t)),
      ...wanted.map((w) => have.find((t) => t.key === w.key && t.effect === w.effect) ?? (w.effect === "NoExecute" ? { ...w, timeAdded: now } : w))];
    ctx.api.patch("nodes", undefined, obj.metadata.name, { spec: { taints: next.length ? next : null } });
    if (want) ctx.trace({ type: "reconcile", controller: "node-lifecycle-controller", key: obj.metadata.name, message: `tainted ${want}` });
    return; // the write comes back as a watch event; evictions are planned from it
  }
  planEvictions(obj, ctx);
}

/**
 * taint-eviction-controller: for each pod on the node, an untolerated NoExecute taint evicts at
 * once; tolerated taints evict at timeAdded + the smallest tolerationSeconds; no tolerationSeconds
 * means forever.
 */
function planEvictions(node: KubeObject, ctx: ControllerContext): void {
  const st = ctx.state(emptyState);
  const noExecute = (node.spec?.taints ?? []).filter((t: any) => t.effect === "NoExecute");
  if (noExecute.length === 0) return;
  for (const pod of ctx.lister.list("pods")) {
    if (pod.spec?.nodeName !== node.metadata.name || pod.metadata.deletionTimestamp) continue;
    const due = evictionDue(pod, noExecute, ctx);
    if (due === undefined || st.evictions[pod.metadata.uid] !== undefined) continue;
    st.evictions[pod.metadata.uid] = due;
    ctx.schedule(Math.max(0, due - ctx.now()), { kind: "nodelifecycle.evict", payload: { ns: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid } });
  }
}

/** Virtual ms at which the pod must go, or undefined when it tolerates the taints forever. */
function evictionDue(pod: KubeObject, noExecute: any[], ctx: ControllerContext): number | undefined {
  const tols: any[] = pod.spec?.tolerations ?? [];
  let due: number | undefined;
  for (const taint of noExecute) {
    const matching = tols.filter((t) => toleratesTaint(t, taint));
    if (matching.length === 0) return ctx.now();
    const secs = matching.filter((t) => t.tolerationSeconds !== undefined && t.tolerationSeconds !== null).map((t) => Math.max(0, Number(t.tolerationSeconds)));
    if (secs.length === 0) continue; // tolerated forever
    const t = taint.timeAdded ? virtualMsOf(taint.timeAdded, ctx) : NaN;
    const added = Number.isFinite(t) ? t : ctx.now();
    const at = added + Math.min(...secs) * 1000;
    due = due === undefined ? at : Math.min(due, at);
  }
  return due;
}

function evict(p: { ns: string; name: string; uid: string }, ctx: ControllerContext): void {
  const st = ctx.state(emptyState);
  delete st.evictions[p.uid];
  const pod = ctx.lister.get("pods", p.ns, p.name);
  if (!pod || pod.metadata.uid !== p.uid || pod.metadata.deletionTimestamp) return;
  const node = ctx.lister.get("nodes", undefined, pod.spec.nodeName);
  const noExecute = (node?.spec?.taints ?? []).filter((t: any) => t.effect === "NoExecute");
  const due = noExecute.length ? evictionDue(pod, noExecute, ctx) : undefined;
  if (due === undefined || due > ctx.now()) return; // taint gone or tolerated meanwhile
  const conditions = [...(pod.status?.conditions ?? []).filter((c: any) => c.type !== "DisruptionTarget"),
    { type: "DisruptionTarget", status: "True", lastProbeTime: null, lastTransitionTime: ctx.timestamp(), reason: "DeletionByTaintManager", message: "Taint manager: deleting due to NoExecute taint" }];
  ctx.api.patch("pods", p.ns, p.name, { status: { conditions } }, { status: true });
  ctx.event(pod, "Normal", "TaintManagerEviction", `Marking for deletion Pod ${p.ns}/${p.name}`);
  ctx.api.delete("pods", p.ns, p.name);
}
