// Garbage collector (pkg/controller/garbagecollector): deletes dependents whose owners are
// gone (background), empties owners deleted in the foreground before letting them go
// (foregroundDeletion finalizer, waits on blockOwnerDeletion dependents), and orphans
// dependents of owners deleted with propagationPolicy Orphan (orphan finalizer).
import type { Controller, ControllerContext, KubeObject, Lister, OwnerReference, WatchEvent } from "../../types";
import { kindFor, KINDS } from "../../kinds";
import { FOREGROUND, ORPHAN } from "../../api/delete";
import { isApiError } from "../../api/errors";

/** The cluster's lister also answers "who references this uid?" (the GC's dependency graph). */
export interface GraphLister extends Lister {
  dependents(uid: string): { resource: string; object: KubeObject }[];
}

const objKey = (resource: string, o: KubeObject) => `obj:${resource}/${o.metadata.namespace ?? ""}/${o.metadata.name}`;

function ownerOf(lister: Lister, dependent: KubeObject, ref: OwnerReference): { resource: string; object: KubeObject } | undefined {
  const k = kindFor(ref.apiVersion, ref.kind);
  if (!k) return undefined;
  const o = lister.get(k.resource, k.namespaced ? dependent.metadata.namespace : undefined, ref.name);
  return o && o.metadata.uid === ref.uid ? { resource: k.resource, object: o } : undefined;
}

const hasFinalizer = (o: KubeObject, f: string) => o.metadata.finalizers?.includes(f) ?? false;

export const garbageCollector: Controller = {
  name: "garbage-collector-controller",
  watches: KINDS.filter((k) => k.resource !== "events").map((k) => k.resource),
  keysFor(event: WatchEvent, lister: Lister): string[] {
    const o = event.object;
    const keys: string[] = [];
    if (event.type === "DELETED") keys.push(`uid:${o.metadata.uid}`);
    else if (o.metadata.deletionTimestamp && (hasFinalizer(o, ORPHAN) || hasFinalizer(o, FOREGROUND))) keys.push(objKey(event.resource, o));
    const refs = o.metadata.ownerReferences;
    if (refs?.length) {
      if (event.type === "ADDED") keys.push(`dep:${event.resource}/${o.metadata.namespace ?? ""}/${o.metadata.name}`);
      // A dependent going away may unblock an owner waiting in foreground deletion.
      if (event.type === "DELETED" || o.metadata.deletionTimestamp) {
        for (const ref of refs) {
          const owner = ownerOf(lister, o, ref);
          if (owner?.object.metadata.deletionTimestamp && hasFinalizer(owner.object, FOREGROUND)) keys.push(objKey(owner.resource, owner.object));
        }
      }
    }
    return keys;
  },
  reconcile(key: string, ctx: ControllerContext): void {
    const lister = ctx.lister as GraphLister;
    const colon = key.indexOf(":");
    const kind = key.slice(0, colon);
    const rest = key.slice(colon + 1);
    if (kind === "uid") return collectDependents(rest, lister, ctx);
    const [resource, ns, name] = rest.split("/") as [string, string, string];
    const obj = lister.get(resource, ns || undefined, name);
    if (!obj) return;
    if (kind === "dep") return verifyOwners(resource, obj, lister, ctx);
    if (!obj.metadata.deletionTimestamp) return;
    if (hasFinalizer(obj, ORPHAN)) orphanDependents(resource, obj, lister, ctx);
    else if (hasFinalizer(obj, FOREGROUND)) deleteForeground(resource, obj, lister, ctx);
  },
};

function ignoreGone(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (!isApiError(e) || (e.reason !== "NotFound" && e.reason !== "Conflict")) throw e;
  }
}

/** The owner `uid` is gone: dependents with no other live owner are deleted. */
function collectDependents(uid: string, lister: GraphLister, ctx: ControllerContext): void {
  for (const { resource, object } of lister.dependents(uid)) handleDangling(resource, object, lister, ctx);
}

function verifyOwners(resource: string, obj: KubeObject, lister: GraphLister, ctx: ControllerContext): void {
  const refs = obj.metadata.ownerReferences ?? [];
  if (refs.some((r) => !ownerOf(lister, obj, r))) handleDangling(resource, obj, lister, ctx);
}

function handleDangling(resource: string, obj: KubeObject, lister: Lister, ctx: ControllerContext): void {
  const refs = obj.metadata.ownerReferences ?? [];
  const live = refs.filter((r) => ownerOf(lister, obj, r));
  const m = obj.metadata;
  if (live.length === refs.length) return;
  if (live.length > 0) {
    // Other owners remain: only drop the references to the missing ones.
    ctx.trace({ type: "reconcile", controller: "garbage-collector-controller", key: `${resource}/${m.namespace ?? ""}/${m.name}`, message: "removing dangling owner references" });
    ignoreGone(() => ctx.api.patch(resource, m.namespace, m.name, { metadata: { ownerReferences: live } }));
    return;
  }
  if (m.deletionTimestamp) return;
  ctx.trace({ type: "reconcile", controller: "garbage-collector-controller", key: `${resource}/${m.namespace ?? ""}/${m.name}`, message: "all owners are gone: deleting (Background)" });
  ignoreGone(() => void ctx.api.delete(resource, m.namespace, m.name, { propagationPolicy: "Background", preconditions: { uid: m.uid } }));
}

function orphanDependents(resource: string, owner: KubeObject, lister: GraphLister, ctx: ControllerContext): void {
  const uid = owner.metadata.uid;
  for (const dep of lister.dependents(uid)) {
    const m = dep.object.metadata;
    const refs = (m.ownerReferences ?? []).filter((r) => r.uid !== uid);
    ignoreGone(() => ctx.api.patch(dep.resource, m.namespace, m.name, { metadata: { ownerReferences: refs.length ? refs : null } }));
  }
  removeFinalizer(resource, owner, ORPHAN, ctx);
}

function deleteForeground(resource: string, owner: KubeObject, lister: GraphLister, ctx: ControllerContext): void {
  const uid = owner.metadata.uid;
  let blocking = 0;
  for (const dep of lister.dependents(uid)) {
    const m = dep.object.metadata;
    const ref = m.ownerReferences?.find((r) => r.uid === uid);
    if (ref?.blockOwnerDeletion) blocking++;
    if (!m.deletionTimestamp) ignoreGone(() => void ctx.api.delete(dep.resource, m.namespace, m.name, { propagationPolicy: "Foreground", preconditions: { uid: m.uid } }));
  }
  if (blocking === 0) removeFinalizer(resource, owner, FOREGROUND, ctx);
}

function removeFinalizer(resource: string, obj: KubeObject, finalizer: string, ctx: ControllerContext): void {
  const m = obj.metadata;
  const finalizers = (m.finalizers ?? []).filter((f) => f !== finalizer);
  ignoreGone(() => ctx.api.patch(resource, m.namespace, m.name, { metadata: { finalizers: finalizers.length ? finalizers : null, resourceVersion: m.resourceVersion } }));
}
