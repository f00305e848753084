// Pods from a controller's template (pkg/controller/controller_utils.go GetPodFromTemplate,
// metav1.NewControllerRef): what ReplicaSet, StatefulSet, DaemonSet and Job controllers create.
import type { KubeObject, ObjectInput, OwnerReference } from "../../types";
import { isDNS1123Subdomain } from "../../labels/validation";

/** The controller ownerReference an owner puts on what it creates (controller + blockOwnerDeletion). */
export function controllerRef(owner: KubeObject): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** The ownerReference marked controller: true, if any (metav1.GetControllerOf). */
export function controllerOf(obj: KubeObject): OwnerReference | undefined {
  return obj.metadata.ownerReferences?.find((r) => r.controller === true);
}

/**
 * getPodsPrefix: "<owner>-" for generateName; when that is not a valid name prefix (too long
 * or odd characters) upstream falls back to the bare owner name.
 */
export function podNamePrefix(ownerName: string): string {
  // ValidatePodName(prefix, true) masks the trailing dash ("-" → "a") before validating.
  return isDNS1123Subdomain(`${ownerName}a`).length === 0 ? `${ownerName}-` : ownerName;
}

export interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string>; finalizers?: string[] };
  spec?: unknown;
}

/**
 * GetPodFromTemplate: labels, annotations and finalizers copied from the template, the spec
 * deep-copied, generateName "<owner>-", the owner's namespace, and (when given) a controller
 * ownerReference. `ref` defaults to controllerRef(owner); pass null for none.
 */
export function podFromTemplate(template: PodTemplate, owner: KubeObject, ref: OwnerReference | null = controllerRef(owner)): ObjectInput {
  const meta = template.metadata ?? {};
  // Empty maps stay unset, as Go's nil maps are omitted when the pod is serialised.
  const metadata: Record<string, unknown> = { generateName: podNamePrefix(owner.metadata.name), namespace: owner.metadata.namespace };
  if (meta.labels && Object.keys(meta.labels).length) metadata.labels = { ...meta.labels };
  if (meta.annotations && Object.keys(meta.annotations).length) metadata.annotations = { ...meta.annotations };
  if (meta.finalizers?.length) metadata.finalizers = [...meta.finalizers];
  if (ref) metadata.ownerReferences = [{ ...ref }];
  return { apiVersion: "v1", kind: "Pod", metadata, spec: structuredClone(template.spec ?? {}) };
}
