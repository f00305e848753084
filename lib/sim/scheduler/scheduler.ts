// kube-scheduler: one pod at a time, filter → score → pick (ties by the seeded PRNG) → bind.
import type { Controller, ControllerContext, KubeObject, PluginResult, WatchEvent } from "../types";
import { addPod, emptyState, ownerUid, syncPod, usageOf, type SchedulerState } from "./cache";
import { fitErrorMessage, type NodeDiagnosis } from "./fiterror";
import {
  balancedAllocationScore, hostPorts, intolerablePreferNoSchedule, leastAllocatedScore, nodeAffinity, nodeName,
  nodePorts, nodeUnschedulable, resourcesFit, taintToleration, volumeBinding, volumeDemands, type FilterResult,
  type VolumeDemands,
} from "./plugins";
import { nodeAllocatable, nonZeroRequests, podRequests } from "./resources";
import { preFilterFitError, volumeBindingPreFilter } from "./volumebinding";

export const SCHEDULER_NAME = "default-scheduler";
const RETRY = "~retry";
/** Retry only pods waiting on VolumeBinding whose claims now let them through. */
const RETRY_VOLUMES = "~retry-volumes";
const MAX_UNSCHEDULABLE = 10_000;

const podKey = (p: KubeObject) => `${p.metadata.namespace}/${p.metadata.name}`;
const wantsScheduling = (p: KubeObject) =>
  !p.spec?.nodeName && (p.spec?.schedulerName ?? SCHEDULER_NAME) === SCHEDULER_NAME && !p.metadata.deletionTimestamp &&
  !(p.spec?.schedulingGates?.length);

/** Node changes that can make a pod fit: spec (taints, cordon), labels, allocatable. */
function nodeChangedForScheduling(e: WatchEvent): boolean {
  if (e.type !== "MODIFIED" || !e.oldObject) return true;
  const a = e.oldObject, b = e.object;
  return JSON.stringify([a.spec, a.metadata.labels, a.status?.allocatable]) !== JSON.stringify([b.spec, b.metadata.labels, b.status?.allocatable]);
}

export const scheduler: Controller = {
  name: SCHEDULER_NAME,
  watches: ["pods", "nodes", "persistentvolumeclaims", "storageclasses"],
  keysFor(e: WatchEvent): string[] {
    if (e.resource === "nodes") return nodeChangedForScheduling(e) ? [RETRY] : [];
    // A claim bound, created or deleted, or a new class, can let a pod waiting on VolumeBinding in.
    if (e.resource === "persistentvolumeclaims" || e.resource === "storageclasses") return [RETRY_VOLUMES];
    const key = podKey(e.object);
    if (e.type !== "DELETED" && wantsScheduling(e.object)) {
      // Our own status patch (PodScheduled=False) must not trigger another attempt.
      const o = e.oldObject;
      // Status writes keep the spec object itself, so most checks end at the identity test.
      if (e.type === "MODIFIED" && o && (o.spec === e.object.spec || JSON.stringify(o.spec) === JSON.stringify(e.object.spec))) return [];
      return [`s:${key}`];
    }
    return [`a:${key}`];
  },
  reconcile(key: string, ctx: ControllerContext): void {
    const state = ctx.state(emptyState);
    if (key === RETRY) return retryUnschedulable(state, ctx);
    if (key === RETRY_VOLUMES) return retryUnschedulable(state, ctx, (p) => (p.spec?.volumes ?? []).some((v: { persistentVolumeClaim?: unknown }) => v.persistentVolumeClaim) && volumeBindingPreFilter(p, ctx.lister) === undefined);
    const [kind, rest] = [key.slice(0, 2), key.slice(2)];
    const [ns, name] = rest.split("/") as [string, string];
    const pod = ctx.lister.get("pods", ns, name);
    if (kind === "a:") {
      // Resources freed on a node may let waiting pods fit.
      if (syncPod(state, rest, pod)) retryUnschedulable(state, ctx);
      return;
    }
    if (pod && wantsScheduling(pod)) schedulePod(pod, state, ctx);
  },
};

function retryUnschedulable(state: SchedulerState, ctx: ControllerContext, only?: (pod: KubeObject) => boolean): void {
  const waiting = state.unschedulable;
  state.unschedulable = [];
  for (const key of waiting) {
    const [ns, name] = key.split("/") as [string, string];
    const pod = ctx.lister.get("pods", ns, name);
    if (pod && only && wantsScheduling(pod) && !only(pod)) state.unschedulable.push(key);
    else if (pod && wantsScheduling(pod)) schedulePod(pod, state, ctx);
  }
}

