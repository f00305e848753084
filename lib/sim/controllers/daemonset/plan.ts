// The DaemonSet controller's decisions as pure functions: which nodes need a pod and which
// pods go (daemon_controller.go podsShouldBeOnNode), which old pods a rolling update replaces
// (update.go rollingUpdate, maxSurge 0 and maxSurge > 0), and the status it reports
// (updateDaemonSetStatus). Nodes are visited in name order so runs are deterministic.
import type { KubeObject } from "../../types";
import { isPodAvailable, isPodReady } from "../podcontrol";
import { getScaledValueFromIntOrPercent } from "../../util/intstr";
import { nodeShouldRunDaemonPod } from "./nodes";

export const HASH_LABEL = "controller-revision-hash";
export const TEMPLATE_GENERATION_LABEL = "pod-template-generation";
export const TEMPLATE_GENERATION_ANNOTATION = "deprecated.daemonset.template.generation";

export type NodePods = ReadonlyMap<string, readonly KubeObject[]>;

/** podByCreationTimestampAndPhase: scheduled first, then oldest, then name. */
export function byAge(a: KubeObject, b: KubeObject): number {
  const sa = a.spec?.nodeName ? 0 : 1;
  const sb = b.spec?.nodeName ? 0 : 1;
  if (sa !== sb) return sa - sb;
  const ta = a.metadata.creationTimestamp;
  const tb = b.metadata.creationTimestamp;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

/** IsPodUpdated: the pod carries the current hash, or the current template generation. */
export function isPodUpdated(pod: KubeObject, hash: string, ds: KubeObject): boolean {
  const gen = ds.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION];
  const labels = pod.metadata.labels ?? {};
  return (hash !== "" && labels[HASH_LABEL] === hash) || (gen !== undefined && labels[TEMPLATE_GENERATION_LABEL] === gen);
}

export interface ManagePlan {
  nodesNeedingPods: string[];
  /** Pods to delete, each with the Warning event to record first when it failed. */
  podsToDelete: { pod: KubeObject; failedOn?: string }[];
}

const allowSurge = (ds: KubeObject) => ds.spec?.updateStrategy?.type === "RollingUpdate" && surgeOf(ds, 1) > 0;
function surgeOf(ds: KubeObject, total: number): number {
  const v = ds.spec?.updateStrategy?.rollingUpdate?.maxSurge;
  return v === undefined || v === null ? 0 : getScaledValueFromIntOrPercent(v, total, true);
}

/** manage(): per node, create a missing pod or delete failed, excess and misplaced pods. */
export function planManage(ds: KubeObject, nodes: readonly KubeObject[], nodePods: NodePods, hash: string, now: number): ManagePlan {
  const plan: ManagePlan = { nodesNeedingPods: [], podsToDelete: [] };
  const known = new Set(nodes.map((n) => n.metadata.name));
  for (const node of nodes) {
    const { shouldRun, shouldContinueRunning } = nodeShouldRunDaemonPod(node, ds);
    const pods = nodePods.get(node.metadata.name) ?? [];
    if (shouldRun && pods.length === 0) {
      plan.nodesNeedingPods.push(node.metadata.name);
    } else if (shouldContinueRunning) {
      const running: KubeObject[] = [];
      for (const p of pods) {
        if (p.metadata.deletionTimestamp) continue;
        if (p.status?.phase === "Failed") plan.podsToDelete.push({ pod: p, failedOn: node.metadata.name });
        else running.push(p);
      }
      running.sort(byAge);
      if (!allowSurge(ds)) {
        for (const extra of running.slice(1)) plan.podsToDelete.push({ pod: extra });
        continue;
      }
      if (running.length === 0 && shouldRun) {
        plan.nodesNeedingPods.push(node.metadata.name);
        continue;
      }
      // Surge: keep the oldest new pod, and the oldest old pod only until the new one is available.
      let oldestNew: KubeObject | undefined;
      let oldestOld: KubeObject | undefined;
      for (const p of running) {
        if (isPodUpdated(p, hash, ds) && !oldestNew) oldestNew = p;
        else if (!isPodUpdated(p, hash, ds) && !oldestOld) oldestOld = p;
        else plan.podsToDelete.push({ pod: p });
      }
      if (oldestNew && oldestOld && (!isPodReady(oldestOld) || isPodAvailable(oldestNew, Number(ds.spec?.minReadySeconds ?? 0), now))) {
        plan.podsToDelete.push({ pod: oldestOld });
      }
    } else {
      for (const p of pods) if (!p.metadata.deletionTimestamp) plan.podsToDelete.push({ pod: p });
    }
  }
  // Pods meant for nodes that no longer exist (upstream: unscheduled ones here, bound ones by
  // the pod garbage collector, which the simulator folds in here).
  for (const [node, pods] of [...nodePods].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (known.has(node)) continue;
    for (const p of pods) if (!p.metadata.deletionTimestamp) plan.podsToDelete.push({ pod: p });
  }
  return plan;
}

/** findUpdatedPodsOnNode: at most one new and one old live pod, else not ok. */
function updatedPodsOnNode(pods: readonly KubeObject[], hash: string, ds: KubeObject): { newPod?: KubeObject; oldPod?: KubeObject; ok: boolean } {
  let newPod: KubeObject | undefined;
  let oldPod: KubeObject | undefined;
  for (const p of pods) {
    if (p.metadata.deletionTimestamp) continue;
    if (isPodUpdated(p, hash, ds)) {
      if (newPod) return { ok: false };
      newPod = p;
    } else {
      if (oldPod) return { ok: false };
      oldPod = p;
    }
  }
  return { newPod, oldPod, ok: true };
}

