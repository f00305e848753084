// ControllerRevision history shared by the StatefulSet and DaemonSet controllers
// (pkg/controller/history/controller_history.go): naming, sorting, equality, next revision
// number, creation with hash-collision handling, and truncation to revisionHistoryLimit.
//
// Simplification: upstream hashes the raw JSON bytes of `data` with FNV-32; we hash a canonical
// JSON of `data` with util/hash computeHash (same alphabet, same length, stable per template).
import type { ControllerContext, KubeObject, ObjectInput } from "../../types";
import { computeHash, canonicalJson } from "../../util/hash";
import { isApiError } from "../../api/errors";
import { claimObjects, controllerOf, controllerRef } from "../podcontrol";

export const CONTROLLER_REVISION_HASH_LABEL = "controller-revision-hash";

/** ControllerRevisionName: "<prefix>-<hash>", the prefix cut to 223 characters. */
export function controllerRevisionName(prefix: string, hash: string): string {
  return `${prefix.length > 223 ? prefix.slice(0, 223) : prefix}-${hash}`;
}

/** HashControllerRevision: the hash of the revision's data and the collision count. */
export const hashRevisionData = (data: unknown, collisionCount?: number | null) => computeHash(data, collisionCount);

/**
 * NewControllerRevision: labels copied from the template plus controller-revision-hash, a
 * controller ownerReference to the parent, `data` and `revision`; named "<parent>-<hash>".
 */
export function newControllerRevision(parent: KubeObject, templateLabels: Record<string, string> | undefined, data: unknown, revision: number, collisionCount?: number | null): ObjectInput {
  const hash = hashRevisionData(data, collisionCount);
  return {
    apiVersion: "apps/v1",
    kind: "ControllerRevision",
    metadata: {
      name: controllerRevisionName(parent.metadata.name, hash),
      namespace: parent.metadata.namespace,
      labels: { ...(templateLabels ?? {}), [CONTROLLER_REVISION_HASH_LABEL]: hash },
      ownerReferences: [controllerRef(parent)],
    },
    data,
    revision,
  };
}

/** SortControllerRevisions: by revision, then creation time, then name. */
export function sortRevisions(revisions: readonly KubeObject[]): KubeObject[] {
  return [...revisions].sort((a, b) =>
    (Number(a.revision) - Number(b.revision)) ||
    (a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : a.metadata.creationTimestamp > b.metadata.creationTimestamp ? 1 : 0) ||
    (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
}

/** EqualRevision: same data (upstream compares the hash label first, then the bytes). */
export function equalRevision(a: object | undefined, b: object | undefined): boolean {
  if (!a || !b) return a === b;
  const data = (o: object) => canonicalJson((o as { data?: unknown }).data ?? null);
  return data(a) === data(b);
}

export const findEqualRevisions = (revisions: readonly KubeObject[], needle: object) => revisions.filter((r) => equalRevision(r, needle));

/** nextRevision: one more than the highest revision (revisions sorted), 1 for none. */
export function nextRevision(sorted: readonly KubeObject[]): number {
  return sorted.length ? Number(sorted[sorted.length - 1]!.revision) + 1 : 1;
}

/**
 * adoptOrphanRevisions / ClaimControllerRevisions: revisions without a controller whose labels
 * the parent's selector matches become the parent's (e.g. after an orphan delete and re-create).
 */
export function adoptOrphanRevisions(ctx: ControllerContext, parent: KubeObject, selector: { matches(labels: Record<string, string>): boolean }): void {
  const orphans = ctx.lister.list("controllerrevisions", parent.metadata.namespace).filter((r) => !controllerOf(r));
  if (orphans.length) claimObjects(ctx, parent, orphans, { resource: "controllerrevisions", selector });
}

/** The revisions controlled by `parent` (the lister's owner index). */
export function listRevisions(ctx: ControllerContext, parent: KubeObject): KubeObject[] {
  return sortRevisions(ctx.lister.byOwner("controllerrevisions", parent.metadata.uid));
}

/**
 * CreateControllerRevision: on a name collision with different data the collision count is
 * bumped and the name recomputed; an existing equal revision is returned as is. Returns the
 * revision and the (possibly increased) collision count.
 */
export function createControllerRevision(ctx: ControllerContext, parent: KubeObject, templateLabels: Record<string, string> | undefined, data: unknown, revision: number, collisionCount: number): { revision: KubeObject; collisionCount: number } {
  for (let attempt = 0; attempt < 100; attempt++) {
    const cr = newControllerRevision(parent, templateLabels, data, revision, collisionCount);
    try {
      return { revision: ctx.api.create(cr), collisionCount };
    } catch (e) {
      if (!isApiError(e) || e.code !== 409) throw e;
      const existing = ctx.lister.get("controllerrevisions", parent.metadata.namespace, cr.metadata!.name!);
      const ours = existing?.metadata.ownerReferences?.some((r) => r.controller && r.uid === parent.metadata.uid);
      if (existing && ours && equalRevision(existing, cr)) return { revision: existing, collisionCount };
      collisionCount++;
    }
  }
  throw new Error(`too many ControllerRevision name collisions for ${parent.metadata.name}`);
}

/** UpdateControllerRevision: give an existing revision a new revision number (a rollback). */
export function updateRevisionNumber(ctx: ControllerContext, cr: KubeObject, revision: number): KubeObject {
  if (Number(cr.revision) === revision) return cr;
  return ctx.api.patch("controllerrevisions", cr.metadata.namespace, cr.metadata.name, { revision });
}

/**
 * truncateHistory: delete the oldest revisions that are not `live` (current, update, or in use
 * by a pod) until at most `limit` non-live revisions remain.
 */
export function truncateHistory(ctx: ControllerContext, sorted: readonly KubeObject[], live: ReadonlySet<string>, limit: number): void {
  const history = sorted.filter((r) => !live.has(r.metadata.name));
  const excess = history.length - Math.max(0, limit);
  for (let i = 0; i < excess; i++) {
    const r = history[i]!;
    try {
      ctx.api.delete("controllerrevisions", r.metadata.namespace, r.metadata.name);
    } catch (e) {
      if (!isApiError(e) || e.code !== 404) throw e;
    }
  }
}

/**
 * The revision step both controllers run before syncing pods (getStatefulSetRevisions /
 * constructHistory): reuse the latest revision if its data is unchanged, renumber an older
 * equal one (rollback), or create a new one.
 */
export function ensureUpdateRevision(ctx: ControllerContext, parent: KubeObject, templateLabels: Record<string, string> | undefined, data: unknown, sorted: readonly KubeObject[], collisionCount: number): { update: KubeObject; collisionCount: number } {
  const next = nextRevision(sorted);
  const equal = findEqualRevisions(sorted, { data });
  const last = sorted[sorted.length - 1];
  if (equal.length && last && equalRevision(last, equal[equal.length - 1])) return { update: last, collisionCount };
  if (equal.length) return { update: updateRevisionNumber(ctx, equal[equal.length - 1]!, next), collisionCount };
  const made = createControllerRevision(ctx, parent, templateLabels, data, next, collisionCount);
  return { update: made.revision, collisionCount: made.collisionCount };
}
