// One sync of a StatefulSet's pods (stateful_set_control.go updateStatefulSet: processReplica,
// processCondemned, the rolling-update loop), as a pure function returning the writes to make
// in order. OrderedReady ("monotonic") stops at the first thing it must wait for; Parallel
// ("burst") creates and deletes without waiting but still updates one pod at a time.
import type { KubeObject } from "../../types";
import { isPodAvailable, isPodReady } from "../podcontrol";
import { ordinalOf, podRevision, startOrdinal } from "./identity";

export type Action =
  | { type: "create"; ordinal: number; revision: "current" | "update" }
  /** Failed/Succeeded replica: deleted now, recreated with the same name on a later sync. */
  | { type: "recreate"; pod: KubeObject; failed: boolean }
  | { type: "ensureClaims"; pod: KubeObject }
  | { type: "fixIdentity"; pod: KubeObject }
  | { type: "delete"; pod: KubeObject; why: "scale down" | "update" };

export interface PlanInput {
  set: KubeObject;
  /** Pods the set controls (any order). */
  pods: readonly KubeObject[];
  currentRevision: string;
  updateRevision: string;
  /** Unix ms, for minReadySeconds. */
  now: number;
  identityOk(pod: KubeObject): boolean;
}

export interface Plan {
  actions: Action[];
  /** Why the sync stopped early (for the trace), if it did. */
  waiting?: string;
}

export const isCreated = (p: KubeObject) => Boolean(p.status?.phase);
export const isTerminating = (p: KubeObject) => Boolean(p.metadata.deletionTimestamp);
export const isRunningAndReady = (p: KubeObject) => p.status?.phase === "Running" && isPodReady(p);
const isHealthy = (p: KubeObject) => isRunningAndReady(p) && !isTerminating(p);
const isTerminal = (p: KubeObject) => p.status?.phase === "Failed" || p.status?.phase === "Succeeded";

