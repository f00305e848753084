// `kubectl rollout status` viewers (kubectl pkg/polymorphichelpers/rollout_status.go): one
// object in, the line kubectl prints and whether the rollout is done — or an error, which
// kubectl prints as "error: <text>" and stops. The checks run in upstream's order, because the
// first that matches decides the line a learner sees.
import type { KubeObject } from "../../types";

/** schema.GroupKind.String(): "ReplicaSet.apps", "Pod". */
export const groupKind = (obj: KubeObject) => (obj.apiVersion.includes("/") ? `${obj.kind}.${obj.apiVersion.split("/")[0]}` : obj.kind);

export type RolloutStatus = { message: string; done: boolean } | { error: string };

const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** deployment.kubernetes.io/revision of a Deployment or ReplicaSet; NaN when absent or not an integer. */
export function revisionOf(obj: KubeObject): number {
  const text = obj.metadata.annotations?.["deployment.kubernetes.io/revision"];
  if (text === undefined) return 0;
  return /^-?\d+$/.test(text) ? Number(text) : NaN;
}

export function deploymentStatus(d: KubeObject, revision = 0): RolloutStatus {
  const name = d.metadata.name;
  if (revision > 0) {
    const running = revisionOf(d);
    if (Number.isNaN(running)) {
      const text = d.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? "";
      return { error: `cannot get the revision of deployment "${name}": strconv.ParseInt: parsing "${text}": invalid syntax` };
    }
    if (revision !== running) return { error: `desired revision (${revision}) is different from the running revision (${running})` };
  }
  const status = d.status ?? {};
  if (num(d.metadata.generation) > num(status.observedGeneration)) {
    return { message: "Waiting for deployment spec update to be observed...\n", done: false };
  }
  const conditions = (status.conditions ?? []) as { type: string; reason?: string }[];
  if (conditions.find((c) => c.type === "Progressing")?.reason === "ProgressDeadlineExceeded") {
    return { error: `deployment "${name}" exceeded its progress deadline` };
  }
  const updated = num(status.updatedReplicas);
  const replicas = num(status.replicas);
  const available = num(status.availableReplicas);
  const desired = d.spec?.replicas;
  const wait = (what: string) => ({ message: `Waiting for deployment "${name}" rollout to finish: ${what}...\n`, done: false });
  if (typeof desired === "number" && updated < desired) return wait(`${updated} out of ${desired} new replicas have been updated`);
  if (replicas > updated) return wait(`${replicas - updated} old replicas are pending termination`);
  if (available < updated) return wait(`${available} of ${updated} updated replicas are available`);
  return { message: `deployment "${name}" successfully rolled out\n`, done: true };
}

export function daemonSetStatus(ds: KubeObject): RolloutStatus {
  // Upstream names the StatefulSet constant here; both are "RollingUpdate".
  if (ds.spec?.updateStrategy?.type !== "RollingUpdate") return { error: "rollout status is only available for RollingUpdate strategy type" };
  const status = ds.status ?? {};
  if (num(ds.metadata.generation) > num(status.observedGeneration)) {
    return { message: "Waiting for daemon set spec update to be observed...\n", done: false };
  }
  const name = ds.metadata.name;
  const desired = num(status.desiredNumberScheduled);
  const updated = num(status.updatedNumberScheduled);
  const available = num(status.numberAvailable);
  if (updated < desired) return { message: `Waiting for daemon set "${name}" rollout to finish: ${updated} out of ${desired} new pods have been updated...\n`, done: false };
  if (available < desired) return { message: `Waiting for daemon set "${name}" rollout to finish: ${available} of ${desired} updated pods are available...\n`, done: false };
  return { message: `daemon set "${name}" successfully rolled out\n`, done: true };
}

export function statefulSetStatus(sts: KubeObject): RolloutStatus {
  const strategy = sts.spec?.updateStrategy ?? {};
  if (strategy.type !== "RollingUpdate") return { error: "rollout status is only available for RollingUpdate strategy type" };
  const status = sts.status ?? {};
  const observed = num(status.observedGeneration);
  if (observed === 0 || num(sts.metadata.generation) > observed) {
    return { message: "Waiting for statefulset spec update to be observed...\n", done: false };
  }
  const desired = sts.spec?.replicas;
  const ready = num(status.readyReplicas);
  const updated = num(status.updatedReplicas);
  if (typeof desired === "number" && ready < desired) return { message: `Waiting for ${desired - ready} pods to be ready...\n`, done: false };
  // A rollingUpdate block (defaulted to partition 0 when the type was omitted) selects the
  // "partitioned" wording even without a partition, as upstream does.
  if (strategy.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (typeof desired === "number" && typeof partition === "number" && updated < desired - partition) {
      return { message: `Waiting for partitioned roll out to finish: ${updated} out of ${desired - partition} new pods have been updated...\n`, done: false };
    }
    return { message: `partitioned roll out complete: ${updated} new pods have been updated...\n`, done: true };
  }
  if (status.updateRevision !== status.currentRevision) {
    return { message: `waiting for statefulset rolling update to complete ${updated} pods at revision ${status.updateRevision ?? ""}...\n`, done: false };
  }
  return { message: `statefulset rolling update complete ${num(status.currentReplicas)} pods at revision ${status.currentRevision ?? ""}...\n`, done: true };
}

/** The viewer for a kind, or kubectl's error for kinds without one. */
export function rolloutStatus(obj: KubeObject, revision = 0): RolloutStatus {
  switch (obj.kind) {
    case "Deployment":
      return deploymentStatus(obj, revision);
    case "DaemonSet":
      return daemonSetStatus(obj);
    case "StatefulSet":
      return statefulSetStatus(obj);
    default:
      return { error: `no status viewer has been implemented for ${groupKind(obj)}` };
  }
}
