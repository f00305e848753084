// pkg/controller/deployment/util/deployment_util.go: revisions and annotations, replica
// counting, new/old ReplicaSet lookup, conditions, completeness and progress checks.
import type { KubeObject } from "../../types";
import { deepEqual } from "../../store";
import { getScaledValueFromIntOrPercent } from "../../util/intstr";
import { resolveFenceposts } from "./fenceposts";
import { timeOf } from "../podcontrol";

export const REVISION = "deployment.kubernetes.io/revision";
export const REVISION_HISTORY = "deployment.kubernetes.io/revision-history";
export const DESIRED_REPLICAS = "deployment.kubernetes.io/desired-replicas";
export const MAX_REPLICAS = "deployment.kubernetes.io/max-replicas";
export const POD_TEMPLATE_HASH = "pod-template-hash";
export const MAX_REV_HISTORY_CHARS = 2000;
const MAX_INT32 = 2147483647;

// Condition reasons (deployment_util.go).
export const NEW_RS_REASON = "NewReplicaSetCreated";
export const FOUND_NEW_RS_REASON = "FoundNewReplicaSet";
export const RS_UPDATED_REASON = "ReplicaSetUpdated";
export const NEW_RS_AVAILABLE_REASON = "NewReplicaSetAvailable";
export const TIMED_OUT_REASON = "ProgressDeadlineExceeded";
export const PAUSED_REASON = "DeploymentPaused";
export const RESUMED_REASON = "DeploymentResumed";
export const FAILED_RS_CREATE_REASON = "ReplicaSetCreateError";
export const MIN_AVAILABLE_REASON = "MinimumReplicasAvailable";
export const MIN_UNAVAILABLE_REASON = "MinimumReplicasUnavailable";

const SKIP_COPY = new Set(["kubectl.kubernetes.io/last-applied-configuration", REVISION, REVISION_HISTORY, DESIRED_REPLICAS, MAX_REPLICAS, "deprecated.deployment.rollback.to"]);

export interface DeploymentCondition {
  type: string;
  status: string;
  lastUpdateTime: string;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

// ---- replica counts --------------------------------------------------------------------------
const specReplicas = (rs: KubeObject | undefined): number => (rs ? (rs.spec?.replicas ?? 1) : 0);
export const replicasOf = specReplicas;
export const sumSpec = (rss: readonly (KubeObject | undefined)[]) => rss.reduce((n, rs) => n + specReplicas(rs), 0);
export const sumStatus = (rss: readonly (KubeObject | undefined)[], field: "replicas" | "readyReplicas" | "availableReplicas") =>
  rss.reduce((n, rs) => n + (rs?.status?.[field] ?? 0), 0);
export const filterActive = (rss: readonly (KubeObject | undefined)[]): KubeObject[] => rss.filter((rs): rs is KubeObject => !!rs && specReplicas(rs) > 0);

// ---- strategy ---------------------------------------------------------------------------------
export const isRollingUpdate = (d: KubeObject) => d.spec?.strategy?.type === "RollingUpdate";
export const desiredReplicas = (d: KubeObject): number => d.spec?.replicas ?? 1;

export function maxSurge(d: KubeObject): number {
  if (!isRollingUpdate(d)) return 0;
  const ru = d.spec.strategy.rollingUpdate ?? {};
  return resolveFenceposts(ru.maxSurge ?? null, ru.maxUnavailable ?? null, desiredReplicas(d)).maxSurge;
}

export function maxUnavailable(d: KubeObject): number {
  const replicas = desiredReplicas(d);
  if (!isRollingUpdate(d) || replicas === 0) return 0;
  const ru = d.spec.strategy.rollingUpdate ?? {};
  const u = resolveFenceposts(ru.maxSurge ?? null, ru.maxUnavailable ?? null, replicas).maxUnavailable;
  return Math.min(u, replicas);
}

export const hasProgressDeadline = (d: KubeObject) => typeof d.spec?.progressDeadlineSeconds === "number" && d.spec.progressDeadlineSeconds !== MAX_INT32;
export const hasRevisionHistoryLimit = (d: KubeObject) => typeof d.spec?.revisionHistoryLimit === "number" && d.spec.revisionHistoryLimit !== MAX_INT32;

// ---- sorting ----------------------------------------------------------------------------------
const created = (o: KubeObject) => timeOf(o.metadata.creationTimestamp);
/** ReplicaSetsByCreationTimestamp: older first, then by name. */
export function byCreation(a: KubeObject, b: KubeObject): number {
  const ta = created(a);
  const tb = created(b);
  if (ta !== tb) return ta - tb;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}
/** ReplicaSetsBySizeNewer: larger first; equal sizes newer first. */
export const bySizeNewer = (a: KubeObject, b: KubeObject) => (specReplicas(a) !== specReplicas(b) ? specReplicas(b) - specReplicas(a) : byCreation(b, a));
/** ReplicaSetsBySizeOlder: larger first; equal sizes older first. */
export const bySizeOlder = (a: KubeObject, b: KubeObject) => (specReplicas(a) !== specReplicas(b) ? specReplicas(b) - specReplicas(a) : byCreation(a, b));
/** ReplicaSetsByRevision: lower revision first, then by creation. */
export const byRevision = (a: KubeObject, b: KubeObject) => (revisionOf(a) !== revisionOf(b) ? revisionOf(a) - revisionOf(b) : byCreation(a, b));

// ---- revisions and annotations ----------------------------------------------------------------
/** The revision annotation as a number (0 when missing or not a number). */
export function revisionOf(o: KubeObject | undefined): number {
  const v = o?.metadata.annotations?.[REVISION];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : 0;
}
export const maxRevision = (rss: readonly KubeObject[]) => rss.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);

