// pkg/controller/deployment/rolling.go: one step of a rolling update per sync — scale the new
// ReplicaSet up if there is room (and stop), else scale old ones down (unhealthy pods first).
import type { KubeObject } from "../../types";
import { cleanupDeployment, getAllReplicaSetsAndSyncRevision, scaleReplicaSetAndRecordEvent, type SyncState } from "./sync";
import { syncRolloutStatus } from "./progress";
import * as u from "./util";

export function rolloutRolling(s: SyncState, rsList: KubeObject[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, rsList, true);
  const allRSs = [...oldRSs, newRS!];
  if (reconcileNewReplicaSet(s, allRSs, newRS!)) return syncRolloutStatus(s, allRSs, newRS);
  if (reconcileOldReplicaSets(s, allRSs, u.filterActive(oldRSs), newRS!)) return syncRolloutStatus(s, allRSs, newRS);
  if (u.deploymentComplete(s.d, s.d.status ?? {})) cleanupDeployment(s, oldRSs);
  syncRolloutStatus(s, allRSs, newRS);
}

export function reconcileNewReplicaSet(s: SyncState, allRSs: KubeObject[], newRS: KubeObject): boolean {
  const want = u.desiredReplicas(s.d);
  const have = u.replicasOf(newRS);
  if (have === want) return false;
  if (have > want) return scaleReplicaSetAndRecordEvent(s, newRS, want).scaled;
  return scaleReplicaSetAndRecordEvent(s, newRS, u.newRSNewReplicas(s.d, allRSs, newRS)).scaled;
}

export function reconcileOldReplicaSets(s: SyncState, allRSs: KubeObject[], oldRSs: KubeObject[], newRS: KubeObject): boolean {
  const oldPods = u.sumSpec(oldRSs);
  if (oldPods === 0) return false;
  const minAvailable = u.desiredReplicas(s.d) - u.maxUnavailable(s.d);
  const newUnavailable = u.replicasOf(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = u.sumSpec(allRSs) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;
  const cleaned = cleanupUnhealthyReplicas(s, oldRSs, maxScaledDown);
  const scaledDown = scaleDownOldReplicaSetsForRollingUpdate(s, [...cleaned.oldRSs, newRS], cleaned.oldRSs);
  return cleaned.count + scaledDown > 0;
}

/** Old RSes' unavailable pods go first: they cost no availability. */
export function cleanupUnhealthyReplicas(s: SyncState, oldRSs: KubeObject[], maxCleanup: number): { oldRSs: KubeObject[]; count: number } {
  const sorted = [...oldRSs].sort(u.byCreation);
  let total = 0;
  for (let i = 0; i < sorted.length; i++) {
    const rs = sorted[i]!;
    if (total >= maxCleanup) break;
    const replicas = u.replicasOf(rs);
    const available = rs.status?.availableReplicas ?? 0;
    if (replicas === 0 || replicas === available) continue;
    const down = Math.min(maxCleanup - total, replicas - available);
    sorted[i] = scaleReplicaSetAndRecordEvent(s, rs, replicas - down).rs;
    total += down;
  }
  return { oldRSs: sorted, count: total };
}

export function scaleDownOldReplicaSetsForRollingUpdate(s: SyncState, allRSs: KubeObject[], oldRSs: KubeObject[]): number {
  const minAvailable = u.desiredReplicas(s.d) - u.maxUnavailable(s.d);
  const available = u.sumStatus(allRSs, "availableReplicas");
  if (available <= minAvailable) return 0;
  const budget = available - minAvailable;
  let total = 0;
  for (const rs of [...oldRSs].sort(u.byCreation)) {
    if (total >= budget) break;
    const replicas = u.replicasOf(rs);
    if (replicas === 0) continue;
    const down = Math.min(replicas, budget - total);
    scaleReplicaSetAndRecordEvent(s, rs, replicas - down);
    total += down;
  }
  return total;
}