export function planSync(input: PlanInput): Plan {
  const { set, currentRevision, updateRevision, now } = input;
  const replicaCount = Number(set.spec?.replicas ?? 1);
  const start = startOrdinal(set);
  const minReady = Number(set.spec?.minReadySeconds ?? 0);
  const monotonic = set.spec?.podManagementPolicy !== "Parallel";
  const available = (p: KubeObject) => isRunningAndReady(p) && isPodAvailable(p, minReady, now);
  const partition = set.spec?.updateStrategy?.rollingUpdate ? Number(set.spec.updateStrategy.rollingUpdate.partition ?? 0) : 0;

  const replicas: (KubeObject | undefined)[] = new Array(replicaCount).fill(undefined);
  const condemned: KubeObject[] = [];
  for (const p of input.pods) {
    const ord = ordinalOf(p);
    if (ord < 0) continue;
    if (ord >= start && ord < start + replicaCount) replicas[ord - start] = p;
    else condemned.push(p);
  }
  condemned.sort((a, b) => ordinalOf(a) - ordinalOf(b));
  let firstUnhealthy: KubeObject | undefined;
  for (const p of [...replicas, ...condemned]) {
    if (p && !isHealthy(p) && (!firstUnhealthy || ordinalOf(p) < ordinalOf(firstUnhealthy))) firstUnhealthy = p;
  }

  const actions: Action[] = [];
  const stop = (waiting: string): Plan => ({ actions, waiting });
  if (set.metadata.deletionTimestamp) return stop("StatefulSet is being deleted");

  // A new pod below the partition is made at the current revision, otherwise at the update one.
  const revisionFor = (ord: number): "current" | "update" => {
    const ru = set.spec?.updateStrategy?.type === "RollingUpdate";
    if (ru && !set.spec.updateStrategy.rollingUpdate && ord < start + Number(set.status?.currentReplicas ?? 0)) return "current";
    if (set.spec?.updateStrategy?.rollingUpdate && ord < start + partition) return "current";
    return "update";
  };

  for (let i = 0; i < replicaCount; i++) {
    const ord = start + i;
    const pod = replicas[i];
    if (pod && isTerminal(pod)) {
      if (!isTerminating(pod)) actions.push({ type: "recreate", pod, failed: pod.status.phase === "Failed" });
      if (monotonic) return stop(`waiting for ${pod.metadata.name} to be removed before recreating it`);
      continue;
    }
    if (!pod) {
      actions.push({ type: "create", ordinal: ord, revision: revisionFor(ord) });
      if (monotonic) return stop(`created ${set.metadata.name}-${ord}`);
      continue;
    }
    if (pod.status?.phase === "Pending") actions.push({ type: "ensureClaims", pod });
    if (monotonic && isTerminating(pod)) return stop(`waiting for ${pod.metadata.name} to terminate`);
    if (monotonic && !isRunningAndReady(pod)) return stop(`waiting for ${pod.metadata.name} to be Running and Ready`);
    if (monotonic && !available(pod)) return stop(`waiting for ${pod.metadata.name} to be available`);
    if (!input.identityOk(pod)) actions.push({ type: "fixIdentity", pod });
  }

  // Scale down: highest ordinal first; in OrderedReady one at a time, each fully gone first.
  for (let i = condemned.length - 1; i >= 0; i--) {
    const pod = condemned[i]!;
    if (isTerminating(pod)) {
      if (monotonic) return stop(`waiting for ${pod.metadata.name} to terminate prior to scale down`);
      continue;
    }
    if (monotonic && pod !== firstUnhealthy && !available(pod)) return stop(`waiting for ${firstUnhealthy?.metadata.name ?? pod.metadata.name} to be Running and Ready prior to scale down`);
    actions.push({ type: "delete", pod, why: "scale down" });
    if (monotonic) return stop(`terminating ${pod.metadata.name} for scale down`);
  }

  if (set.spec?.updateStrategy?.type === "OnDelete") return { actions };
  // Rolling update: the highest ordinal not at the update revision goes first, down to the
  // partition; each replaced pod must be healthy before the next.
  for (let i = replicaCount - 1; i >= partition && i >= 0; i--) {
    const pod = replicas[i];
    if (!pod) continue;
    if (podRevision(pod) !== updateRevision && !isTerminating(pod)) {
      actions.push({ type: "delete", pod, why: "update" });
      return stop(`terminating ${pod.metadata.name} for update`);
    }
    if (!isHealthy(pod)) return stop(`waiting for ${pod.metadata.name} to update`);
  }
  void currentRevision;
  return { actions };
}

export interface StatefulSetStatus {
  observedGeneration?: number;
  replicas: number;
  readyReplicas?: number;
  currentReplicas?: number;
  updatedReplicas?: number;
  availableReplicas: number;
  currentRevision?: string;
  updateRevision?: string;
  collisionCount: number;
}

/** computeReplicaStatus + completeRollingUpdate; zero omitempty fields left out as the API prints. */
export function computeStatus(set: KubeObject, pods: readonly KubeObject[], currentRevision: string, updateRevision: string, collisionCount: number, now: number): StatefulSetStatus {
  const minReady = Number(set.spec?.minReadySeconds ?? 0);
  let replicas = 0, ready = 0, avail = 0, current = 0, updated = 0;
  for (const p of pods) {
    if (isCreated(p)) replicas++;
    if (isRunningAndReady(p)) {
      ready++;
      if (isPodAvailable(p, minReady, now)) avail++;
    }
    if (isCreated(p) && !isTerminating(p)) {
      if (podRevision(p) === currentRevision) current++;
      if (podRevision(p) === updateRevision) updated++;
    }
  }
  if (set.spec?.updateStrategy?.type === "RollingUpdate" && updated === replicas && ready === replicas) {
    current = updated;
    currentRevision = updateRevision;
  }
  const s: StatefulSetStatus = { replicas, availableReplicas: avail, collisionCount };
  if (set.metadata.generation) s.observedGeneration = set.metadata.generation;
  if (ready) s.readyReplicas = ready;
  if (current) s.currentReplicas = current;
  if (updated) s.updatedReplicas = updated;
  if (currentRevision) s.currentRevision = currentRevision;
  if (updateRevision) s.updateRevision = updateRevision;
  return s;
}
