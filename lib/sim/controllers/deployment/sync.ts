// pkg/controller/deployment/sync.go: finding/creating the new ReplicaSet (pod-template-hash,
// revisions), scaling (incl. proportional scaling mid-rollout), history cleanup, status.
import type { ControllerContext, KubeObject } from "../../types";
import { isApiError } from "../../api/errors";
import { computeHash } from "../../util/hash";
import { controllerRef, wallClockNow } from "../podcontrol";
import * as u from "./util";

/** One sync's working state: `d` is a private copy of the Deployment (status edited in place). */
export interface SyncState {
  ctx: ControllerContext;
  d: KubeObject;
  nowMs: number;
}

export function newSyncState(ctx: ControllerContext, d: KubeObject): SyncState {
  return { ctx, d: structuredClone(d), nowMs: wallClockNow(ctx) };
}

/**
 * UpdateStatus of the Deployment. Upstream's status strategy keeps metadata.annotations from
 * the request (that is how the revision annotation lands); here /status keeps status only, so
 * a changed annotation is written by a plain update first. Writes go against the cached
 * object, so a sync never conflicts with its own earlier write.
 */
export function updateDeploymentStatus(s: SyncState): void {
  const { ctx, d } = s;
  let cur = ctx.lister.get("deployments", d.metadata.namespace, d.metadata.name);
  if (!cur) return;
  if (JSON.stringify(cur.metadata.annotations ?? {}) !== JSON.stringify(d.metadata.annotations ?? {})) {
    cur = ctx.api.update({ ...cur, metadata: { ...cur.metadata, annotations: { ...(d.metadata.annotations ?? {}) } } });
  }
  const res = ctx.api.updateStatus({ ...cur, status: d.status ?? {} });
  s.d.metadata.resourceVersion = res.metadata.resourceVersion;
}

/** scaleReplicaSet: new size and replicas annotations in one update; ScalingReplicaSet event. */
export function scaleReplicaSet(s: SyncState, rs: KubeObject, newScale: number, op: string): { scaled: boolean; rs: KubeObject } {
  const { d } = s;
  const sizeChange = u.replicasOf(rs) !== newScale;
  const desired = u.desiredReplicas(d);
  const max = desired + u.maxSurge(d);
  if (!sizeChange && !u.replicasAnnotationsNeedUpdate(rs, desired, max)) return { scaled: false, rs };
  const copy = structuredClone(rs);
  const oldScale = u.replicasOf(rs);
  copy.spec.replicas = newScale;
  u.setReplicasAnnotations(copy, desired, max);
  const updated = s.ctx.api.update(copy);
  if (sizeChange) s.ctx.event(d, "Normal", "ScalingReplicaSet", `Scaled ${op} replica set ${updated.metadata.name} from ${oldScale} to ${newScale}`);
  return { scaled: sizeChange, rs: updated };
}

export function scaleReplicaSetAndRecordEvent(s: SyncState, rs: KubeObject, newScale: number): { scaled: boolean; rs: KubeObject } {
  if (u.replicasOf(rs) === newScale) return { scaled: false, rs };
  return scaleReplicaSet(s, rs, newScale, u.replicasOf(rs) < newScale ? "up" : "down");
}

/** getAllReplicaSetsAndSyncRevision: the new RS (created when asked) and every old one. */
export function getAllReplicaSetsAndSyncRevision(s: SyncState, rsList: KubeObject[], createIfNotExisted: boolean): { newRS: KubeObject | undefined; oldRSs: KubeObject[] } {
  const { allOld } = u.findOldReplicaSets(s.d, rsList);
  const newRS = getNewReplicaSet(s, rsList, allOld, createIfNotExisted);
  return { newRS, oldRSs: allOld };
}

