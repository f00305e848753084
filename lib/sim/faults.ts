// Scripted faults an exercise or the learner can inject. Each acts through the component that
// would notice it in a real cluster (kubelet, node-lifecycle controller, API) and is traced.
import type { ControllerContext, KubeObject } from "./types";
import { kubelet, killContainer as kubeletKill, setNodeDown } from "./node/kubelet";

export interface FaultContexts {
  /** Context whose API user and trace entries stand for the fault injector / kubectl. */
  ctx: ControllerContext;
  kubelet: ControllerContext;
  /** Unused since the node lifecycle controller notices silence from heartbeats; kept for callers. */
  lifecycle?: ControllerContext;
}

const fault = (c: FaultContexts, target: string, action: string, message: string) =>
  c.ctx.trace({ type: "fault", target, action, message });

export function killContainer(c: FaultContexts, namespace: string, pod: string, container: string): boolean {
  const ok = kubeletKill(c.kubelet, `${namespace}/${pod}`, container);
  fault(c, `${namespace}/${pod}`, "killContainer", ok ? `killed container ${container} (exit 137)` : `container ${container} is not running`);
  return ok;
}

export function deletePod(c: FaultContexts, namespace: string, pod: string): void {
  fault(c, `${namespace}/${pod}`, "deletePod", `deleted pod ${namespace}/${pod}`);
  c.ctx.api.delete("pods", namespace, pod);
}

/**
 * The kubelet stops: no lease renewals, no node status, no pod work (its timers wait). The node
 * lifecycle controller notices on its own after nodeMonitorGracePeriod (50 s).
 */
export function failNode(c: FaultContexts, node: string): void {
  fault(c, node, "failNode", `kubelet on ${node} stopped (no heartbeats, no status updates, no pod changes)`);
  setNodeDown(c.kubelet, node, true);
}

/** The kubelet is back: it posts Ready at once, replays its deferred work and resyncs pods. */
export function recoverNode(c: FaultContexts, node: string): void {
  fault(c, node, "recoverNode", `kubelet on ${node} is back`);
  setNodeDown(c.kubelet, node, false);
  // The kubelet resyncs its pods: pods deleted meanwhile are stopped now.
  for (const pod of c.kubelet.lister.list("pods")) {
    if (pod.spec?.nodeName === node) kubelet.reconcile(`${pod.metadata.namespace}/${pod.metadata.name}`, c.kubelet);
  }
}

export function cordon(c: FaultContexts, node: string, unschedulable = true): void {
  fault(c, node, unschedulable ? "cordon" : "uncordon", `node/${node} ${unschedulable ? "cordoned" : "uncordoned"}`);
  c.ctx.api.patch("nodes", undefined, node, { spec: { unschedulable: unschedulable ? true : null } });
}

export const uncordon = (c: FaultContexts, node: string) => cordon(c, node, false);

const isDaemonSetPod = (p: KubeObject) => p.metadata.ownerReferences?.some((r) => r.controller && r.kind === "DaemonSet") ?? false;

/** Cordon, then evict every pod on the node except DaemonSet pods. Returns evicted pod keys. */
export function drain(c: FaultContexts, node: string): string[] {
  cordon(c, node);
  const evicted: string[] = [];
  for (const pod of c.ctx.lister.list("pods")) {
    if (pod.spec?.nodeName !== node || isDaemonSetPod(pod) || pod.metadata.deletionTimestamp) continue;
    c.ctx.api.delete("pods", pod.metadata.namespace, pod.metadata.name);
    evicted.push(`${pod.metadata.namespace}/${pod.metadata.name}`);
  }
  fault(c, node, "drain", `node/${node} drained (${evicted.length} pods evicted)`);
  return evicted;
}
