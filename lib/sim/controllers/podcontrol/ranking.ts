// Which pods a controller deletes first when scaling down (pkg/controller/controller_utils.go
// ActivePodsWithRanks.Less, pkg/controller/replicaset getPodsToDelete). LogarithmicScaleDown
// and PodDeletionCost are on by default in 1.34, so ages compare by power-of-two buckets.
import type { KubeObject } from "../../types";
import { isPodActive, isPodReady, podReadySince, timeOf } from "./predicates";

export const POD_DELETION_COST = "controller.kubernetes.io/pod-deletion-cost";

const PHASE_ORDER: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

function deletionCost(pod: KubeObject): number {
  const v = pod.metadata.annotations?.[POD_DELETION_COST];
  // Invalid values count as 0 (upstream logs and ignores them).
  return v !== undefined && /^[+-]?\d+$/.test(v) ? Number(v) : 0;
}

/** [regular containers' max restarts, restartable init (sidecar) containers' max restarts]. */
function maxRestarts(pod: KubeObject): [number, number] {
  let regular = 0;
  let sidecar = 0;
  for (const c of (pod.status?.containerStatuses ?? []) as { restartCount?: number }[]) regular = Math.max(regular, c.restartCount ?? 0);
  const sidecars = new Set(((pod.spec?.initContainers ?? []) as { name: string; restartPolicy?: string }[]).filter((c) => c.restartPolicy === "Always").map((c) => c.name));
  for (const c of (pod.status?.initContainerStatuses ?? []) as { name: string; restartCount?: number }[]) {
    if (sidecars.has(c.name)) sidecar = Math.max(sidecar, c.restartCount ?? 0);
  }
  return [regular, sidecar];
}

/** int(log2(now - t)) in nanoseconds, -1 when t is not in the past (logarithmicRankDiff). */
function logRank(tMs: number, nowMs: number): number {
  const d = (nowMs - tMs) * 1e6;
  return d > 0 ? Math.floor(Math.log2(d)) : -1;
}

/** Compares two ages where newer (larger time) sorts first; NaN (unset) sorts before all. */
function newerFirst(a: number, b: number, now: number, uidA: string, uidB: string): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) === Number.isNaN(b) ? 0 : Number.isNaN(a) ? -1 : 1;
  const diff = logRank(a, now) - logRank(b, now);
  if (diff !== 0) return diff;
  return uidA < uidB ? -1 : uidA > uidB ? 1 : 0;
}

const created = (p: KubeObject) => timeOf(p.metadata.creationTimestamp);

/** What the ranking compares, read once per pod (timestamps parse once, not per comparison). */
interface RankKeys {
  assigned: boolean;
  phase: number;
  ready: boolean;
  cost: number;
  readySince: number;
  restarts: [number, number];
  created: number;
  uid: string;
}

function rankKeys(p: KubeObject): RankKeys {
  const ready = isPodReady(p);
  return {
    assigned: (p.spec?.nodeName ?? "") !== "",
    phase: PHASE_ORDER[p.status?.phase ?? ""] ?? 0,
    ready,
    cost: deletionCost(p),
    readySince: ready ? (podReadySince(p) ?? NaN) : NaN,
    restarts: maxRestarts(p),
    created: created(p),
    uid: p.metadata.uid,
  };
}

function compareKeys(a: RankKeys, b: RankKeys, rankA: number, rankB: number, now: number): number {
  // 1. Unassigned < assigned.
  if (a.assigned !== b.assigned) return a.assigned ? 1 : -1;
  // 2. Pending < Unknown < Running.
  if (a.phase !== b.phase) return a.phase - b.phase;
  // 3. Not ready < ready.
  if (a.ready !== b.ready) return a.ready ? 1 : -1;
  // 4. Lower pod-deletion-cost < higher.
  if (a.cost !== b.cost) return a.cost - b.cost;
  // 5. Doubled up (more related pods on the same node) < not doubled up.
  if (rankA !== rankB) return rankB - rankA;
  // 6. Ready for less time < more time (log2 buckets).
  if (a.ready && b.ready && a.readySince !== b.readySince && !(Number.isNaN(a.readySince) && Number.isNaN(b.readySince))) {
    const c = newerFirst(a.readySince, b.readySince, now, a.uid, b.uid);
    if (c !== 0) return c;
  }
  // 7. Higher restart counts < lower (regular containers, then sidecars).
  if (a.restarts[0] !== b.restarts[0]) return b.restarts[0] - a.restarts[0];
  if (a.restarts[1] !== b.restarts[1]) return b.restarts[1] - a.restarts[1];
  // 8. Newer < older.
  if (a.created !== b.created && !(Number.isNaN(a.created) && Number.isNaN(b.created))) return newerFirst(a.created, b.created, now, a.uid, b.uid);
  return 0;
}

/**
 * Negative when `a` should be deleted before `b`. `rank` is the number of related active pods
 * on the pod's node (more doubled-up pods go first). `now` is Unix ms (wallClockNow).
 */
export function compareForDeletion(a: KubeObject, b: KubeObject, rankA: number, rankB: number, now: number): number {
  return compareKeys(rankKeys(a), rankKeys(b), rankA, rankB, now);
}

/**
 * getPodsToDelete: the first `diff` pods of `pods` in deletion order, ranked by how many of
 * `related` (e.g. every pod of the same Deployment) are active on the same node. `now`: Unix ms.
 */
export function podsToDelete(pods: readonly KubeObject[], related: readonly KubeObject[], diff: number, now: number): KubeObject[] {
  if (diff >= pods.length) return pods.slice(0, diff);
  const onNode = new Map<string, number>();
  for (const p of related) {
    if (!isPodActive(p)) continue;
    const n = p.spec?.nodeName ?? "";
    onNode.set(n, (onNode.get(n) ?? 0) + 1);
  }
  const ranked = pods.map((p) => ({ p, k: rankKeys(p), rank: onNode.get(p.spec?.nodeName ?? "") ?? 0 }));
  // Array.prototype.sort is stable, so equal pods keep lister order (namespace/name).
  ranked.sort((x, y) => compareKeys(x.k, y.k, x.rank, y.rank, now));
  return ranked.slice(0, diff).map((x) => x.p);
}