/** The desired count the rolling-update budget is computed against (updatedDesiredNodeCounts). */
export function rollingBudget(ds: KubeObject, desired: number): { maxSurge: number; maxUnavailable: number } {
  const ru = ds.spec?.updateStrategy?.rollingUpdate ?? {};
  const maxUnavailable = getScaledValueFromIntOrPercent(ru.maxUnavailable ?? 1, desired, true);
  const maxSurge = getScaledValueFromIntOrPercent(ru.maxSurge ?? 0, desired, true);
  // Both zero would stall the update; upstream falls back to one unavailable.
  return maxUnavailable === 0 && maxSurge === 0 ? { maxSurge, maxUnavailable: 1 } : { maxSurge, maxUnavailable };
}

/**
 * rollingUpdate. maxSurge 0: old pods already unavailable are replaced at once, available ones
 * only while fewer than maxUnavailable nodes are unavailable (manage() recreates deleted pods at
 * the new revision). maxSurge > 0: a new pod is started next to an old one (up to maxSurge at a
 * time) and the old one is deleted once the new one is available.
 */
export function planRollingUpdate(ds: KubeObject, nodePods: NodePods, hash: string, desired: number, now: number): { deletions: KubeObject[]; newNodes: string[] } {
  const { maxUnavailable, maxSurge } = rollingBudget(ds, desired);
  const minReady = Number(ds.spec?.minReadySeconds ?? 0);
  const nodeNames = [...nodePods.keys()].sort();
  if (maxSurge > 0) {
    let numSurge = 0;
    const allowed: string[] = [];
    const candidates: string[] = [];
    const deletions: KubeObject[] = [];
    for (const node of nodeNames) {
      const { newPod, oldPod, ok } = updatedPodsOnNode(nodePods.get(node)!, hash, ds);
      if (!ok) {
        numSurge++;
        continue;
      }
      if (!oldPod) continue;
      if (!newPod) {
        if (!isPodAvailable(oldPod, minReady, now)) allowed.push(node);
        else if (numSurge < maxSurge) candidates.push(node);
        continue;
      }
      if (!isPodAvailable(newPod, minReady, now)) numSurge++;
      else deletions.push(oldPod);
    }
    const remaining = Math.min(Math.max(0, maxSurge - numSurge), candidates.length);
    return { deletions, newNodes: [...allowed, ...candidates.slice(0, remaining)] };
  }
  let numUnavailable = 0;
  const allowed: KubeObject[] = [];
  const candidates: KubeObject[] = [];
  for (const node of nodeNames) {
    const { newPod, oldPod, ok } = updatedPodsOnNode(nodePods.get(node)!, hash, ds);
    if (!ok || (!newPod && !oldPod) || (newPod && oldPod)) {
      numUnavailable++;
      continue;
    }
    if (newPod) {
      if (!isPodAvailable(newPod, minReady, now)) numUnavailable++;
      continue;
    }
    if (!isPodAvailable(oldPod!, minReady, now)) {
      // Already down: replacing it costs nothing, but it counts against the budget.
      allowed.push(oldPod!);
      numUnavailable++;
    } else if (numUnavailable < maxUnavailable) candidates.push(oldPod!);
  }
  const remaining = Math.min(Math.max(0, maxUnavailable - numUnavailable), candidates.length);
  return { deletions: [...allowed, ...candidates.slice(0, remaining)], newNodes: [] };
}

export interface DaemonSetStatus {
  currentNumberScheduled: number;
  numberMisscheduled: number;
  desiredNumberScheduled: number;
  numberReady: number;
  observedGeneration?: number;
  updatedNumberScheduled?: number;
  numberAvailable?: number;
  numberUnavailable?: number;
  collisionCount?: number;
}

/** updateDaemonSetStatus; omitempty fields left out at zero as the API prints them. */
export function computeDaemonSetStatus(ds: KubeObject, nodes: readonly KubeObject[], nodePods: NodePods, hash: string, now: number, collisionCount: number): DaemonSetStatus {
  let desired = 0, current = 0, mis = 0, ready = 0, available = 0, updated = 0;
  const minReady = Number(ds.spec?.minReadySeconds ?? 0);
  for (const node of nodes) {
    const { shouldRun } = nodeShouldRunDaemonPod(node, ds);
    const pods = [...(nodePods.get(node.metadata.name) ?? [])].sort(byAge);
    if (shouldRun) {
      desired++;
      if (!pods.length) continue;
      current++;
      const pod = pods[0]!;
      if (isPodReady(pod)) {
        ready++;
        if (isPodAvailable(pod, minReady, now)) available++;
      }
      if (isPodUpdated(pod, hash, ds)) updated++;
    } else if (pods.length) {
      mis++;
    }
  }
  const s: DaemonSetStatus = { currentNumberScheduled: current, numberMisscheduled: mis, desiredNumberScheduled: desired, numberReady: ready };
  if (ds.metadata.generation) s.observedGeneration = ds.metadata.generation;
  if (updated) s.updatedNumberScheduled = updated;
  if (available) s.numberAvailable = available;
  if (desired - available) s.numberUnavailable = desired - available;
  if (collisionCount) s.collisionCount = collisionCount;
  return s;
}
