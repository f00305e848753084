// ControllerRevision (apps/v1): an immutable snapshot of a StatefulSet's or DaemonSet's
// template (`data`) with a revision number; ValidateControllerRevision(+Update) and
// printControllerRevision columns (NAME CONTROLLER REVISION AGE).
import type { FieldError, KindSpec, KubeObject } from "../types";
import { sinceText } from "../node/time";
import { canonicalJson } from "../util/hash";

/** CONTROLLER cell: "<kind>.<group>/<name>" of the controller ownerReference, lower-cased kind. */
export function controllerCell(o: KubeObject): string {
  const ref = o.metadata.ownerReferences?.find((r) => r.controller);
  if (!ref) return "<none>";
  const slash = ref.apiVersion.indexOf("/");
  const group = slash < 0 ? "" : ref.apiVersion.slice(0, slash);
  return `${ref.kind.toLowerCase()}${group ? `.${group}` : ""}/${ref.name}`;
}

export function validateControllerRevision(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const errs: FieldError[] = [];
  if (obj.data === undefined || obj.data === null) errs.push({ type: "Required value", field: "data", detail: "data is mandatory" });
  const rev = obj.revision;
  if (typeof rev === "number" && rev < 0) errs.push({ type: "Invalid value", field: "revision", value: rev, detail: "must be greater than or equal to 0" });
  if (old && canonicalJson(old.data ?? null) !== canonicalJson(obj.data ?? null))
    errs.push({ type: "Invalid value", field: "data", value: obj.data, detail: "field is immutable" });
  return errs;
}

export const controllerRevisionKind: KindSpec = {
  kind: "ControllerRevision",
  apiVersion: "apps/v1",
  group: "apps",
  resource: "controllerrevisions",
  singular: "controllerrevision",
  shortNames: [],
  namespaced: true,
  statusSubresource: false,
  tracksGeneration: false,
  defaults(obj) {
    obj.revision ??= 0;
  },
  validate: validateControllerRevision,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Controller", priority: 0, cell: controllerCell },
    { name: "Revision", priority: 0, cell: (o) => String(o.revision ?? 0) },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
  ],
};
