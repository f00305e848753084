// metav1.ObjectMeta, LabelSelector and the object-level wrappers shared by every kind.
import { type Schema, any, arrayOf, bool, int64, str, strMap, strings, struct, time } from "./types";

export const objectMeta = struct("ObjectMeta", {
  name: str,
  generateName: str,
  namespace: str,
  selfLink: str,
  uid: str,
  resourceVersion: str,
  generation: int64,
  creationTimestamp: time,
  deletionTimestamp: time,
  deletionGracePeriodSeconds: int64,
  labels: strMap,
  annotations: strMap,
  ownerReferences: arrayOf(
    struct("OwnerReference", { apiVersion: str, kind: str, name: str, uid: str, controller: bool, blockOwnerDeletion: bool }),
  ),
  finalizers: strings,
  managedFields: any,
});

export const labelSelector = struct("LabelSelector", {
  matchLabels: strMap,
  matchExpressions: arrayOf(struct("LabelSelectorRequirement", { key: str, operator: str, values: strings })),
});

/**
 * A top-level object: TypeMeta + metadata + the kind's own fields. Status is left free-form:
 * it is written by the simulator's controllers, not by learners.
 */
export const object = (kind: string, pkg: string, fields: Record<string, Schema>) =>
  struct(kind, { apiVersion: str, kind: str, metadata: objectMeta, status: any, ...fields }, pkg);
