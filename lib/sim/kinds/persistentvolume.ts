// PersistentVolume: defaults and printer columns.
import type { KindSpec } from "../types";
import { sinceText } from "../node/time";
import { accessModesCell, vacCell, volumeModeCell } from "./storagecommon";

export const pvKind: KindSpec = {
  kind: "PersistentVolume", apiVersion: "v1", group: "", resource: "persistentvolumes",
  singular: "persistentvolume", shortNames: ["pv"], namespaced: false,
  statusSubresource: true, tracksGeneration: false,
  defaults(obj) {
    obj.spec ??= {};
    obj.spec.persistentVolumeReclaimPolicy ??= "Retain";
    obj.spec.volumeMode ??= "Filesystem";
    obj.status ??= {};
    obj.status.phase ??= "Pending";
  },
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Capacity", priority: 0, cell: (o) => o.spec?.capacity?.storage ?? "" },
    { name: "Access Modes", priority: 0, cell: (o) => accessModesCell(o.spec?.accessModes) },
    { name: "Reclaim Policy", priority: 0, cell: (o) => o.spec?.persistentVolumeReclaimPolicy ?? "" },
    { name: "Status", priority: 0, cell: (o) => o.status?.phase ?? "" },
    { name: "Claim", priority: 0, cell: (o) => (o.spec?.claimRef ? `${o.spec.claimRef.namespace}/${o.spec.claimRef.name}` : "") },
    { name: "StorageClass", priority: 0, cell: (o) => o.spec?.storageClassName ?? "" },
    { name: "VolumeAttributesClass", priority: 0, cell: (o) => vacCell(o.spec?.volumeAttributesClassName) },
    { name: "Reason", priority: 0, cell: (o) => o.status?.reason ?? "" },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
    { name: "VolumeMode", priority: 1, cell: (o) => volumeModeCell(o.spec) },
  ],
};
