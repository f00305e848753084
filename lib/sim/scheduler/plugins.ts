// Filter and score plugins of the default profile, reduced to what the simulator models.
// Each filter returns undefined (passed) or the list of reasons upstream reports.
import type { KubeObject, Lister } from "../types";
import type { Resources } from "./resources";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface Taint { key: string; value?: string; effect: string }
export interface Toleration { key?: string; operator?: string; value?: string; effect?: string; tolerationSeconds?: number }

/** core/v1 Toleration.ToleratesTaint. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  const op = t.operator || "Equal";
  if (op === "Exists") return true;
  if (op === "Equal") return (t.value ?? "") === (taint.value ?? "");
  return false;
}

/** Status in the FitError/ trace, plus whether preemption could help (UnschedulableAndUnresolvable). */
export interface FilterResult { reasons: string[]; unresolvable: boolean }

export function nodeUnschedulable(pod: KubeObject, node: KubeObject): FilterResult | undefined {
  if (!node.spec?.unschedulable) return undefined;
  const tolerated = (pod.spec?.tolerations ?? []).some((t: Toleration) =>
    toleratesTaint(t, { key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" }));
  return tolerated ? undefined : { reasons: ["node(s) were unschedulable"], unresolvable: true };
}

export function nodeName(pod: KubeObject, node: KubeObject): FilterResult | undefined {
  const want = pod.spec?.nodeName;
  if (!want || want === node.metadata.name) return undefined;
  return { reasons: ["node(s) didn't match the requested node name"], unresolvable: true };
}

export function taintToleration(pod: KubeObject, node: KubeObject): FilterResult | undefined {
  const tols: Toleration[] = pod.spec?.tolerations ?? [];
  for (const taint of (node.spec?.taints ?? []) as Taint[]) {
    if (taint.effect !== "NoSchedule" && taint.effect !== "NoExecute") continue;
    if (tols.some((t) => toleratesTaint(t, taint))) continue;
    return { reasons: [`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ""}}`], unresolvable: true };
  }
  return undefined;
}

function matchExpression(e: any, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, e.key);
  const v = labels[e.key];
  const vals: string[] = e.values ?? [];
  switch (e.operator) {
    case "In": return has && vals.includes(v!);
    case "NotIn": return !has || !vals.includes(v!);
    case "Exists": return has;
    case "DoesNotExist": return !has;
    case "Gt": return has && Number(v) > Number(vals[0]);
    case "Lt": return has && Number(v) < Number(vals[0]);
    default: return false;
  }
}

export function nodeSelectorMatches(pod: KubeObject, node: KubeObject): boolean {
  const labels: Record<string, string> = node.metadata.labels ?? {};
  for (const [k, v] of Object.entries(pod.spec?.nodeSelector ?? {})) if (labels[k] !== v) return false;
  const terms: any[] | undefined =
    pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (!terms || terms.length === 0) return true;
  return nodeSelectorTermsMatch(terms, node);
}

/** A NodeSelector's terms: ORed, expressions within a term ANDed. */
function nodeSelectorTermsMatch(terms: any[], node: KubeObject): boolean {
  const labels: Record<string, string> = node.metadata.labels ?? {};
  return terms.some((t) => (t.matchExpressions ?? []).every((e: any) => matchExpression(e, labels)) &&
    (t.matchFields ?? []).every((e: any) => matchExpression({ ...e, key: "name" }, { name: node.metadata.name })));
}

export function nodeAffinity(pod: KubeObject, node: KubeObject): FilterResult | undefined {
  return nodeSelectorMatches(pod, node) ? undefined
    : { reasons: ["node(s) didn't match Pod's node affinity/selector"], unresolvable: true };
}

/**
 * What the pod's PersistentVolumeClaims demand of a node (VolumeBinding, reduced): the node
 * affinity of each bound claim's PV, and for a claim still waiting for its first consumer the
 * node an already scheduled pod using it went to (upstream: the volume.kubernetes.io/selected-node
 * annotation the first pod's PreBind writes on the claim; here the PV binder provisions on that
 * pod's node in the same instant).
 */
export interface VolumeDemands { pvNodeTerms: any[][]; selectedNodes: string[] }

export function volumeDemands(pod: KubeObject, lister: Lister): VolumeDemands | undefined {
  const claims: string[] = (pod.spec?.volumes ?? []).filter((v: any) => v.persistentVolumeClaim).map((v: any) => v.persistentVolumeClaim.claimName);
  if (claims.length === 0) return undefined;
  const ns = pod.metadata.namespace;
  const out: VolumeDemands = { pvNodeTerms: [], selectedNodes: [] };
  for (const name of claims) {
    const pvc = lister.get("persistentvolumeclaims", ns, name);
    if (!pvc) continue;
    const pvName = pvc.spec?.volumeName;
    if (pvName) {
      const terms = lister.get("persistentvolumes", undefined, pvName)?.spec?.nodeAffinity?.required?.nodeSelectorTerms;
      if (terms?.length) out.pvNodeTerms.push(terms);
      continue;
    }
    const user = lister.list("pods", ns).find((p) => p.metadata.name !== pod.metadata.name && p.spec?.nodeName &&
      (p.spec.volumes ?? []).some((v: any) => v.persistentVolumeClaim?.claimName === name));
    if (user) out.selectedNodes.push(user.spec.nodeName);
  }
  return out.pvNodeTerms.length || out.selectedNodes.length ? out : undefined;
}

/** VolumeBinding's Filter; every reason it gives is UnschedulableAndUnresolvable. */
export function volumeBinding(demands: VolumeDemands | undefined, node: KubeObject): FilterResult | undefined {
  if (!demands) return undefined;
  const reasons: string[] = [];
  if (demands.pvNodeTerms.some((terms) => !nodeSelectorTermsMatch(terms, node))) reasons.push("node(s) had volume node affinity conflict");
  if (demands.selectedNodes.some((n) => n !== node.metadata.name)) reasons.push("node(s) didn't find available persistent volumes to bind");
  return reasons.length ? { reasons, unresolvable: true } : undefined;
}

/** fitsRequest: request > allocatable - requested on the node ⇒ Insufficient <resource>. */
export function resourcesFit(req: Resources, alloc: Resources, used: Resources): FilterResult | undefined {
  const reasons: string[] = [];
  if (used.pods + 1 > alloc.pods) reasons.push("Too many pods");
  if (req.milliCPU > 0 && req.milliCPU > alloc.milliCPU - used.milliCPU) reasons.push("Insufficient cpu");
  if (req.memory > 0 && req.memory > alloc.memory - used.memory) reasons.push("Insufficient memory");
  return reasons.length ? { reasons, unresolvable: false } : undefined;
}

export function hostPorts(pod: KubeObject): string[] {
  const out: string[] = [];
  for (const c of pod.spec?.containers ?? [])
    for (const p of c.ports ?? []) if (p.hostPort) out.push(`${p.protocol ?? "TCP"}/${p.hostIP ?? "0.0.0.0"}/${p.hostPort}`);
  return out;
}

export function nodePorts(wanted: string[], used: ReadonlySet<string>): FilterResult | undefined {
  return wanted.some((p) => used.has(p))
    ? { reasons: ["node(s) didn't have free ports for the requested pod ports"], unresolvable: false }
    : undefined;
}

/** LeastAllocated: per resource ((alloc - requested) * 100) / alloc, integer, weights 1. */
export function leastAllocatedScore(req: Resources, alloc: Resources, used: Resources): number {
  const one = (r: number, a: number) => (a === 0 || r > a ? 0 : Math.floor(((a - r) * 100) / a));
  const cpu = one(used.milliCPU + req.milliCPU, alloc.milliCPU);
  const mem = one(used.memory + req.memory, alloc.memory);
  return Math.floor((cpu + mem) / 2);
}

/** BalancedAllocation: (1 - std(fractions)) * 100 over cpu and memory. */
export function balancedAllocationScore(req: Resources, alloc: Resources, used: Resources): number {
  const f = (r: number, a: number) => (a === 0 ? 0 : Math.min(1, r / a));
  const c = f(used.milliCPU + req.milliCPU, alloc.milliCPU);
  const m = f(used.memory + req.memory, alloc.memory);
  const std = Math.abs(c - m) / 2;
  return Math.floor((1 - std) * 100);
}

/** Count of PreferNoSchedule taints the pod does not tolerate (normalised later, reversed). */
export function intolerablePreferNoSchedule(pod: KubeObject, node: KubeObject): number {
  const tols: Toleration[] = (pod.spec?.tolerations ?? []).filter((t: Toleration) => !t.effect || t.effect === "PreferNoSchedule");
  return ((node.spec?.taints ?? []) as Taint[]).filter((t) => t.effect === "PreferNoSchedule" && !tols.some((x) => toleratesTaint(x, t))).length;
}
