// manageReplicas (pkg/controller/replicaset/replica_set.go): create or delete pods toward
// spec.replicas, at most burstReplicas (500) per sync; creations in slow-start batches
// (1, 2, 4, …) that stop at the first batch with a failure, as upstream's slowStartBatch.
import type { ControllerContext, KubeObject } from "../../types";
import { isApiError } from "../../api/errors";
import { controllerOf, isPodActive, podFromTemplate, podsToDelete, wallClockNow } from "../podcontrol";
import type { ManageError } from "./status";

export const BURST_REPLICAS = 500;
const SLOW_START_INITIAL_BATCH = 1;

const errText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Runs `fn` count times in doubling batches; stops after a batch with an error. */
export function slowStartBatch(count: number, initial: number, fn: () => Error | undefined): { successes: number; error?: Error } {
  let remaining = count;
  let successes = 0;
  for (let batch = Math.min(remaining, initial); batch > 0; batch = Math.min(2 * batch, remaining)) {
    let error: Error | undefined;
    for (let i = 0; i < batch; i++) {
      const e = fn();
      if (e) error ??= e;
      else successes++;
    }
    if (error) return { successes, error };
    remaining -= batch;
  }
  return { successes };
}

/** Pods of every ReplicaSet controlled by the same owner (a Deployment's other RSes): getIndirectlyRelatedPods. */
function relatedPods(ctx: ControllerContext, rs: KubeObject, own: readonly KubeObject[]): readonly KubeObject[] {
  const owner = controllerOf(rs);
  if (!owner) return own;
  const out: KubeObject[] = [];
  for (const sibling of ctx.lister.byOwner("replicasets", owner.uid)) out.push(...ctx.lister.byOwner("pods", sibling.metadata.uid));
  return out;
}

export function manageReplicas(ctx: ControllerContext, rs: KubeObject, pods: readonly KubeObject[]): ManageError | undefined {
  const replicas: number = rs.spec?.replicas ?? 1;
  let diff = pods.length - replicas;
  if (diff < 0) {
    diff = Math.min(-diff, BURST_REPLICAS);
    const { error } = slowStartBatch(diff, SLOW_START_INITIAL_BATCH, () => {
      try {
        const pod = ctx.api.create(podFromTemplate(rs.spec.template, rs));
        ctx.event(rs, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata.name}`);
        return undefined;
      } catch (e) {
        // A terminating namespace rejects every create; upstream stays quiet about it.
        if (!(isApiError(e) && e.code === 403 && /is being terminated/.test(e.message))) ctx.event(rs, "Warning", "FailedCreate", `Error creating: ${errText(e)}`);
        return e instanceof Error ? e : new Error(String(e));
      }
    });
    return error ? { reason: "FailedCreate", message: errText(error) } : undefined;
  }
  if (diff > 0) {
    diff = Math.min(diff, BURST_REPLICAS);
    const victims = podsToDelete(pods, relatedPods(ctx, rs, pods).filter(isPodActive), diff, wallClockNow(ctx));
    let failure: ManageError | undefined;
    for (const pod of victims) {
      try {
        ctx.api.delete("pods", pod.metadata.namespace, pod.metadata.name);
        ctx.event(rs, "Normal", "SuccessfulDelete", `Deleted pod: ${pod.metadata.name}`);
      } catch (e) {
        if (isApiError(e) && e.code === 404) continue;
        ctx.event(rs, "Warning", "FailedDelete", `Error deleting: ${errText(e)}`);
        failure ??= { reason: "FailedDelete", message: errText(e) };
      }
    }
    return failure;
  }
  return undefined;
}
