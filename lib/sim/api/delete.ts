// DELETE: preconditions, graceful pod deletion, finalizers (including the garbage collector's
// orphan/foregroundDeletion set from propagationPolicy) and namespaces that terminate first.
// The object is removed at once only when nothing holds it (no finalizers, no grace period).
import type { DeleteOptions, KindSpec, KubeObject } from "../types";
import { deepClone } from "../store";
import { conflict, forbidden, notFound } from "./errors";
import type { ApiServer } from "./server";

export const ORPHAN = "orphan";
export const FOREGROUND = "foregroundDeletion";
/** Namespaces the NamespaceLifecycle plugin refuses to delete. */
export const IMMORTAL_NAMESPACES = ["default", "kube-system", "kube-public"];

function podGracePeriod(pod: KubeObject, requested: number | undefined): number {
  // Unscheduled or finished pods have no kubelet to wait for: delete at once.
  const phase = pod.status?.phase;
  if (!pod.spec?.nodeName || phase === "Succeeded" || phase === "Failed") return 0;
  let grace = requested ?? pod.spec?.terminationGracePeriodSeconds ?? 30;
  if (grace < 0) grace = 1;
  return grace;
}

/** deletionFinalizersForGarbageCollection: the policy decides orphan vs foregroundDeletion. */
function finalizersFor(current: string[], policy: DeleteOptions["propagationPolicy"]): string[] {
  if (!policy) return current;
  const rest = current.filter((f) => f !== ORPHAN && f !== FOREGROUND);
  if (policy === "Orphan") return [...rest, ORPHAN];
  if (policy === "Foreground") return [...rest, FOREGROUND];
  return rest;
}

export function deleteObject(server: ApiServer, k: KindSpec, namespace: string | undefined, name: string, opts: DeleteOptions): KubeObject | undefined {
  const ns = k.namespaced ? namespace : undefined;
  const current = server.store.get(k.resource, ns, name);
  if (!current) throw notFound(k, name);
  const m = current.metadata;
  const pre = opts.preconditions;
  if (pre?.uid && pre.uid !== m.uid) throw conflict(k, name, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${m.uid}`);
  if (pre?.resourceVersion && pre.resourceVersion !== m.resourceVersion) {
    throw conflict(k, name, `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${m.resourceVersion}`);
  }
  if (k.kind === "Namespace") return deleteNamespace(server, k, current);

  const grace = k.kind === "Pod" ? podGracePeriod(current, opts.gracePeriodSeconds) : 0;
  const finalizers = finalizersFor(m.finalizers ?? [], opts.propagationPolicy);
  if (m.deletionTimestamp) {
    // A second delete may shorten a pod's grace period or change the GC finalizers.
    const next = deepClone(current);
    if (k.kind === "Pod" && grace < (m.deletionGracePeriodSeconds ?? 0)) {
      next.metadata.deletionGracePeriodSeconds = grace;
      next.metadata.deletionTimestamp = server.timestamp(grace * 1000);
    }
    if (opts.propagationPolicy) next.metadata.finalizers = finalizers;
    if (finalizers.length === 0 && (next.metadata.deletionGracePeriodSeconds ?? 0) === 0) {
      server.commitDelete(k, current);
      return undefined;
    }
    return server.write(k, current, next, "main", {});
  }
  if (finalizers.length > 0 || grace > 0) {
    const next = deepClone(current);
    next.metadata.deletionTimestamp = server.timestamp(grace * 1000);
    next.metadata.deletionGracePeriodSeconds = grace;
    if (finalizers.length) next.metadata.finalizers = finalizers;
    else delete next.metadata.finalizers;
    return server.commit(server.store.update(k.resource, next));
  }
  server.commitDelete(k, current);
  return undefined;
}

/** The namespace turns Terminating; the namespace controller empties it and finalizes it. */
function deleteNamespace(server: ApiServer, k: KindSpec, current: KubeObject): KubeObject | undefined {
  const name = current.metadata.name;
  if (IMMORTAL_NAMESPACES.includes(name)) throw forbidden(k, name, "this namespace may not be deleted");
  if (current.metadata.deletionTimestamp) return current;
  if ((current.spec?.finalizers ?? []).length === 0 && (current.metadata.finalizers ?? []).length === 0) {
    server.commitDelete(k, current);
    return undefined;
  }
  const next = deepClone(current);
  next.metadata.deletionTimestamp = server.timestamp();
  next.metadata.deletionGracePeriodSeconds = 0;
  next.status = { ...next.status, phase: "Terminating" };
  return server.commit(server.store.update(k.resource, next));
}
