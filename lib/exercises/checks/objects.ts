// Shared reading helpers for checks: object references, readiness, and how to name things
// in messages the way kubectl prints them (pod/web, deployment/web).
import type { ApiObject } from "../types";

export interface ObjectRef {
  /** Plural resource, as in `kubectl get <resource>`: "pods", "deployments", "nodes"… */
  resource: string;
  /** Defaults to "default" for namespaced resources; omit for nodes and other cluster-scoped ones. */
  namespace?: string;
  name: string;
}

const CLUSTER_SCOPED = new Set(["nodes", "namespaces", "persistentvolumes", "storageclasses"]);

export const namespaceOf = (ref: { resource: string; namespace?: string }) =>
  CLUSTER_SCOPED.has(ref.resource) ? undefined : (ref.namespace ?? "default");

const singular = (resource: string) => (resource.endsWith("ses") ? resource.slice(0, -2) : resource.replace(/s$/, ""));

/** "pod/web", or "pod/web in namespace shop" outside default. */
export function describeRef(ref: ObjectRef): string {
  const ns = namespaceOf(ref);
  return `${singular(ref.resource)}/${ref.name}${ns && ns !== "default" ? ` in namespace ${ns}` : ""}`;
}

export const isTerminating = (o: ApiObject) => o.metadata.deletionTimestamp !== undefined;

export function isPodReady(pod: ApiObject): boolean {
  if (isTerminating(pod)) return false;
  const conditions = (pod.status?.conditions ?? []) as { type: string; status: string }[];
  return conditions.some((c) => c.type === "Ready" && c.status === "True");
}

/** What `kubectl get pods` would show in STATUS, roughly: the waiting reason or the phase. */
export function podStatusText(pod: ApiObject): string {
  if (isTerminating(pod)) return "Terminating";
  const statuses = (pod.status?.containerStatuses ?? []) as { state?: { waiting?: { reason?: string }; terminated?: { reason?: string } } }[];
  for (const s of statuses) {
    const reason = s.state?.waiting?.reason ?? s.state?.terminated?.reason;
    if (reason) return reason;
  }
  if (!pod.spec?.nodeName) return "not scheduled yet";
  return String(pod.status?.phase ?? "Pending");
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
