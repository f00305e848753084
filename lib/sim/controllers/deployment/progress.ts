// pkg/controller/deployment/progress.go: the Progressing condition (created / updated /
// available / timed out), ReplicaFailure copied from ReplicaSets, and the re-sync that
// notices a progress deadline passing (on the timer queue).
import type { KubeObject } from "../../types";
import { timeOf } from "../podcontrol";
import { calculateStatus, sameStatus, updateDeploymentStatus, type SyncState } from "./sync";
import * as u from "./util";
import { newResyncTimers, scheduleResync } from "./resync";

export const DEPLOYMENT_RESYNC = "deployment.resync";

export function syncRolloutStatus(s: SyncState, allRSs: (KubeObject | undefined)[], newRS: KubeObject | undefined): void {
  const { d, ctx } = s;
  const status = calculateStatus(s, allRSs, newRS);
  if (!u.hasProgressDeadline(d)) u.removeCondition(status, "Progressing");
  const current = u.getCondition(d.status, "Progressing");
  const complete = (status.replicas ?? 0) === (status.updatedReplicas ?? 0) && current?.reason === u.NEW_RS_AVAILABLE_REASON;
  if (u.hasProgressDeadline(d) && !complete) {
    const who = newRS ? `ReplicaSet "${newRS.metadata.name}"` : `Deployment "${d.metadata.name}"`;
    if (u.deploymentComplete(d, status)) {
      u.setCondition(status, u.newCondition("Progressing", "True", u.NEW_RS_AVAILABLE_REASON, `${who} has successfully progressed.`, ctx.timestamp()));
    } else if (u.deploymentProgressing(d, status)) {
      const cond = u.newCondition("Progressing", "True", u.RS_UPDATED_REASON, `${who} is progressing.`, ctx.timestamp());
      // Progress refreshes lastUpdateTime even with the same reason (hence remove + set).
      if (current) {
        if (current.status === "True") cond.lastTransitionTime = current.lastTransitionTime;
        u.removeCondition(status, "Progressing");
      }
      u.setCondition(status, cond);
    } else if (u.deploymentTimedOut(d, status, s.nowMs)) {
      u.setCondition(status, u.newCondition("Progressing", "False", u.TIMED_OUT_REASON, `${who} has timed out progressing.`, ctx.timestamp()));
    }
  }
  const failure = replicaFailures(allRSs, newRS);
  if (failure) u.setCondition(status, failure);
  else u.removeCondition(status, "ReplicaFailure");
  if (sameStatus(d.status, status)) {
    requeueStuckDeployment(s, status);
    return;
  }
  d.status = status;
  updateDeploymentStatus(s);
}

/** getReplicaFailures: the new RS's ReplicaFailure first, else any old one's. */
function replicaFailures(allRSs: (KubeObject | undefined)[], newRS: KubeObject | undefined): u.DeploymentCondition | undefined {
  const find = (rs: KubeObject | undefined) => (rs?.status?.conditions ?? []).find((c: { type: string }) => c.type === "ReplicaFailure");
  const c = find(newRS) ?? allRSs.map(find).find(Boolean);
  if (!c) return undefined;
  return { type: c.type, status: c.status, lastUpdateTime: c.lastTransitionTime, lastTransitionTime: c.lastTransitionTime, reason: c.reason, message: c.message };
}

/**
 * requeueStuckDeployment: without progress, sync again when the deadline would pass
 * (lastUpdateTime + progressDeadlineSeconds, plus a second as upstream).
 */
function requeueStuckDeployment(s: SyncState, status: u.DeploymentStatus): void {
  const { d, ctx } = s;
  const cond = u.getCondition(d.status, "Progressing");
  if (!u.hasProgressDeadline(d) || !cond) return;
  if (u.deploymentComplete(d, status) || cond.reason === u.TIMED_OUT_REASON) return;
  const after = timeOf(cond.lastUpdateTime) + d.spec.progressDeadlineSeconds * 1000 - s.nowMs;
  const state = ctx.state(newResyncTimers);
  const key = `${d.metadata.namespace}/${d.metadata.name}`;
  // Under a second left: upstream requeues rate-limited (5 ms first); then a second past the deadline.
  scheduleResync(ctx, state.resync, DEPLOYMENT_RESYNC, key, after < 1000 ? 5 : after + 1000, true);
}

/** checkPausedConditions: Progressing Unknown DeploymentPaused / DeploymentResumed. */
export function checkPausedConditions(s: SyncState): void {
  const { d, ctx } = s;
  if (!u.hasProgressDeadline(d)) return;
  const cond = u.getCondition(d.status, "Progressing");
  if (cond?.reason === u.TIMED_OUT_REASON) return;
  const pausedCond = cond?.reason === u.PAUSED_REASON;
  d.status ??= {};
  if (d.spec.paused && !pausedCond) {
    u.setCondition(d.status, u.newCondition("Progressing", "Unknown", u.PAUSED_REASON, "Deployment is paused", ctx.timestamp()));
  } else if (!d.spec.paused && pausedCond) {
    u.setCondition(d.status, u.newCondition("Progressing", "Unknown", u.RESUMED_REASON, "Deployment is resumed", ctx.timestamp()));
  } else return;
  updateDeploymentStatus(s);
}
