// StatefulSet (apps/v1): SetDefaults_StatefulSet (pkg/apis/apps/v1/defaults.go), validation
// (pkg/apis/apps/validation ValidateStatefulSet/ValidateStatefulSetUpdate) and printStatefulSet
// columns. The pod-template helpers here (template defaults and validation, CONTAINERS/IMAGES
// cells) are shared with daemonset.ts.
import type { FieldError, KindSpec, KubeObject } from "../types";
import { defaultPodTemplate, validatePod } from "./pod";
import { labelSelectorFromObject } from "../labels/labelselector";
import { sinceText } from "../node/time";
import { canonicalJson } from "../util/hash";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The template validated as a pod, field paths rebased onto `path` ("spec.template"). */
export function validatePodTemplate(template: any, path: string): FieldError[] {
  const scratch = { apiVersion: "v1", kind: "Pod", metadata: { name: "x" }, spec: template?.spec ?? {} } as unknown as KubeObject;
  return validatePod(scratch, undefined).map((e) => ({ ...e, field: e.field.replace(/^spec/, `${path}.spec`) }));
}

/** `selector` required, non-empty, valid, and matching the template's labels. */
export function validateSelectorAndTemplate(spec: any, kindWord: string): FieldError[] {
  const errs: FieldError[] = [];
  const sel = spec.selector;
  if (!sel) return [{ type: "Required value", field: "spec.selector" }];
  if (Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0) {
    errs.push({ type: "Invalid value", field: "spec.selector", value: sel, detail: `empty selector is invalid for ${kindWord}` });
  }
  let matches = true;
  try {
    matches = labelSelectorFromObject(sel).matches(spec.template?.metadata?.labels ?? {});
  } catch (e) {
    errs.push({ type: "Invalid value", field: "spec.selector", value: sel, detail: e instanceof Error ? e.message : String(e) });
  }
  if (!matches) {
    errs.push({ type: "Invalid value", field: "spec.template.metadata.labels", value: spec.template?.metadata?.labels ?? {}, detail: "`selector` does not match template `labels`" });
  }
  return errs;
}

export const containersCell = (o: KubeObject) => (o.spec?.template?.spec?.containers ?? []).map((c: any) => c.name).join(",");
export const imagesCell = (o: KubeObject) => (o.spec?.template?.spec?.containers ?? []).map((c: any) => c.image).join(",");

const nonNegative = (v: unknown, field: string): FieldError[] =>
  typeof v === "number" && v < 0 ? [{ type: "Invalid value", field, value: v, detail: "must be greater than or equal to 0" }] : [];

export function defaultStatefulSet(obj: KubeObject): void {
  const spec = (obj.spec ??= {});
  spec.podManagementPolicy ||= "OrderedReady";
  spec.updateStrategy ??= {};
  // rollingUpdate is only invented when the type itself was defaulted: an explicit
  // `type: RollingUpdate` without a block keeps none (what `rollout status` words differently).
  if (!spec.updateStrategy.type) {
    spec.updateStrategy.type = "RollingUpdate";
    spec.updateStrategy.rollingUpdate ??= {};
  }
  if (spec.updateStrategy.type === "RollingUpdate" && spec.updateStrategy.rollingUpdate) spec.updateStrategy.rollingUpdate.partition ??= 0;
  spec.persistentVolumeClaimRetentionPolicy ??= {};
  spec.persistentVolumeClaimRetentionPolicy.whenDeleted ||= "Retain";
  spec.persistentVolumeClaimRetentionPolicy.whenScaled ||= "Retain";
  spec.replicas ??= 1;
  spec.revisionHistoryLimit ??= 10;
  // minReadySeconds is an int32 without omitempty upstream: it always prints.
  spec.minReadySeconds ??= 0;
  defaultPodTemplate(spec.template);
  for (const t of spec.volumeClaimTemplates ?? []) {
    t.apiVersion ??= "v1";
    t.kind ??= "PersistentVolumeClaim";
    t.spec ??= {};
    t.spec.volumeMode ??= "Filesystem";
  }
}

const POLICIES = ["Retain", "Delete"];

export function validateStatefulSet(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const spec = obj.spec ?? {};
  const errs: FieldError[] = [];
  if (!["OrderedReady", "Parallel"].includes(spec.podManagementPolicy))
    errs.push({ type: "Invalid value", field: "spec.podManagementPolicy", value: spec.podManagementPolicy, detail: "must be 'OrderedReady' or 'Parallel'" });
  const us = spec.updateStrategy ?? {};
  if (us.type === "OnDelete") {
    if (us.rollingUpdate) errs.push({ type: "Invalid value", field: "spec.updateStrategy.rollingUpdate", value: us.rollingUpdate, detail: "only allowed for updateStrategy 'RollingUpdate'" });
  } else if (us.type === "RollingUpdate") {
    if (us.rollingUpdate) errs.push(...nonNegative(us.rollingUpdate.partition, "spec.updateStrategy.rollingUpdate.partition"));
  } else {
    errs.push({ type: "Invalid value", field: "spec.updateStrategy", value: us, detail: "must be 'RollingUpdate' or 'OnDelete'" });
  }
  const policy = spec.persistentVolumeClaimRetentionPolicy ?? {};
  for (const f of ["whenDeleted", "whenScaled"]) {
    if (!POLICIES.includes(policy[f]))
      errs.push({ type: "Unsupported value", field: `spec.persistentVolumeClaimRetentionPolicy.${f}`, value: policy[f], detail: 'supported values: "Retain", "Delete"' });
  }
  errs.push(...nonNegative(spec.replicas, "spec.replicas"), ...nonNegative(spec.minReadySeconds, "spec.minReadySeconds"));
  errs.push(...validateSelectorAndTemplate(spec, "statefulset"));
  errs.push(...validatePodTemplate(spec.template, "spec.template"));
  const rp = spec.template?.spec?.restartPolicy;
  if (rp !== "Always") errs.push({ type: "Unsupported value", field: "spec.template.spec.restartPolicy", value: rp ?? "", detail: 'supported values: "Always"' });
  if (spec.template?.spec?.activeDeadlineSeconds !== undefined)
    errs.push({ type: "Invalid value", field: "spec.template.spec.activeDeadlineSeconds", value: spec.template.spec.activeDeadlineSeconds, detail: "must not be specified" });
  if (old) errs.push(...validateStatefulSetUpdate(obj, old));
  return errs;
}

const MUTABLE = ["replicas", "ordinals", "template", "updateStrategy", "revisionHistoryLimit", "persistentVolumeClaimRetentionPolicy", "minReadySeconds"];

/** Only the fields listed in the message may change; anything else is one Forbidden on `spec`. */
function validateStatefulSetUpdate(obj: KubeObject, old: KubeObject): FieldError[] {
  const rest = (spec: any) => canonicalJson(Object.fromEntries(Object.entries(spec ?? {}).filter(([k]) => !MUTABLE.includes(k))));
  if (rest(obj.spec) === rest(old.spec)) return [];
  return [{
    type: "Forbidden",
    field: "spec",
    detail: "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
  }];
}

export const statefulSetKind: KindSpec = {
  kind: "StatefulSet",
  apiVersion: "apps/v1",
  group: "apps",
  resource: "statefulsets",
  singular: "statefulset",
  shortNames: ["sts"],
  namespaced: true,
  statusSubresource: true,
  tracksGeneration: true,
  defaults: defaultStatefulSet,
  validate: validateStatefulSet,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Ready", priority: 0, cell: (o) => `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 0}` },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
    { name: "Containers", priority: 1, cell: containersCell },
    { name: "Images", priority: 1, cell: imagesCell },
  ],
};