function getNewReplicaSet(s: SyncState, rsList: KubeObject[], oldRSs: KubeObject[], create: boolean): KubeObject | undefined {
  const { ctx, d } = s;
  const existing = u.findNewReplicaSet(d, rsList);
  const newRevision = String(u.maxRevision(oldRSs) + 1);
  if (existing) {
    const copy = structuredClone(existing);
    const annotationsUpdated = u.setNewReplicaSetAnnotations(d, copy, newRevision, true);
    const minReadyChanged = (copy.spec.minReadySeconds ?? 0) !== (d.spec.minReadySeconds ?? 0);
    if (annotationsUpdated || minReadyChanged) {
      copy.spec.minReadySeconds = d.spec.minReadySeconds ?? 0;
      if (!copy.spec.minReadySeconds) delete copy.spec.minReadySeconds;
      return ctx.api.update(copy);
    }
    let needsUpdate = u.setDeploymentRevision(d, copy.metadata.annotations?.[u.REVISION] ?? "");
    if (u.hasProgressDeadline(d) && !u.getCondition(d.status, "Progressing")) {
      d.status ??= {};
      u.setCondition(d.status, u.newCondition("Progressing", "True", u.FOUND_NEW_RS_REASON, `Found new replica set "${copy.metadata.name}"`, ctx.timestamp()));
      needsUpdate = true;
    }
    if (needsUpdate) updateDeploymentStatus(s);
    return copy;
  }
  if (!create) return undefined;

  const template = structuredClone(d.spec.template);
  const hash = computeHash(template, d.status?.collisionCount);
  template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [u.POD_TEMPLATE_HASH]: hash } };
  const selector = structuredClone(d.spec.selector ?? {});
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [u.POD_TEMPLATE_HASH]: hash };
  const rs: KubeObject = {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: { name: `${d.metadata.name}-${hash}`, namespace: d.metadata.namespace, ownerReferences: [controllerRef(d)], labels: { ...template.metadata.labels } } as KubeObject["metadata"],
    spec: { replicas: 0, ...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}), selector, template },
  };
  const newReplicas = u.newRSNewReplicas(d, [...oldRSs, rs], rs);
  rs.spec.replicas = newReplicas;
  u.setNewReplicaSetAnnotations(d, rs, newRevision, false);

  let createdRS: KubeObject;
  let alreadyExists = false;
  try {
    createdRS = ctx.api.create(rs);
  } catch (e) {
    if (isApiError(e) && e.code === 409 && e.reason === "AlreadyExists") {
      alreadyExists = true;
      const found = ctx.lister.get("replicasets", d.metadata.namespace, rs.metadata.name);
      const ref = found?.metadata.ownerReferences?.find((r) => r.controller);
      if (found && ref?.uid === d.metadata.uid && u.equalIgnoreHash(d.spec.template, found.spec?.template)) {
        createdRS = found;
      } else {
        // Hash collision: bump collisionCount and let the retry compute another name.
        d.status ??= {};
        d.status.collisionCount = (d.status.collisionCount ?? 0) + 1;
        updateDeploymentStatus(s);
        throw e;
      }
    } else {
      if (isApiError(e) && /is being terminated/.test(e.message)) throw e;
      const msg = `Failed to create new replica set "${rs.metadata.name}": ${e instanceof Error ? e.message : String(e)}`;
      if (u.hasProgressDeadline(d)) {
        d.status ??= {};
        u.setCondition(d.status, u.newCondition("Progressing", "False", u.FAILED_RS_CREATE_REASON, msg, ctx.timestamp()));
        updateDeploymentStatus(s);
      }
      ctx.event(d, "Warning", u.FAILED_RS_CREATE_REASON, msg);
      throw e;
    }
  }
  if (!alreadyExists && newReplicas > 0) ctx.event(d, "Normal", "ScalingReplicaSet", `Scaled up replica set ${createdRS.metadata.name} from 0 to ${newReplicas}`);
  let needsUpdate = u.setDeploymentRevision(d, newRevision);
  if (!alreadyExists && u.hasProgressDeadline(d)) {
    d.status ??= {};
    u.setCondition(d.status, u.newCondition("Progressing", "True", u.NEW_RS_REASON, `Created new replica set "${createdRS.metadata.name}"`, ctx.timestamp()));
    needsUpdate = true;
  }
  if (needsUpdate) updateDeploymentStatus(s);
  return createdRS;
}

/** scale: resize to spec.replicas; during a rollout spread the difference proportionally. */
export function scale(s: SyncState, newRS: KubeObject | undefined, oldRSs: KubeObject[]): void {
  const { d } = s;
  const want = u.desiredReplicas(d);
  const activeOrLatest = u.findActiveOrLatest(newRS, oldRSs);
  if (activeOrLatest) {
    if (u.replicasOf(activeOrLatest) !== want) scaleReplicaSetAndRecordEvent(s, activeOrLatest, want);
    return;
  }
  if (u.isSaturated(d, newRS)) {
    for (const old of u.filterActive(oldRSs)) scaleReplicaSetAndRecordEvent(s, old, 0);
    return;
  }
  if (!u.isRollingUpdate(d)) return;
  const all = u.filterActive([...oldRSs, newRS]);
  const allowed = want > 0 ? want + u.maxSurge(d) : 0;
  const toAdd = allowed - u.sumSpec(all);
  let op = "";
  if (toAdd > 0) {
    all.sort(u.bySizeNewer);
    op = "up";
  } else if (toAdd < 0) {
    all.sort(u.bySizeOlder);
    op = "down";
  }
  let added = 0;
  const sizes = new Map<string, number>();
  for (const rs of all) {
    if (toAdd !== 0) {
      const p = u.getProportion(rs, d, toAdd, added);
      sizes.set(rs.metadata.name, u.replicasOf(rs) + p);
      added += p;
    } else sizes.set(rs.metadata.name, u.replicasOf(rs));
  }
  all.forEach((rs, i) => {
    if (i === 0 && toAdd !== 0) sizes.set(rs.metadata.name, Math.max(0, sizes.get(rs.metadata.name)! + toAdd - added));
    scaleReplicaSet(s, rs, sizes.get(rs.metadata.name)!, op);
  });
}

