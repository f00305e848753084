// statefulset-controller (pkg/controller/statefulset/stateful_set.go sync + stateful_set_control.go
// UpdateStatefulSet + stateful_pod_control.go): claim pods, keep the revision history, run one
// planned sync (plan.ts), create claims before pods, record the events upstream records, write
// status, truncate history. minReadySeconds re-checks ride the timer queue.
import type { Controller, ControllerContext, KubeObject, WatchEvent } from "../../types";
import { isApiError } from "../../api/errors";
import { labelSelectorFromObject } from "../../labels/labelselector";
import { canonicalJson } from "../../util/hash";
import { availabilityTimerFired, claimPods, controllerOf, requeueForAvailability, wallClockNow } from "../podcontrol";
import { adoptOrphanRevisions, ensureUpdateRevision, listRevisions, truncateHistory } from "../history";
import { applyIdentity, claimsFor, identityMatches, isMemberOf, newStatefulSetPod, ordinalOf, podRevision, revisionData, storageMatches, templateOfRevision } from "./identity";
import { computeStatus, planSync, type Action } from "./plan";

/* eslint-disable @typescript-eslint/no-explicit-any */

const NAME = "statefulset-controller";
const REQUEUE = "statefulset.requeue";

const keyOf = (o: KubeObject) => `${o.metadata.namespace}/${o.metadata.name}`;

function podKeys(e: WatchEvent, lister: Parameters<Controller["keysFor"]>[1]): string[] {
  const keys = new Set<string>();
  for (const pod of [e.object, e.oldObject]) {
    if (!pod) continue;
    const ref = controllerOf(pod);
    if (ref?.kind === "StatefulSet") keys.add(`${pod.metadata.namespace}/${ref.name}`);
    else if (!ref && e.type !== "DELETED") {
      // An orphan: every StatefulSet that could adopt it (name prefix and selector).
      for (const set of lister.list("statefulsets", pod.metadata.namespace)) {
        if (!isMemberOf(set, pod)) continue;
        try {
          if (labelSelectorFromObject(set.spec?.selector).matches(pod.metadata.labels ?? {})) keys.add(keyOf(set));
        } catch {
          // invalid selectors select nothing
        }
      }
    }
  }
  return [...keys];
}

export const statefulSetController: Controller = {
  name: NAME,
  watches: ["statefulsets", "pods"],
  keysFor(e, lister) {
    if (e.resource === "statefulsets") return [keyOf(e.object)];
    return podKeys(e, lister);
  },
  reconcile: (key, ctx) => syncStatefulSet(key, ctx),
  timers: {
    [REQUEUE]: (payload, ctx) => syncStatefulSet(availabilityTimerFired(ctx, payload), ctx),
  },
};

export function syncStatefulSet(key: string, ctx: ControllerContext): void {
  const [ns, name] = key.split("/") as [string, string];
  const set = ctx.lister.get("statefulsets", ns, name);
  if (!set) return;
  let selector;
  try {
    selector = labelSelectorFromObject(set.spec?.selector);
  } catch {
    return;
  }
  // Candidates: what the set controls (owner index) plus orphans it might adopt.
  const candidates = [...ctx.lister.byOwner("pods", set.metadata.uid), ...ctx.lister.list("pods", ns).filter((p) => !p.metadata.ownerReferences?.length || !controllerOf(p))];
  const pods = claimPods(ctx, set, candidates, selector, (p) => isMemberOf(set, p));

  adoptOrphanRevisions(ctx, set, selector);
  const revisions = listRevisions(ctx, set);
  const made = ensureUpdateRevision(ctx, set, set.spec?.template?.metadata?.labels, revisionData(set), revisions, Number(set.status?.collisionCount ?? 0));
  const update = made.update;
  const current = revisions.find((r) => r.metadata.name === set.status?.currentRevision) ?? update;
  const templates = { current: current === update ? set.spec.template : templateOfRevision(current), update: set.spec.template };
  const names = { current: current.metadata.name, update: update.metadata.name };

  const now = wallClockNow(ctx);
  const plan = planSync({ set, pods, currentRevision: names.current, updateRevision: names.update, now, identityOk: (p) => identityMatches(set, p) && storageMatches(set, p) });
  for (const action of plan.actions) if (!execute(ctx, set, action, templates, names)) break;
  if (plan.waiting) ctx.trace({ type: "reconcile", controller: NAME, key, message: plan.waiting });

  const owned = ctx.lister.byOwner("pods", set.metadata.uid).filter((p) => isMemberOf(set, p));
  const status = computeStatus(set, owned, names.current, names.update, made.collisionCount, now);
  const fresh = ctx.lister.get("statefulsets", ns, name);
  if (fresh && fresh.metadata.uid === set.metadata.uid && canonicalJson(fresh.status ?? {}) !== canonicalJson(status)) {
    ctx.api.updateStatus({ ...fresh, status });
  }

  const live = new Set([status.currentRevision ?? names.current, names.update, ...owned.map(podRevision)]);
  truncateHistory(ctx, listRevisions(ctx, set), live, Number(set.spec?.revisionHistoryLimit ?? 10));
  requeueForAvailability(ctx, REQUEUE, key, set, owned);
}

