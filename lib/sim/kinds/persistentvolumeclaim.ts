// PersistentVolumeClaim: defaults, minimal validation and printer columns.
import type { FieldError, KindSpec } from "../types";
import { sinceText } from "../node/time";
import { accessModesCell, vacCell, volumeModeCell } from "./storagecommon";

export const pvcKind: KindSpec = {
  kind: "PersistentVolumeClaim", apiVersion: "v1", group: "", resource: "persistentvolumeclaims",
  singular: "persistentvolumeclaim", shortNames: ["pvc"], namespaced: true,
  statusSubresource: true, tracksGeneration: false,
  defaults(obj) {
    obj.spec ??= {};
    obj.spec.volumeMode ??= "Filesystem";
    obj.status ??= {};
    obj.status.phase ??= "Pending";
  },
  validate(obj, old): FieldError[] {
    const errs: FieldError[] = [];
    const spec = obj.spec ?? {};
    if (!spec.accessModes?.length) errs.push({ type: "Required value", field: "spec.accessModes", detail: "at least 1 access mode is required" });
    if (!spec.resources?.requests?.storage) errs.push({ type: "Required value", field: "spec.resources[storage]" });
    if (old && old.status?.phase === "Bound" && JSON.stringify({ ...old.spec, resources: 0, volumeName: 0 }) !== JSON.stringify({ ...spec, resources: 0, volumeName: 0 }))
      errs.push({ type: "Forbidden", field: "spec", detail: "spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims" });
    return errs;
  },
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Status", priority: 0, cell: (o) => o.status?.phase ?? "" },
    { name: "Volume", priority: 0, cell: (o) => o.spec?.volumeName ?? "" },
    { name: "Capacity", priority: 0, cell: (o) => (o.status?.phase === "Bound" ? o.status?.capacity?.storage ?? "" : "") },
    { name: "Access Modes", priority: 0, cell: (o) => (o.status?.phase === "Bound" ? accessModesCell(o.status?.accessModes) : "") },
    { name: "StorageClass", priority: 0, cell: (o) => o.spec?.storageClassName ?? "" },
    { name: "VolumeAttributesClass", priority: 0, cell: (o) => vacCell(o.spec?.volumeAttributesClassName) },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
    { name: "VolumeMode", priority: 1, cell: (o) => volumeModeCell(o.spec) },
  ],
};