function copyDeploymentAnnotations(d: KubeObject, rs: KubeObject): boolean {
  let changed = false;
  const ann = (rs.metadata.annotations ??= {});
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (SKIP_COPY.has(k) || ann[k] === v) continue;
    ann[k] = v;
    changed = true;
  }
  return changed;
}

/** SetReplicasAnnotations: desired-replicas and max-replicas; true when something changed. */
export function setReplicasAnnotations(rs: KubeObject, desired: number, max: number): boolean {
  const ann = (rs.metadata.annotations ??= {});
  let changed = false;
  if (ann[DESIRED_REPLICAS] !== String(desired)) {
    ann[DESIRED_REPLICAS] = String(desired);
    changed = true;
  }
  if (ann[MAX_REPLICAS] !== String(max)) {
    ann[MAX_REPLICAS] = String(max);
    changed = true;
  }
  return changed;
}

export function replicasAnnotationsNeedUpdate(rs: KubeObject, desired: number, max: number): boolean {
  const ann = rs.metadata.annotations ?? {};
  return ann[DESIRED_REPLICAS] !== String(desired) || ann[MAX_REPLICAS] !== String(max);
}

/**
 * SetNewReplicaSetAnnotations: copy the Deployment's annotations, raise the RS revision to
 * `newRevision` when lower (appending the old one to revision-history, capped at 2000 chars),
 * and on creation add the replicas annotations. Mutates `rs`; true when it changed.
 */
export function setNewReplicaSetAnnotations(d: KubeObject, rs: KubeObject, newRevision: string, exists: boolean, limitChars = MAX_REV_HISTORY_CHARS): boolean {
  let changed = copyDeploymentAnnotations(d, rs);
  const ann = (rs.metadata.annotations ??= {});
  const oldRevision = ann[REVISION];
  const had = oldRevision !== undefined;
  let oldInt = 0;
  if (had && oldRevision !== "") {
    if (!/^-?\d+$/.test(oldRevision)) return false;
    oldInt = Number(oldRevision);
  }
  const newInt = Number(newRevision);
  if (oldInt < newInt) {
    ann[REVISION] = newRevision;
    changed = true;
  }
  if (had && oldInt < newInt) {
    const history = ann[REVISION_HISTORY] ?? "";
    const parts = history.split(",");
    if (parts[0]!.length === 0) ann[REVISION_HISTORY] = oldRevision!;
    else {
      let total = history.length + oldRevision!.length + 1;
      let start = 0;
      while (total > limitChars && start < parts.length) {
        total -= parts[start]!.length + 1;
        start++;
      }
      if (total <= limitChars) ann[REVISION_HISTORY] = [...parts.slice(start), oldRevision].join(",");
    }
  }
  if (!exists && setReplicasAnnotations(rs, desiredReplicas(d), desiredReplicas(d) + maxSurge(d))) changed = true;
  return changed;
}