interface Evaluated { node: KubeObject; filters: readonly PluginResult[]; fail?: FilterResult; score?: number }

// Parsed allocatable per node object (objects are immutable, so the object is the cache key).
const allocCache = new WeakMap<KubeObject, ReturnType<typeof nodeAllocatable>>();
function allocatableOf(node: KubeObject) {
  let a = allocCache.get(node);
  if (!a) allocCache.set(node, (a = nodeAllocatable(node)));
  return a;
}

const FILTERS = ["NodeUnschedulable", "NodeName", "TaintToleration", "NodeAffinity", "NodePorts", "NodeResourcesFit", "VolumeBinding"] as const;
const SCORES = ["NodeResourcesFit", "NodeResourcesBalancedAllocation", "PodTopologySpread", "TaintToleration"] as const;

// The trace keeps every node's plugin verdicts for every attempt (tens of thousands of entries),
// and most verdicts repeat: "passed", the same taint on the control-plane node, scores 0-100. The
// entries are built from shared frozen results, so an attempt costs a few objects per node, not
// a dozen. Trace readers treat entries as read-only data; a snapshot copies them like any other.
const PASSED: readonly PluginResult[] = FILTERS.map((plugin) => Object.freeze({ plugin, result: "passed" }));
const ALL_PASSED: readonly PluginResult[] = Object.freeze([...PASSED]);
const CACHE_LIMIT = 4096;
/** "<filter index>\0<reasons>" → the node's whole filter list ending in that failure. */
const failedLists = new Map<string, readonly PluginResult[]>();
/** score plugin index × 1000 + score → its frozen result. */
const scoreResults = new Map<number, PluginResult>();

function failedList(i: number, reasons: string): readonly PluginResult[] {
  const k = `${i}\u0000${reasons}`;
  let list = failedLists.get(k);
  if (!list) {
    if (failedLists.size >= CACHE_LIMIT) failedLists.clear();
    list = Object.freeze([...PASSED.slice(0, i), Object.freeze({ plugin: FILTERS[i]!, result: reasons })]);
    failedLists.set(k, list);
  }
  return list;
}

function scoreResult(i: number, score: number): PluginResult {
  const k = i * 1000 + score;
  let r = scoreResults.get(k);
  if (!r) {
    if (scoreResults.size >= CACHE_LIMIT) scoreResults.clear();
    r = Object.freeze({ plugin: SCORES[i]!, result: "passed", score });
    scoreResults.set(k, r);
  }
  return r;
}

interface PodFacts { ports: string[]; req: ReturnType<typeof podRequests>; volumes: VolumeDemands | undefined }

function runFilter(i: number, pod: KubeObject, node: KubeObject, state: SchedulerState, { ports, req, volumes }: PodFacts): FilterResult | undefined {
  switch (i) {
    case 0: return nodeUnschedulable(pod, node);
    case 1: return nodeName(pod, node);
    case 2: return taintToleration(pod, node);
    case 3: return nodeAffinity(pod, node);
    case 4: return ports.length ? nodePorts(ports, new Set(usageOf(state, node.metadata.name).ports)) : undefined;
    case 5: return resourcesFit(req, allocatableOf(node), usageOf(state, node.metadata.name));
    default: return volumeBinding(volumes, node);
  }
}

function evaluateNode(pod: KubeObject, node: KubeObject, state: SchedulerState, facts: PodFacts): Evaluated {
  // Upstream stops at the first failing filter for a node.
  for (let i = 0; i < FILTERS.length; i++) {
    const r = runFilter(i, pod, node, state, facts);
    if (r) return { node, filters: failedList(i, r.reasons.join(", ")), fail: r };
  }
  return { node, filters: ALL_PASSED };
}

