// `kubectl rollout history` (kubectl pkg/polymorphichelpers/history.go): the revisions a
// Deployment's ReplicaSets (or a StatefulSet's/DaemonSet's ControllerRevisions) carry, as a
// REVISION / CHANGE-CAUSE table, or one revision's pod template.
import type { KubeObject } from "../../types";
import { formatTable, ROLLOUT_HISTORY } from "../tabwriter";
import { describePodTemplate, type PodTemplate } from "../describe/podtemplate";

export const CHANGE_CAUSE = "kubernetes.io/change-cause";
export const REVISION = "deployment.kubernetes.io/revision";

/** deploymentutil.Revision: the annotation as an integer, 0 when absent, undefined when malformed. */
export function rsRevision(rs: KubeObject): number | undefined {
  const text = rs.metadata.annotations?.[REVISION];
  if (text === undefined) return 0;
  return /^[+-]?\d+$/.test(text) ? Number(text) : undefined;
}

/** The ReplicaSets a Deployment controls (deploymentutil.GetAllReplicaSets: selector match + controller ref). */
export function ownedReplicaSets(deployment: KubeObject, replicaSets: readonly KubeObject[]): KubeObject[] {
  return replicaSets.filter((rs) => rs.metadata.ownerReferences?.some((r) => r.controller && r.uid === deployment.metadata.uid));
}

export interface HistoryEntry {
  revision: number;
  template: PodTemplate;
}

/** revision → template, the change-cause annotation copied onto the template as upstream does. */
export function deploymentHistory(replicaSets: readonly KubeObject[]): Map<number, PodTemplate> {
  const out = new Map<number, PodTemplate>();
  for (const rs of replicaSets) {
    const v = rsRevision(rs);
    if (v === undefined) continue;
    const template = structuredClone((rs.spec?.template ?? {}) as PodTemplate);
    const cause = rs.metadata.annotations?.[CHANGE_CAUSE];
    template.metadata = { ...(template.metadata ?? {}), annotations: { ...(template.metadata?.annotations ?? {}) } };
    if (cause) template.metadata.annotations![CHANGE_CAUSE] = cause;
    out.set(v, template);
  }
  return out;
}

/** ControllerRevisions (StatefulSet/DaemonSet): revision → the template stored in data. */
export function controllerRevisionHistory(revisions: readonly KubeObject[]): Map<number, { template: PodTemplate; cause?: string }> {
  const out = new Map<number, { template: PodTemplate; cause?: string }>();
  for (const cr of revisions) {
    const data = cr.data as { spec?: { template?: PodTemplate } } | undefined;
    out.set(Number(cr.revision ?? 0), { template: structuredClone(data?.spec?.template ?? {}), cause: cr.metadata.annotations?.[CHANGE_CAUSE] });
  }
  return out;
}

/** ViewHistory's text: the table, one template, or kubectl's error. */
export function viewHistory(causes: Map<number, string | undefined>, templates: (rev: number) => PodTemplate | undefined, revision: number): { text: string } | { error: string } {
  if (causes.size === 0) return { text: "No rollout history found." };
  if (revision > 0) {
    const t = causes.has(revision) ? templates(revision) : undefined;
    if (!t) return { error: "unable to find the specified revision" };
    return { text: describePodTemplate(t) };
  }
  const rows: string[][] = [["REVISION", "CHANGE-CAUSE"]];
  for (const r of [...causes.keys()].sort((a, b) => a - b)) rows.push([String(r), causes.get(r) || "<none>"]);
  return { text: formatTable(rows, ROLLOUT_HISTORY) };
}

/** The whole stdout of `rollout history`: the name printer with the history as its "operation". */
export function historyOutput(kindRef: string, name: string, revision: number, text: string): string {
  const withRevision = revision > 0 ? `with revision #${revision}` : "";
  return `${kindRef}/${name} ${withRevision}\n${text}\n`;
}
