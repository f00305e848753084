// The scheduler cache: per-node sums of requests of bound pods, kept incrementally (a pod is
// added when it is bound and removed when it is deleted or finishes), so a scheduling attempt is
// O(nodes), not O(pods). Plain data: it lives in ctx.state and travels in snapshots.
import type { KubeObject } from "../types";
import { hostPorts } from "./plugins";
import { podRequests, type Resources } from "./resources";

export interface NodeUsage extends Resources {
  ports: string[];
  /** Pods per controller owner uid, for spreading. */
  owners: Record<string, number>;
}

export interface AccountedPod { node: string; milliCPU: number; memory: number; ports: string[]; owner?: string }

export interface SchedulerState {
  usage: Record<string, NodeUsage>;
  pods: Record<string, AccountedPod>;
  /** Pods that failed to schedule, retried when the cluster changes (FIFO by first failure). */
  unschedulable: string[];
}

export const emptyState = (): SchedulerState => ({ usage: {}, pods: {}, unschedulable: [] });

export const ownerUid = (pod: KubeObject) => pod.metadata.ownerReferences?.find((r) => r.controller)?.uid;

const terminal = (pod: KubeObject) => pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";

export function usageOf(state: SchedulerState, node: string): NodeUsage {
  return (state.usage[node] ??= { milliCPU: 0, memory: 0, pods: 0, ports: [], owners: {} });
}

export function addPod(state: SchedulerState, key: string, pod: KubeObject, node: string, req = podRequests(pod)): void {
  if (state.pods[key]) return;
  const rec: AccountedPod = { node, milliCPU: req.milliCPU, memory: req.memory, ports: hostPorts(pod), owner: ownerUid(pod) };
  state.pods[key] = rec;
  const u = usageOf(state, node);
  u.milliCPU += rec.milliCPU;
  u.memory += rec.memory;
  u.pods += 1;
  u.ports.push(...rec.ports);
  if (rec.owner) u.owners[rec.owner] = (u.owners[rec.owner] ?? 0) + 1;
}

export function removePod(state: SchedulerState, key: string): boolean {
  const rec = state.pods[key];
  if (!rec) return false;
  delete state.pods[key];
  const u = usageOf(state, rec.node);
  u.milliCPU -= rec.milliCPU;
  u.memory -= rec.memory;
  u.pods -= 1;
  for (const p of rec.ports) {
    const i = u.ports.indexOf(p);
    if (i >= 0) u.ports.splice(i, 1);
  }
  if (rec.owner && u.owners[rec.owner]) {
    u.owners[rec.owner]! -= 1;
    if (u.owners[rec.owner] === 0) delete u.owners[rec.owner];
  }
  return true;
}

/** Bring one pod's accounting in line with the object now in the store (undefined: gone). */
export function syncPod(state: SchedulerState, key: string, pod: KubeObject | undefined): boolean {
  const bound = pod?.spec?.nodeName && !terminal(pod) ? (pod.spec.nodeName as string) : undefined;
  const rec = state.pods[key];
  if (rec && rec.node === bound) return false;
  const freed = rec ? removePod(state, key) : false;
  if (bound && pod) addPod(state, key, pod, bound);
  return freed;
}
