// PersistentVolumeClaim: defaults, minimal validation and printer columns.
import type { FieldError, KindSpec } from "../types";
import { sinceText } from "../node/time";
import { accessModesCell, vacCell, volumeModeCell } from "./storagecommon";
import { deepEqual } from "../store/json";

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * ValidatePersistentVolumeClaimUpdate: the spec is immutable, bound or not, except that
 * volumeName may be set once, storageClassName may go from unset to a class, and a bound
 * claim's storage request and volumeAttributesClassName may change. (Upstream appends a
 * cmp.Diff of the Go spec to the message; the simulator does not print it.)
 */
function specChangeForbidden(spec: any, oldSpec: any, bound: boolean): boolean {
  const strip = (s: any, other: any) => {
    const out = { ...s, volumeAttributesClassName: 0 };
    if (!oldSpec.volumeName) out.volumeName = 0;
    if (oldSpec.storageClassName === undefined || oldSpec.storageClassName === null) out.storageClassName = 0;
    if (bound) out.resources = { ...s.resources, requests: { ...s.resources?.requests, storage: other.resources?.requests?.storage } };
    return out;
  };
  return !deepEqual(strip(spec, oldSpec), strip(oldSpec, oldSpec));
}

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
    if (old && specChangeForbidden(spec, old.spec ?? {}, old.status?.phase === "Bound"))
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
