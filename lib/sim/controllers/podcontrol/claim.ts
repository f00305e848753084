// Claiming dependents (pkg/controller/controller_ref_manager.go ClaimPods/ClaimReplicaSets):
// an owner keeps what it controls and still selects, adopts orphans its selector matches, and
// releases what it controls but no longer selects. Objects controlled by someone else are
// never touched.
import type { ControllerContext, KubeObject, OwnerReference } from "../../types";
import { isApiError } from "../../api/errors";
import { kindFor } from "../../kinds";
import { controllerOf, controllerRef } from "./template";

export interface ClaimOptions {
  /** Plural resource of the dependents: "pods", "replicasets", "controllerrevisions". */
  resource: string;
  /** The owner's label selector, already parsed (labels/ Selector or any `matches`). */
  selector: { matches(labels: Record<string, string>): boolean };
  /** Extra filter a dependent must pass to be adopted or kept (default: all). */
  filter?: (obj: KubeObject) => boolean;
}

/**
 * Returns the dependents the owner controls after adopting/releasing. Adoption and release are
 * merge patches of metadata.ownerReferences (as the API user of `ctx`). A dependent that
 * disappears meanwhile (404) is skipped, as upstream ignores NotFound.
 */
export function claimObjects(ctx: ControllerContext, owner: KubeObject, candidates: readonly KubeObject[], opts: ClaimOptions): KubeObject[] {
  const claimed: KubeObject[] = [];
  const ownerDeleting = Boolean(owner.metadata.deletionTimestamp);
  const match = (o: KubeObject) => opts.selector.matches(o.metadata.labels ?? {}) && (opts.filter?.(o) ?? true);
  let adoptable: boolean | undefined;
  for (const obj of candidates) {
    const ref = controllerOf(obj);
    if (ref) {
      if (ref.uid !== owner.metadata.uid) continue; // someone else's
      if (match(obj)) claimed.push(obj);
      else if (!ownerDeleting) release(ctx, owner, obj, opts.resource);
      continue;
    }
    // Orphan: adopt when it matches, neither side is being deleted, and the owner is still
    // the one we think (canAdopt re-reads it from the API once per claim, uncached).
    if (ownerDeleting || obj.metadata.deletionTimestamp || !match(obj)) continue;
    adoptable ??= canAdopt(ctx, owner, opts.resource);
    if (!adoptable) continue;
    const adopted = adopt(ctx, owner, obj, opts.resource);
    if (adopted) claimed.push(adopted);
  }
  return claimed;
}

/** ClaimPods: claimObjects for pods. */
export function claimPods(ctx: ControllerContext, owner: KubeObject, pods: readonly KubeObject[], selector: ClaimOptions["selector"], filter?: ClaimOptions["filter"]): KubeObject[] {
  return claimObjects(ctx, owner, pods, { resource: "pods", selector, ...(filter ? { filter } : {}) });
}

function ownerResource(owner: KubeObject): string {
  return kindFor(owner.apiVersion, owner.kind)?.resource ?? `${owner.kind.toLowerCase()}s`;
}

/** RecheckDeletionTimestamp: the live owner still exists with the same uid and is not deleting. */
function canAdopt(ctx: ControllerContext, owner: KubeObject, _resource: string): boolean {
  try {
    const fresh = ctx.api.get(ownerResource(owner), owner.metadata.namespace, owner.metadata.name);
    return fresh.metadata.uid === owner.metadata.uid && !fresh.metadata.deletionTimestamp;
  } catch (e) {
    if (isApiError(e)) return false;
    throw e;
  }
}

function patchRefs(ctx: ControllerContext, obj: KubeObject, resource: string, refs: OwnerReference[]): KubeObject | undefined {
  try {
    return ctx.api.patch(resource, obj.metadata.namespace, obj.metadata.name, { metadata: { ownerReferences: refs.length ? refs : null } });
  } catch (e) {
    if (isApiError(e) && e.code === 404) return undefined;
    throw e;
  }
}

function adopt(ctx: ControllerContext, owner: KubeObject, obj: KubeObject, resource: string): KubeObject | undefined {
  const refs = (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
  return patchRefs(ctx, obj, resource, [...refs, controllerRef(owner)]);
}

function release(ctx: ControllerContext, owner: KubeObject, obj: KubeObject, resource: string): void {
  patchRefs(ctx, obj, resource, (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid));
}
