// StorageClass (storage.k8s.io/v1) and kind's default class "standard".
import type { KindSpec, ObjectInput } from "../types";
import { sinceText } from "../node/time";

export const DEFAULT_CLASS_ANNOTATION = "storageclass.kubernetes.io/is-default-class";

export const storageClassKind: KindSpec = {
  kind: "StorageClass", apiVersion: "storage.k8s.io/v1", group: "storage.k8s.io", resource: "storageclasses",
  singular: "storageclass", shortNames: ["sc"], namespaced: false, statusSubresource: false, tracksGeneration: false,
  defaults(obj) {
    obj.reclaimPolicy ??= "Delete";
    obj.volumeBindingMode ??= "Immediate";
  },
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name + (o.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === "true" ? " (default)" : "") },
    { name: "Provisioner", priority: 0, cell: (o) => String(o.provisioner ?? "") },
    { name: "ReclaimPolicy", priority: 0, cell: (o) => String(o.reclaimPolicy ?? "Delete") },
    { name: "VolumeBindingMode", priority: 0, cell: (o) => String(o.volumeBindingMode ?? "Immediate") },
    { name: "AllowVolumeExpansion", priority: 0, cell: (o) => String(o.allowVolumeExpansion ?? false) },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
  ],
};

/** kind installs local-path-provisioner as the default class "standard". */
export const kindDefaultStorageClass: ObjectInput = {
  apiVersion: "storage.k8s.io/v1",
  kind: "StorageClass",
  metadata: { name: "standard", annotations: { [DEFAULT_CLASS_ANNOTATION]: "true" } },
  provisioner: "rancher.io/local-path",
  reclaimPolicy: "Delete",
  volumeBindingMode: "WaitForFirstConsumer",
};
