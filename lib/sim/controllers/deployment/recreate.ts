// pkg/controller/deployment/recreate.go: scale every old ReplicaSet to 0, wait until none of
// their pods is left running, then create/scale the new one to spec.replicas.
import type { KubeObject } from "../../types";
import { cleanupDeployment, getAllReplicaSetsAndSyncRevision, scaleReplicaSetAndRecordEvent, type SyncState } from "./sync";
import { syncRolloutStatus } from "./progress";
import * as u from "./util";

export function rolloutRecreate(s: SyncState, rsList: KubeObject[]): void {
  let { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, rsList, false);
  let allRSs: (KubeObject | undefined)[] = [...oldRSs, newRS];
  let scaledDown = false;
  for (const rs of u.filterActive(oldRSs)) if (scaleReplicaSetAndRecordEvent(s, rs, 0).scaled) scaledDown = true;
  if (scaledDown) return syncRolloutStatus(s, allRSs, newRS);
  if (oldPodsRunning(s, newRS, oldRSs)) return syncRolloutStatus(s, allRSs, newRS);
  if (!newRS) {
    ({ newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, rsList, true));
    allRSs = [...oldRSs, newRS];
  }
  scaleReplicaSetAndRecordEvent(s, newRS!, u.desiredReplicas(s.d));
  if (u.deploymentComplete(s.d, s.d.status ?? {})) cleanupDeployment(s, oldRSs);
  syncRolloutStatus(s, allRSs, newRS);
}

/** Any old RS still reporting pods, or any non-terminal pod of an old RS (terminating ones too). */
function oldPodsRunning(s: SyncState, newRS: KubeObject | undefined, oldRSs: KubeObject[]): boolean {
  if (u.sumStatus(oldRSs, "replicas") > 0) return true;
  for (const rs of oldRSs) {
    if (newRS && rs.metadata.uid === newRS.metadata.uid) continue;
    for (const pod of s.ctx.lister.byOwner("pods", rs.metadata.uid)) {
      const phase = pod.status?.phase;
      if (phase !== "Failed" && phase !== "Succeeded") return true;
    }
  }
  return false;
}