/** SetDeploymentRevision: true when the annotation changed. */
export function setDeploymentRevision(d: KubeObject, revision: string): boolean {
  const ann = (d.metadata.annotations ??= {});
  if (ann[REVISION] === revision) return false;
  ann[REVISION] = revision;
  return true;
}

// ---- new / old ReplicaSets ---------------------------------------------------------------------
function withoutHash(template: any): unknown { // eslint-disable-line @typescript-eslint/no-explicit-any
  const labels = { ...(template?.metadata?.labels ?? {}) };
  delete labels[POD_TEMPLATE_HASH];
  return { ...template, metadata: { ...(template?.metadata ?? {}), labels } };
}

/** EqualIgnoreHash: templates equal once the pod-template-hash label is ignored. */
export const equalIgnoreHash = (a: unknown, b: unknown) => deepEqual(withoutHash(a), withoutHash(b));

/** FindNewReplicaSet: the oldest RS whose template equals the Deployment's. */
export function findNewReplicaSet(d: KubeObject, rss: readonly KubeObject[]): KubeObject | undefined {
  return [...rss].sort(byCreation).find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
}

/** FindOldReplicaSets: [old RSes with replicas, all old RSes]. */
export function findOldReplicaSets(d: KubeObject, rss: readonly KubeObject[]): { old: KubeObject[]; allOld: KubeObject[] } {
  const newRS = findNewReplicaSet(d, rss);
  const allOld = rss.filter((rs) => !newRS || rs.metadata.uid !== newRS.metadata.uid);
  return { old: allOld.filter((rs) => specReplicas(rs) !== 0), allOld };
}

/** FindActiveOrLatest: the only active RS, or the newest when none is active. */
export function findActiveOrLatest(newRS: KubeObject | undefined, oldRSs: KubeObject[]): KubeObject | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const sortedOld = [...oldRSs].sort((a, b) => byCreation(b, a));
  const active = filterActive([...sortedOld, newRS]);
  if (active.length === 0) return newRS ?? sortedOld[0];
  if (active.length === 1) return active[0];
  return undefined;
}

/** NewRSNewReplicas: how big the new RS may be now. */
export function newRSNewReplicas(d: KubeObject, allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject): number {
  if (d.spec?.strategy?.type === "Recreate") return desiredReplicas(d);
  const replicas = desiredReplicas(d);
  const surge = getScaledValueFromIntOrPercent(d.spec.strategy.rollingUpdate?.maxSurge ?? 0, replicas, true);
  const current = sumSpec(allRSs);
  const maxTotal = replicas + surge;
  if (current >= maxTotal) return specReplicas(newRS);
  const up = Math.min(maxTotal - current, replicas - specReplicas(newRS));
  return specReplicas(newRS) + up;
}

/** IsSaturated: the new RS has all desired replicas, annotated so, all available. */
export function isSaturated(d: KubeObject, rs: KubeObject | undefined): boolean {
  if (!rs) return false;
  const desired = rs.metadata.annotations?.[DESIRED_REPLICAS];
  if (desired === undefined || !/^-?\d+$/.test(desired)) return false;
  const want = desiredReplicas(d);
  return specReplicas(rs) === want && Number(desired) === want && (rs.status?.availableReplicas ?? 0) === want;
}

/** GetDesiredReplicasAnnotation. */
export function desiredAnnotation(rs: KubeObject): number | undefined {
  const v = rs.metadata.annotations?.[DESIRED_REPLICAS];
  return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : undefined;
}

