// Cluster invariants that must hold after every kubectl command, whatever the input: what the
// fuzz tests assert after each step. Each is a property real Kubernetes keeps through the API
// server and etcd, so a violation is a simulator bug, never an acceptable answer to bad input.
//
// - every stored object has a kind and apiVersion matching its registered resource, a name that
//   is a valid DNS subdomain (≤ 253) or the kind's looser path-segment rule, a non-empty uid, a
//   namespace exactly when its kind is namespaced, and that namespace exists;
// - no two objects of one resource share a namespace/name, no two objects share a uid;
// - resourceVersion is a positive integer ≤ the store's revision, and an object's
//   resourceVersion never goes down between two checks (etcd's mod revision);
// - the store's revision never goes down;
// - every ownerReference names an existing owner with that uid, unless the dependent is already
//   being deleted (deletionTimestamp) or its owner is (the garbage collector is mid-way);
// - a Pod bound to a node names a Node that exists, or the Pod is being deleted.
import type { SimCluster } from "../cluster";
import type { KubeObject } from "../types";

export interface InvariantTracker {
  /** Checks the cluster now; returns every violation found (empty when all hold). */
  check(): string[];
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function trackInvariants(cluster: SimCluster): InvariantTracker {
  const lastRv = new Map<string, number>();
  let lastRevision = 0;
  return {
    check() {
      const problems: string[] = [];
      const { store, kinds } = cluster.internals;
      const revision = store.revision;
      if (revision < lastRevision) problems.push(`store revision went down: ${lastRevision} → ${revision}`);
      lastRevision = revision;

      const byUid = new Map<string, KubeObject>();
      const all: { resource: string; obj: KubeObject }[] = [];
      const namespaces = new Set(store.list("namespaces").map((n) => n.metadata.name));
      const nodes = new Map(store.list("nodes").map((n) => [n.metadata.name, n]));

      for (const kind of kinds) {
        const seen = new Set<string>();
        for (const obj of store.list(kind.resource)) {
          const m = obj.metadata;
          const id = `${kind.resource}/${m.namespace ? `${m.namespace}/` : ""}${m.name}`;
          all.push({ resource: kind.resource, obj });
          if (obj.kind !== kind.kind) problems.push(`${id}: kind ${String(obj.kind)} stored under ${kind.resource}`);
          if (obj.apiVersion !== kind.apiVersion) problems.push(`${id}: apiVersion ${String(obj.apiVersion)}, want ${kind.apiVersion}`);
          if (typeof m.name !== "string" || m.name.length === 0 || m.name.length > 253) problems.push(`${id}: name length ${String(m.name?.length)}`);
          else if (!DNS_SUBDOMAIN.test(m.name) && !/^[^/%]+$/.test(m.name)) problems.push(`${id}: name is not a valid path segment`);
          if (kind.namespaced !== (m.namespace !== undefined && m.namespace !== "")) problems.push(`${id}: namespace ${String(m.namespace)} on a ${kind.namespaced ? "namespaced" : "cluster-scoped"} kind`);
          if (kind.namespaced && m.namespace && !namespaces.has(m.namespace)) problems.push(`${id}: namespace ${m.namespace} does not exist`);
          const key = `${m.namespace ?? ""}/${m.name}`;
          if (seen.has(key)) problems.push(`${id}: duplicate name`);
          seen.add(key);
          if (typeof m.uid !== "string" || m.uid.length === 0) problems.push(`${id}: no uid`);
          else if (byUid.has(m.uid)) problems.push(`${id}: uid ${m.uid} also used by ${byUid.get(m.uid)!.metadata.name}`);
          else byUid.set(m.uid, obj);
          const rv = Number(m.resourceVersion);
          if (!Number.isInteger(rv) || rv < 1 || rv > revision) problems.push(`${id}: resourceVersion ${String(m.resourceVersion)} (store at ${revision})`);
          const before = m.uid ? lastRv.get(m.uid) : undefined;
          if (before !== undefined && rv < before) problems.push(`${id}: resourceVersion went down ${before} → ${rv}`);
          if (m.uid) lastRv.set(m.uid, rv);
        }
      }

      for (const { resource, obj } of all) {
        const m = obj.metadata;
        const id = `${resource}/${m.namespace ? `${m.namespace}/` : ""}${m.name}`;
        for (const ref of m.ownerReferences ?? []) {
          const owner = byUid.get(ref.uid);
          if (owner && owner.metadata.name === ref.name && owner.kind === ref.kind) continue;
          if (m.deletionTimestamp) continue;
          if (owner?.metadata.deletionTimestamp) continue;
          problems.push(`${id}: owner ${ref.kind}/${ref.name} (uid ${ref.uid}) ${owner ? "does not match" : "does not exist"} and the object is not being deleted`);
        }
        if (resource === "pods") {
          const nodeName = (obj as { spec?: { nodeName?: string } }).spec?.nodeName;
          if (nodeName && !nodes.has(nodeName) && !m.deletionTimestamp) {
            // The pod GC removes pods of a deleted node after its own delay; the invariant is
            // that such a pod is never Running on a node that does not exist.
            const phase = (obj as { status?: { phase?: string } }).status?.phase;
            if (phase === "Running") problems.push(`${id}: Running on node ${nodeName}, which does not exist`);
          }
        }
      }
      // Forget objects that are gone, so the map stays the size of the cluster.
      for (const uid of lastRv.keys()) if (!byUid.has(uid)) lastRv.delete(uid);
      return problems;
    },
  };
}
