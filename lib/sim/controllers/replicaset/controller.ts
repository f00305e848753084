// ReplicaSet controller (pkg/controller/replicaset/replica_set.go syncReplicaSet): claim the
// pods the selector picks, create/delete toward spec.replicas, write status.
//
// Expectations: upstream waits until its informer has seen its own creates/deletes before the
// next manageReplicas. Here every cache reads the store directly, so a write is observed the
// moment it returns and the expectations are always satisfied at the next sync (README).
import type { Controller, ControllerContext, KubeObject, Lister, WatchEvent } from "../../types";
import { labelSelectorFromObject } from "../../labels/labelselector";
import { deepEqual } from "../../store";
import { claimPods, controllerOf, isPodActive, podAvailableAt, wallClockNow } from "../podcontrol";
import { manageReplicas } from "./manage";
import { calculateReplicaSetStatus } from "./status";
import { newResyncTimers, resyncFired, scheduleResync } from "../deployment/resync";

export const RS_CONTROLLER = "replicaset-controller";
const RESYNC = "replicaset.resync";

const key = (o: KubeObject) => `${o.metadata.namespace}/${o.metadata.name}`;

/** ReplicaSets in the namespace whose selector matches the pod (getPodReplicaSets, for orphans). */
function matchingReplicaSets(lister: Lister, pod: KubeObject): string[] {
  const out: string[] = [];
  for (const rs of lister.list("replicasets", pod.metadata.namespace)) {
    try {
      const sel = labelSelectorFromObject(rs.spec?.selector);
      if (!sel.empty() && sel.matches(pod.metadata.labels ?? {})) out.push(key(rs));
    } catch {
      // an invalid selector selects nothing
    }
  }
  return out;
}

function ownerKey(lister: Lister, pod: KubeObject | undefined): string | undefined {
  const ref = pod && controllerOf(pod);
  if (!ref || ref.kind !== "ReplicaSet") return undefined;
  const rs = lister.get("replicasets", pod.metadata.namespace, ref.name);
  return rs && rs.metadata.uid === ref.uid ? key(rs) : undefined;
}

function podKeys(e: WatchEvent, lister: Lister): string[] {
  const owner = ownerKey(lister, e.object);
  const keys = new Set<string>();
  if (owner) keys.add(owner);
  const old = e.oldObject;
  // A changed controllerRef also wakes the previous owner.
  const oldOwner = ownerKey(lister, old);
  if (oldOwner) keys.add(oldOwner);
  const orphan = !controllerOf(e.object);
  if (orphan && e.type !== "DELETED") {
    const labelsChanged = !old || !deepEqual(old.metadata.labels, e.object.metadata.labels) || Boolean(old && controllerOf(old));
    if (labelsChanged) for (const k of matchingReplicaSets(lister, e.object)) keys.add(k);
  }
  return [...keys];
}

export const replicaSetController: Controller = {
  name: RS_CONTROLLER,
  watches: ["replicasets", "pods"],
  keysFor(e: WatchEvent, lister: Lister): string[] {
    if (e.resource === "replicasets") return [key(e.object)];
    return podKeys(e, lister);
  },
  reconcile(k: string, ctx: ControllerContext): void {
    syncReplicaSet(k, ctx);
  },
  timers: {
    [RESYNC]: (payload, ctx) => {
      const k = resyncFired(ctx.state(newResyncTimers).resync, payload);
      if (k) syncReplicaSet(k, ctx);
    },
  },
};

export function syncReplicaSet(k: string, ctx: ControllerContext): void {
  const [ns, name] = k.split("/") as [string, string];
  const rs = ctx.lister.get("replicasets", ns, name);
  if (!rs) return;
  let selector;
  try {
    selector = labelSelectorFromObject(rs.spec?.selector);
  } catch {
    return; // upstream logs "invalid selector" and gives up on this RS
  }
  // All pods of the namespace: an owned pod that no longer matches must be released.
  const candidates = ctx.lister.list("pods", ns).filter(isPodActive);
  const pods = claimPods(ctx, rs, candidates, selector);
  const err = rs.metadata.deletionTimestamp ? undefined : manageReplicas(ctx, rs, pods);
  const nowMs = wallClockNow(ctx);
  // As upstream, status counts the pods claimed before this sync's creates/deletes; their watch
  // events bring the next sync, which counts them.
  const status = calculateReplicaSetStatus(rs, pods, err, nowMs, ctx.timestamp());
  if (!deepEqual(status, rs.status ?? {})) ctx.api.updateStatus({ ...rs, status });
  // minReadySeconds: re-check when the next ready pod becomes available (timer, not polling).
  const minReady = rs.spec?.minReadySeconds ?? 0;
  if (minReady > 0) {
    let next = Infinity;
    for (const p of pods) {
      const at = podAvailableAt(p, minReady);
      if (at !== undefined && at > nowMs) next = Math.min(next, at);
    }
    if (next !== Infinity) scheduleResync(ctx, ctx.state(newResyncTimers).resync, RESYNC, k, next - nowMs);
  }
}