const roundHalfAway = (x: number) => (x < 0 ? -Math.round(-x) : Math.round(x));

/** getReplicaSetFraction: this RS's share of a proportional resize. */
function replicaSetFraction(rs: KubeObject, d: KubeObject): number {
  if (desiredReplicas(d) === 0) return -specReplicas(rs);
  const deploymentMax = desiredReplicas(d) + maxSurge(d);
  const annotated = rs.metadata.annotations?.[MAX_REPLICAS];
  let before = annotated !== undefined && /^\d+$/.test(annotated) ? Number(annotated) : 0;
  // Without the annotation (adopted from an old controller) fall back to the current size.
  if (before === 0) before = d.status?.replicas ?? 0;
  if (before === 0) return 0;
  return roundHalfAway((specReplicas(rs) * deploymentMax) / before) - specReplicas(rs);
}

/** GetProportion: bounded share of `toAdd` for this RS. */
export function getProportion(rs: KubeObject | undefined, d: KubeObject, toAdd: number, added: number): number {
  if (!rs || specReplicas(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction = replicaSetFraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

// ---- conditions -------------------------------------------------------------------------------
export function newCondition(type: string, status: string, reason: string, message: string, ts: string): DeploymentCondition {
  return { type, status, lastUpdateTime: ts, lastTransitionTime: ts, reason, message };
}

export const getCondition = (status: { conditions?: DeploymentCondition[] } | undefined, type: string) => status?.conditions?.find((c) => c.type === type);

/** SetDeploymentCondition: no-op when status and reason are unchanged; keeps lastTransitionTime when status is. */
export function setCondition(status: { conditions?: DeploymentCondition[] }, cond: DeploymentCondition): void {
  const current = getCondition(status, cond.type);
  if (current && current.status === cond.status && current.reason === cond.reason) return;
  const next = { ...cond };
  if (current && current.status === cond.status) next.lastTransitionTime = current.lastTransitionTime;
  status.conditions = [...(status.conditions ?? []).filter((c) => c.type !== cond.type), next];
}

export function removeCondition(status: { conditions?: DeploymentCondition[] }, type: string): void {
  if (!status.conditions) return;
  status.conditions = status.conditions.filter((c) => c.type !== type);
}

// ---- rollout state ----------------------------------------------------------------------------
export interface DeploymentStatus {
  observedGeneration?: number;
  replicas?: number;
  updatedReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  unavailableReplicas?: number;
  collisionCount?: number;
  conditions?: DeploymentCondition[];
}

/** DeploymentComplete: updated == replicas == available == spec.replicas and generation observed. */
export function deploymentComplete(d: KubeObject, s: DeploymentStatus): boolean {
  const want = desiredReplicas(d);
  return (s.updatedReplicas ?? 0) === want && (s.replicas ?? 0) === want && (s.availableReplicas ?? 0) === want && (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
}

/** DeploymentProgressing: more updated/ready/available pods or fewer old ones than before. */
export function deploymentProgressing(d: KubeObject, s: DeploymentStatus): boolean {
  const old: DeploymentStatus = d.status ?? {};
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (s.replicas ?? 0) - (s.updatedReplicas ?? 0);
  return (s.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) || newOld < oldOld || (s.readyReplicas ?? 0) > (old.readyReplicas ?? 0) || (s.availableReplicas ?? 0) > (old.availableReplicas ?? 0);
}

/** DeploymentTimedOut at `nowMs` (Unix ms): Progressing lastUpdateTime + deadline strictly before now. */
export function deploymentTimedOut(d: KubeObject, s: DeploymentStatus, nowMs: number): boolean {
  if (!hasProgressDeadline(d)) return false;
  const c = getCondition(s, "Progressing");
  if (!c) return false;
  if (c.reason === NEW_RS_AVAILABLE_REASON) return false;
  if (c.reason === TIMED_OUT_REASON) return true;
  const from = timeOf(c.lastUpdateTime);
  return from + d.spec.progressDeadlineSeconds * 1000 < nowMs;
}