function scoreNodes(pod: KubeObject, feasible: Evaluated[], state: SchedulerState): void {
  const req = nonZeroRequests(pod);
  const owner = ownerUid(pod);
  const counts = feasible.map((e) => (owner ? usageOf(state, e.node.metadata.name).owners[owner] ?? 0 : 0));
  const maxCount = Math.max(0, ...counts);
  const taintCounts = feasible.map((e) => intolerablePreferNoSchedule(pod, e.node));
  const maxTaints = Math.max(0, ...taintCounts);
  feasible.forEach((e, i) => {
    const alloc = allocatableOf(e.node);
    const u = usageOf(state, e.node.metadata.name);
    const least = leastAllocatedScore(req, alloc, u);
    const balanced = balancedAllocationScore(req, alloc, u);
    const spread = maxCount === 0 ? 100 : Math.floor((100 * (maxCount - counts[i]!)) / maxCount);
    const taint = maxTaints === 0 ? 100 : Math.floor((100 * (maxTaints - taintCounts[i]!)) / maxTaints);
    // Default profile weights: Fit 1, BalancedAllocation 1, PodTopologySpread 2, TaintToleration 3.
    e.score = least + balanced + 2 * spread + 3 * taint;
    e.filters = [...PASSED, scoreResult(0, least), scoreResult(1, balanced), scoreResult(2, spread), scoreResult(3, taint)];
  });
}

function schedulePod(pod: KubeObject, state: SchedulerState, ctx: ControllerContext): void {
  const key = podKey(pod);
  const nodes = ctx.lister.list("nodes");
  const rejected = nodes.length > 0 ? volumeBindingPreFilter(pod, ctx.lister) : undefined;
  if (rejected !== undefined) {
    const message = preFilterFitError(nodes.length, rejected);
    ctx.trace({ type: "schedule", pod: key, node: null, message, nodes: [] });
    if (!state.unschedulable.includes(key) && state.unschedulable.length < MAX_UNSCHEDULABLE) state.unschedulable.push(key);
    markUnschedulable(pod, message, ctx);
    return;
  }
  const req = podRequests(pod);
  const ports = hostPorts(pod);
  const facts: PodFacts = { ports, req, volumes: volumeDemands(pod, ctx.lister) };
  const evaluated = nodes.map((n) => evaluateNode(pod, n, state, facts));
  const feasible = evaluated.filter((e) => !e.fail);
  const traceNodes = () => evaluated.map((e) => ({ node: e.node.metadata.name, filters: e.filters, score: e.score }));
  if (feasible.length === 0) {
    const message = fitErrorMessage(nodes.length, evaluated.map((e) => e.fail as NodeDiagnosis));
    ctx.trace({ type: "schedule", pod: key, node: null, message, nodes: traceNodes() });
    if (!state.unschedulable.includes(key) && state.unschedulable.length < MAX_UNSCHEDULABLE) state.unschedulable.push(key);
    markUnschedulable(pod, message, ctx);
    return;
  }
  scoreNodes(pod, feasible, state);
  const best = Math.max(...feasible.map((e) => e.score ?? 0));
  const top = feasible.filter((e) => e.score === best);
  const chosen = top.length === 1 ? top[0]! : top[ctx.random.int(top.length)]!;
  const nodeName = chosen.node.metadata.name;
  ctx.trace({ type: "schedule", pod: key, node: nodeName, message: `Successfully assigned ${key} to ${nodeName}`, nodes: traceNodes() });
  bind(pod, nodeName, ctx);
  addPod(state, key, pod, nodeName, req);
}

function bind(pod: KubeObject, node: string, ctx: ControllerContext): void {
  const { namespace, name, uid } = pod.metadata;
  // DefaultBinder: one Binding; the API server sets spec.nodeName and PodScheduled in one write.
  ctx.api.create({ apiVersion: "v1", kind: "Binding", metadata: { name, namespace, uid }, target: { kind: "Node", name: node } });
  ctx.event(pod, "Normal", "Scheduled", `Successfully assigned ${namespace}/${name} to ${node}`);
}

function markUnschedulable(pod: KubeObject, message: string, ctx: ControllerContext): void {
  ctx.event(pod, "Warning", "FailedScheduling", message);
  const old = (pod.status?.conditions ?? []).find((c: { type: string }) => c.type === "PodScheduled");
  if (old && old.status === "False" && old.message === message) return;
  const conditions = (pod.status?.conditions ?? []).filter((c: { type: string }) => c.type !== "PodScheduled");
  conditions.push({ type: "PodScheduled", status: "False", lastProbeTime: null, lastTransitionTime: ctx.timestamp(), reason: "Unschedulable", message });
  ctx.api.patch("pods", pod.metadata.namespace, pod.metadata.name, { status: { conditions } }, { status: true });
}

