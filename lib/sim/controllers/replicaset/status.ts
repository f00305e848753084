// calculateStatus (pkg/controller/replicaset/replica_set_utils.go): counts over the pods the
// ReplicaSet controls, and the ReplicaFailure condition from the last manageReplicas error.
import type { KubeObject } from "../../types";
import { isPodAvailable, isPodReady } from "../podcontrol";

export interface ReplicaSetCondition {
  type: string;
  status: string;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

/** manageReplicas' failure, if any: reason FailedCreate (scaling up) or FailedDelete. */
export interface ManageError {
  reason: "FailedCreate" | "FailedDelete";
  message: string;
}

/**
 * The new status (fields as Go serialises them: zero counts other than replicas omitted).
 * `nowMs`: Unix ms for availability; `timestamp`: RFC 3339 of now for a new condition.
 */
export function calculateReplicaSetStatus(rs: KubeObject, pods: readonly KubeObject[], err: ManageError | undefined, nowMs: number, timestamp: string): Record<string, unknown> {
  const templateLabels = Object.entries((rs.spec?.template?.metadata?.labels ?? {}) as Record<string, string>);
  const minReady = rs.spec?.minReadySeconds ?? 0;
  let fully = 0;
  let ready = 0;
  let available = 0;
  for (const p of pods) {
    const labels = p.metadata.labels ?? {};
    if (templateLabels.every(([k, v]) => labels[k] === v)) fully++;
    if (isPodReady(p)) {
      ready++;
      if (isPodAvailable(p, minReady, nowMs)) available++;
    }
  }
  let conditions = [...((rs.status?.conditions ?? []) as ReplicaSetCondition[])];
  const failure = conditions.find((c) => c.type === "ReplicaFailure");
  if (err && !failure) conditions.push({ type: "ReplicaFailure", status: "True", lastTransitionTime: timestamp, reason: err.reason, message: err.message });
  else if (!err && failure) conditions = conditions.filter((c) => c.type !== "ReplicaFailure");
  return {
    replicas: pods.length,
    ...(fully ? { fullyLabeledReplicas: fully } : {}),
    ...(ready ? { readyReplicas: ready } : {}),
    ...(available ? { availableReplicas: available } : {}),
    ...(rs.metadata.generation ? { observedGeneration: rs.metadata.generation } : {}),
    ...(conditions.length ? { conditions } : {}),
  };
}
