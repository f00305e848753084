// A StatefulSet pod's stable identity (pkg/controller/statefulset/stateful_set_utils.go):
// ordinal names, hostname/subdomain, identity labels, one PVC per volumeClaimTemplate per
// ordinal, and the revision patch stored in ControllerRevisions. Pure functions.
import type { KubeObject, ObjectInput } from "../../types";
import { podFromTemplate } from "../podcontrol";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
export const POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";
export const REVISION_LABEL = "controller-revision-hash";

/** spec.ordinals.start (0 unless set). */
export const startOrdinal = (set: KubeObject): number => Number(set.spec?.ordinals?.start ?? 0);

export const podName = (set: KubeObject, ordinal: number) => `${set.metadata.name}-${ordinal}`;

/** getPersistentVolumeClaimName: "<template>-<set>-<ordinal>". */
export const claimName = (templateName: string, setName: string, ordinal: number) => `${templateName}-${setName}-${ordinal}`;

/** getParentNameAndOrdinal: "<parent>-<digits>"; ordinal -1 when the name has no such form. */
export function parentAndOrdinal(name: string): { parent: string; ordinal: number } {
  const m = /^(.*)-([0-9]+)$/.exec(name);
  if (!m) return { parent: "", ordinal: -1 };
  const ordinal = Number(m[2]);
  return Number.isSafeInteger(ordinal) && ordinal <= 2147483647 ? { parent: m[1]!, ordinal } : { parent: "", ordinal: -1 };
}

export const ordinalOf = (pod: KubeObject) => parentAndOrdinal(pod.metadata.name).ordinal;
export const isMemberOf = (set: KubeObject, pod: KubeObject) => parentAndOrdinal(pod.metadata.name).parent === set.metadata.name;
export const podRevision = (pod: KubeObject): string => pod.metadata.labels?.[REVISION_LABEL] ?? "";

/** getPersistentVolumeClaims: the claims a pod of `ordinal` needs, labelled with the selector's matchLabels. */
export function claimsFor(set: KubeObject, ordinal: number): ObjectInput[] {
  const matchLabels: Record<string, string> = set.spec?.selector?.matchLabels ?? {};
  return ((set.spec?.volumeClaimTemplates ?? []) as any[]).map((t) => ({
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    metadata: {
      ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
      name: claimName(t.metadata?.name ?? "", set.metadata.name, ordinal),
      namespace: set.metadata.namespace,
      labels: { ...(t.metadata?.labels ?? {}), ...matchLabels },
    },
    spec: structuredClone(t.spec ?? {}),
  }));
}

/** identityMatches: name, namespace, hostname, subdomain and the identity labels. */
export function identityMatches(set: KubeObject, pod: KubeObject): boolean {
  const { parent, ordinal } = parentAndOrdinal(pod.metadata.name);
  const labels = pod.metadata.labels ?? {};
  return ordinal >= 0 && parent === set.metadata.name && pod.metadata.namespace === set.metadata.namespace &&
    pod.spec?.hostname === pod.metadata.name && (pod.spec?.subdomain ?? "") === (set.spec?.serviceName ?? "") &&
    labels[POD_NAME_LABEL] === pod.metadata.name && labels[POD_INDEX_LABEL] === String(ordinal);
}

/** storageMatches: every claim template is mounted as a volume of the ordinal's claim. */
export function storageMatches(set: KubeObject, pod: KubeObject): boolean {
  const ordinal = ordinalOf(pod);
  if (ordinal < 0) return false;
  const volumes = new Map<string, any>(((pod.spec?.volumes ?? []) as any[]).map((v) => [v.name, v]));
  return ((set.spec?.volumeClaimTemplates ?? []) as any[]).every((t) =>
    volumes.get(t.metadata?.name)?.persistentVolumeClaim?.claimName === claimName(t.metadata?.name, set.metadata.name, ordinal));
}

/** updateIdentity + updateStorage, in place on a pod body. */
export function applyIdentity(set: KubeObject, pod: any, ordinal: number): void {
  const name = podName(set, ordinal);
  // generateName "<set>-" from GetPodFromTemplate stays on the pod, as in a real cluster.
  pod.metadata.name = name;
  pod.metadata.namespace = set.metadata.namespace;
  pod.metadata.labels = { ...(pod.metadata.labels ?? {}), [POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(ordinal) };
  pod.spec.hostname = name;
  if (set.spec?.serviceName) pod.spec.subdomain = set.spec.serviceName;
  else delete pod.spec.subdomain;
  const templates: any[] = set.spec?.volumeClaimTemplates ?? [];
  const claimVolumes = templates.map((t) => ({ name: t.metadata?.name, persistentVolumeClaim: { claimName: claimName(t.metadata?.name, set.metadata.name, ordinal) } }));
  const names = new Set(claimVolumes.map((v) => v.name));
  // Claim templates replace pod volumes of the same name, as updateStorage does.
  const volumes = [...claimVolumes, ...((pod.spec.volumes ?? []) as any[]).filter((v) => !names.has(v.name))];
  if (volumes.length) pod.spec.volumes = volumes;
}

/** newStatefulSetPod + setPodRevision: the pod of `ordinal` from `template` at `revision`. */
export function newStatefulSetPod(set: KubeObject, template: any, ordinal: number, revision: string): ObjectInput {
  const pod = podFromTemplate(template, set) as any;
  // An empty annotation map is omitted on the wire (omitempty), so the pod has none.
  if (pod.metadata.annotations && !Object.keys(pod.metadata.annotations).length) delete pod.metadata.annotations;
  applyIdentity(set, pod, ordinal);
  pod.metadata.labels[REVISION_LABEL] = revision;
  return pod;
}

/** getPatch: what a StatefulSet ControllerRevision stores — the template, replacing on apply. */
export function revisionData(set: KubeObject): unknown {
  return { spec: { template: { ...structuredClone(set.spec?.template ?? {}), $patch: "replace" } } };
}

/** ApplyRevision, reduced to what the controller reads: the template saved in a revision. */
export function templateOfRevision(revision: KubeObject | undefined): any {
  const t = structuredClone((revision?.data as any)?.spec?.template ?? {});
  delete t.$patch;
  return t;
}

/**
 * Stable network identity (website "Stable Network ID"): the governing Service's domain and
 * each pod's "<pod>.<service>.<namespace>.svc.<cluster domain>" name.
 */
export function serviceDomain(service: string, namespace: string, clusterDomain = "cluster.local"): string {
  return `${service}.${namespace}.svc.${clusterDomain}`;
}
export function podDNSName(pod: string, service: string, namespace: string, clusterDomain = "cluster.local"): string {
  return `${pod}.${serviceDomain(service, namespace, clusterDomain)}`;
}