/** isScalingEvent: an active RS's desired-replicas annotation differs from spec.replicas. */
export function isScalingEvent(s: SyncState, rsList: KubeObject[]): boolean {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, rsList, false);
  for (const rs of u.filterActive([...oldRSs, newRS])) {
    const desired = u.desiredAnnotation(rs);
    if (desired === undefined) continue;
    if (desired !== u.desiredReplicas(s.d)) return true;
  }
  return false;
}

/** cleanupDeployment: delete the oldest fully scaled-down RSes beyond revisionHistoryLimit. */
export function cleanupDeployment(s: SyncState, oldRSs: KubeObject[]): void {
  const { ctx, d } = s;
  if (!u.hasRevisionHistoryLimit(d)) return;
  const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
  const diff = cleanable.length - d.spec.revisionHistoryLimit;
  if (diff <= 0) return;
  cleanable.sort(u.byRevision);
  for (let i = 0; i < diff; i++) {
    const rs = cleanable[i]!;
    if ((rs.status?.replicas ?? 0) !== 0 || u.replicasOf(rs) !== 0 || (rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0) || rs.metadata.deletionTimestamp) continue;
    try {
      ctx.api.delete("replicasets", rs.metadata.namespace, rs.metadata.name);
    } catch (e) {
      if (!(isApiError(e) && e.code === 404)) throw e;
    }
  }
}

/** calculateStatus: counts over all RSes plus the Available condition. */
export function calculateStatus(s: SyncState, allRSs: (KubeObject | undefined)[], newRS: KubeObject | undefined): u.DeploymentStatus {
  const { d } = s;
  const available = u.sumStatus(allRSs, "availableReplicas");
  const unavailable = Math.max(0, u.sumSpec(allRSs) - available);
  const status: u.DeploymentStatus = {};
  const set = (k: keyof u.DeploymentStatus, v: number | undefined) => {
    if (v) (status as Record<string, unknown>)[k] = v;
  };
  // Go omits zero counts (omitempty).
  set("observedGeneration", d.metadata.generation);
  set("replicas", u.sumStatus(allRSs, "replicas"));
  set("updatedReplicas", u.sumStatus([newRS], "replicas"));
  set("readyReplicas", u.sumStatus(allRSs, "readyReplicas"));
  set("availableReplicas", available);
  set("unavailableReplicas", unavailable);
  if (d.status?.collisionCount !== undefined) status.collisionCount = d.status.collisionCount;
  status.conditions = (d.status?.conditions ?? []).map((c: u.DeploymentCondition) => ({ ...c }));
  if (available >= u.desiredReplicas(d) - u.maxUnavailable(d)) {
    u.setCondition(status, u.newCondition("Available", "True", u.MIN_AVAILABLE_REASON, "Deployment has minimum availability.", s.ctx.timestamp()));
  } else {
    u.setCondition(status, u.newCondition("Available", "False", u.MIN_UNAVAILABLE_REASON, "Deployment does not have minimum availability.", s.ctx.timestamp()));
  }
  return status;
}

/** syncDeploymentStatus: write calculateStatus when it differs. */
export function syncDeploymentStatus(s: SyncState, allRSs: (KubeObject | undefined)[], newRS: KubeObject | undefined): void {
  const status = calculateStatus(s, allRSs, newRS);
  if (sameStatus(s.d.status, status)) return;
  s.d.status = status;
  updateDeploymentStatus(s);
}

export const sameStatus = (a: unknown, b: unknown) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
function normalize(st: unknown): unknown {
  const o = { ...((st ?? {}) as Record<string, unknown>) };
  if (Array.isArray(o.conditions) && o.conditions.length === 0) delete o.conditions;
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** sync: scaling (and paused cleanup) without rolling anything out. */
export function sync(s: SyncState, rsList: KubeObject[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, rsList, false);
  scale(s, newRS, oldRSs);
  if (s.d.spec.paused) cleanupDeployment(s, oldRSs);
  // As upstream, status is computed from the RS objects read before scaling; the RS update
  // events bring another sync with the new sizes.
  syncDeploymentStatus(s, [...oldRSs, newRS], newRS);
}