/** Runs one planned write; false stops the rest of the sync (the error is recorded as an event). */
function execute(ctx: ControllerContext, set: KubeObject, a: Action, templates: { current: any; update: any }, names: { current: string; update: string }): boolean {
  const setName = set.metadata.name;
  switch (a.type) {
    case "create": {
      const pod = newStatefulSetPod(set, templates[a.revision], a.ordinal, names[a.revision]);
      const podName = pod.metadata!.name!;
      if (!createClaims(ctx, set, a.ordinal, podName)) return false;
      try {
        ctx.api.create(pod);
      } catch (e) {
        if (isApiError(e) && e.code === 409) return false; // sunk, like upstream: retried later
        ctx.event(set, "Warning", "FailedCreate", `create Pod ${podName} in StatefulSet ${setName} failed error: ${errorText(e)}`);
        throw e;
      }
      ctx.event(set, "Normal", "SuccessfulCreate", `create Pod ${podName} in StatefulSet ${setName} successful`);
      return true;
    }
    case "recreate":
      if (a.failed) ctx.event(set, "Warning", "RecreatingFailedPod", `StatefulSet ${set.metadata.namespace}/${setName} is recreating failed Pod ${a.pod.metadata.name}`);
      else ctx.event(set, "Normal", "RecreatingTerminatedPod", `StatefulSet ${set.metadata.namespace}/${setName} is recreating terminated Pod ${a.pod.metadata.name}`);
      return deletePod(ctx, set, a.pod);
    case "ensureClaims":
      return createClaims(ctx, set, ordinalOf(a.pod), a.pod.metadata.name);
    case "fixIdentity": {
      const pod = structuredClone(a.pod) as any;
      applyIdentity(set, pod, ordinalOf(a.pod));
      if (!createClaims(ctx, set, ordinalOf(a.pod), a.pod.metadata.name)) return false;
      ctx.api.update(pod);
      ctx.event(set, "Normal", "SuccessfulUpdate", `update Pod ${a.pod.metadata.name} in StatefulSet ${setName} successful`);
      return true;
    }
    case "delete":
      if (a.why === "scale down" && set.spec?.persistentVolumeClaimRetentionPolicy?.whenScaled === "Delete") ownClaimsByPod(ctx, set, a.pod);
      return deletePod(ctx, set, a.pod);
  }
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function deletePod(ctx: ControllerContext, set: KubeObject, pod: KubeObject): boolean {
  try {
    ctx.api.delete("pods", pod.metadata.namespace, pod.metadata.name, { preconditions: { uid: pod.metadata.uid } });
  } catch (e) {
    if (isApiError(e) && e.code === 404) return true;
    ctx.event(set, "Warning", "FailedDelete", `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} failed error: ${errorText(e)}`);
    throw e;
  }
  ctx.event(set, "Normal", "SuccessfulDelete", `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`);
  return true;
}

/**
 * createPersistentVolumeClaims: every missing claim of the ordinal is created (claims that exist
 * are reused as they are, which is how a scaled-up pod gets its old data back). whenDeleted:
 * Delete makes the set an owner of new claims so the garbage collector removes them with it.
 */
function createClaims(ctx: ControllerContext, set: KubeObject, ordinal: number, podName: string): boolean {
  for (const claim of claimsFor(set, ordinal)) {
    const claimName = claim.metadata!.name!;
    const existing = ctx.lister.get("persistentvolumeclaims", set.metadata.namespace, claimName);
    if (existing) {
      if (existing.metadata.deletionTimestamp) {
        ctx.event(set, "Warning", "FailedCreate", `create Pod ${podName} in StatefulSet ${set.metadata.name} failed error: pvc ${claimName} is being deleted`);
        return false;
      }
      continue;
    }
    if (set.spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted === "Delete") {
      claim.metadata!.ownerReferences = [{ apiVersion: set.apiVersion, kind: set.kind, name: set.metadata.name, uid: set.metadata.uid, controller: true, blockOwnerDeletion: true }];
    }
    try {
      ctx.api.create(claim);
    } catch (e) {
      ctx.event(set, "Warning", "FailedCreate", `create Claim ${claimName} for Pod ${podName} in StatefulSet ${set.metadata.name} failed error: ${errorText(e)}`);
      throw e;
    }
    ctx.event(set, "Normal", "SuccessfulCreate", `create Claim ${claimName} Pod ${podName} in StatefulSet ${set.metadata.name} success`);
  }
  return true;
}

/** whenScaled: Delete — a condemned pod becomes an owner of its claims, so they go with it. */
function ownClaimsByPod(ctx: ControllerContext, set: KubeObject, pod: KubeObject): void {
  for (const claim of claimsFor(set, ordinalOf(pod))) {
    const existing = ctx.lister.get("persistentvolumeclaims", set.metadata.namespace, claim.metadata!.name!);
    if (!existing || existing.metadata.ownerReferences?.some((r) => r.uid === pod.metadata.uid)) continue;
    const refs = [...(existing.metadata.ownerReferences ?? []).filter((r) => r.uid !== set.metadata.uid), { apiVersion: "v1", kind: "Pod", name: pod.metadata.name, uid: pod.metadata.uid }];
    ctx.api.patch("persistentvolumeclaims", existing.metadata.namespace, existing.metadata.name, { metadata: { ownerReferences: refs } });
  }
}

