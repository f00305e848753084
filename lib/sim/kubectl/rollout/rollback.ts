// `kubectl rollout undo` (kubectl pkg/polymorphichelpers/rollback.go): which ReplicaSet or
// ControllerRevision to go back to, kubectl's error texts, and the change to send.
import type { KubeObject } from "../../types";
import { LAST_APPLIED } from "../commands/apply";
import { rsRevision, REVISION } from "./history";

export const HASH_LABEL = "pod-template-hash";

export const revisionNotFound = (r: number) => `unable to find specified revision ${r} in history`;

/** deploymentRevision: the RS of `toRevision`, or (0) the second-highest revision. */
export function selectDeploymentRevision(deploymentName: string, replicaSets: readonly KubeObject[], toRevision: number): { rs: KubeObject } | { error: string } {
  let latest: { rev: number; rs?: KubeObject } = { rev: -1 };
  let previous: { rev: number; rs?: KubeObject } = { rev: -1 };
  for (const rs of replicaSets) {
    const v = rsRevision(rs);
    if (v === undefined) continue;
    if (toRevision === 0) {
      if (latest.rev < v) {
        previous = latest;
        latest = { rev: v, rs };
      } else if (previous.rev < v) {
        previous = { rev: v, rs };
      }
    } else if (toRevision === v) {
      return { rs };
    }
  }
  if (toRevision > 0) return { error: revisionNotFound(toRevision) };
  if (!previous.rs) return { error: `no rollout history found for deployment "${deploymentName}"` };
  return { rs: previous.rs };
}

const withoutHash = (template: unknown): unknown => {
  const t = structuredClone((template ?? {}) as { metadata?: { labels?: Record<string, string> } });
  if (t.metadata?.labels) {
    delete t.metadata.labels[HASH_LABEL];
    if (Object.keys(t.metadata.labels).length === 0) delete t.metadata.labels;
  }
  return t;
};

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}

/** equalIgnoreHash: templates equal once the pod-template-hash label is dropped. */
export const equalIgnoreHash = (a: unknown, b: unknown) => canonical(withoutHash(a)) === canonical(withoutHash(b));

/** Annotations kept from the Deployment, never copied from the ReplicaSet (annotationsToSkip). */
const SKIP = new Set([LAST_APPLIED, REVISION, "deployment.kubernetes.io/revision-history", "deployment.kubernetes.io/desired-replicas", "deployment.kubernetes.io/max-replicas", "deprecated.deployment.rollback.to"]);

/**
 * The Deployment after the rollback: template from the RS without its hash label, annotations
 * = the skipped ones from the Deployment + the RS's others (upstream sends a JSON patch that
 * replaces both wholesale).
 */
export function rolledBackDeployment(deployment: KubeObject, rs: KubeObject): KubeObject {
  const next = structuredClone(deployment);
  next.spec = { ...next.spec, template: withoutHash(rs.spec?.template) };
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(deployment.metadata.annotations ?? {})) if (SKIP.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(rs.metadata.annotations ?? {})) if (!SKIP.has(k)) annotations[k] = v;
  next.metadata = { ...next.metadata, annotations };
  return next;
}

/** What `rollout undo` does to a Deployment, before any API write. */
export function planDeploymentRollback(deployment: KubeObject, replicaSets: readonly KubeObject[], toRevision: number): { error: string } | { skipped: string } | { update: KubeObject } {
  if (toRevision < 0) return { error: revisionNotFound(toRevision) };
  const sel = selectDeploymentRevision(deployment.metadata.name, replicaSets, toRevision);
  if ("error" in sel) return sel;
  if (deployment.spec?.paused) return { error: "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again" };
  if (equalIgnoreHash(sel.rs.spec?.template, deployment.spec?.template)) {
    return { skipped: `skipped rollback (current template already matches revision ${toRevision})` };
  }
  return { update: rolledBackDeployment(deployment, sel.rs) };
}

/** StatefulSet/DaemonSet: ControllerRevision to restore (findHistory), or kubectl's error. */
export function selectControllerRevision(history: readonly KubeObject[], toRevision: number): { cr: KubeObject } | { error: string } {
  if (toRevision < 0) return { error: revisionNotFound(toRevision) };
  if (toRevision === 0 && history.length <= 1) return { error: "no last revision to roll back to" };
  const sorted = [...history].sort((a, b) => Number(a.revision ?? 0) - Number(b.revision ?? 0));
  const cr = toRevision === 0 ? sorted[sorted.length - 2] : sorted.find((h) => Number(h.revision ?? 0) === toRevision);
  return cr ? { cr } : { error: revisionNotFound(toRevision) };
}
