// ReplicaSet (apps/v1): SetDefaults_ReplicaSet (pkg/apis/apps/v1/defaults.go), ValidateReplicaSet
// (pkg/apis/apps/validation) and printReplicaSet's columns. The pod-template pieces shared with
// Deployment (template defaulting and ValidatePodTemplateSpecForReplicaSet) live here too.
import type { FieldError, KindSpec, KubeObject } from "../types";
import { defaultPodTemplate, validatePod } from "./pod";
import { formatLabelSelector, labelSelectorFromObject, type LabelSelector } from "../labels/labelselector";
import { isQualifiedName, isValidLabelValue } from "../labels/validation";
import { sinceText } from "../node/time";

/* eslint-disable @typescript-eslint/no-explicit-any */

const sortedMap = (m: Record<string, string> | undefined) => Object.fromEntries(Object.entries(m ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** A LabelSelector as Go marshals it (matchLabels keys sorted, fields in declaration order). */
export function selectorValue(sel: LabelSelector | undefined | null): unknown {
  if (!sel) return null;
  return { ...(sel.matchLabels && Object.keys(sel.matchLabels).length ? { matchLabels: sortedMap(sel.matchLabels) } : {}), ...(sel.matchExpressions?.length ? { matchExpressions: sel.matchExpressions } : {}) };
}

const nonNegative = (v: unknown, field: string, errs: FieldError[]) => {
  if (typeof v === "number" && v < 0) errs.push({ type: "Invalid value", field, value: v, detail: "must be greater than or equal to 0" });
};

/**
 * The selector + template part of ValidateReplicaSetSpec / ValidateDeploymentSpec: selector
 * required and non-empty, template labels selected, pod spec valid, restartPolicy Always.
 */
export function validateSelectorAndTemplate(spec: any, errs: FieldError[]): void {
  const sel = spec.selector as LabelSelector | undefined;
  let selector;
  if (!sel) errs.push({ type: "Required value", field: "spec.selector" });
  else {
    for (const [k, v] of Object.entries(sel.matchLabels ?? {})) {
      for (const msg of isQualifiedName(k)) errs.push({ type: "Invalid value", field: "spec.selector.matchLabels", value: k, detail: msg });
      for (const msg of isValidLabelValue(String(v))) errs.push({ type: "Invalid value", field: "spec.selector.matchLabels", value: v, detail: msg });
    }
    if (Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0) {
      errs.push({ type: "Invalid value", field: "spec.selector", value: selectorValue(sel), detail: "empty selector is invalid for deployment" });
    }
  }
  try {
    selector = labelSelectorFromObject(sel);
  } catch {
    errs.push({ type: "Invalid value", field: "spec.selector", value: selectorValue(sel), detail: "invalid label selector" });
    return;
  }
  const template = spec.template;
  if (!template) {
    errs.push({ type: "Required value", field: "spec.template" });
    return;
  }
  const labels = template.metadata?.labels ?? {};
  if (sel && !selector.empty() && !selector.matches(labels)) {
    errs.push({ type: "Invalid value", field: "spec.template.metadata.labels", value: sortedMap(labels), detail: "`selector` does not match template `labels`" });
  }
  for (const [k, v] of Object.entries(labels)) {
    for (const msg of isQualifiedName(k)) errs.push({ type: "Invalid value", field: "spec.template.metadata.labels", value: k, detail: msg });
    for (const msg of isValidLabelValue(String(v))) errs.push({ type: "Invalid value", field: "spec.template.metadata.labels", value: v, detail: msg });
  }
  const podErrs = validatePod({ apiVersion: "v1", kind: "Pod", metadata: { name: "x", uid: "", resourceVersion: "", creationTimestamp: "" }, spec: template.spec ?? {} }, undefined);
  for (const e of podErrs) {
    // restartPolicy gets the workload-specific message below instead.
    if (e.field === "spec.restartPolicy") continue;
    errs.push({ ...e, field: e.field.replace(/^spec/, "spec.template.spec") });
  }
  const rp = template.spec?.restartPolicy;
  if (rp !== "Always") errs.push({ type: "Unsupported value", field: "spec.template.spec.restartPolicy", value: rp ?? "", detail: 'supported values: "Always"' });
  if (template.spec?.activeDeadlineSeconds !== undefined && template.spec?.activeDeadlineSeconds !== null) {
    errs.push({ type: "Invalid value", field: "spec.template.spec.activeDeadlineSeconds", value: template.spec.activeDeadlineSeconds, detail: "activeDeadlineSeconds in ReplicaSet is not Supported" });
  }
}

/** ValidateImmutableField on spec.selector (apps/v1 forbids changing it). */
export function validateSelectorImmutable(obj: KubeObject, old: KubeObject | undefined, errs: FieldError[]): void {
  if (!old) return;
  if (JSON.stringify(selectorValue(obj.spec?.selector)) !== JSON.stringify(selectorValue(old.spec?.selector))) {
    errs.push({ type: "Invalid value", field: "spec.selector", value: selectorValue(obj.spec?.selector), detail: "field is immutable" });
  }
}

export function defaultReplicaSet(obj: KubeObject): void {
  const spec = (obj.spec ??= {});
  spec.replicas ??= 1;
  defaultPodTemplate(spec.template);
}

export function validateReplicaSet(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const spec = obj.spec ?? {};
  nonNegative(spec.replicas, "spec.replicas", errs);
  nonNegative(spec.minReadySeconds, "spec.minReadySeconds", errs);
  validateSelectorAndTemplate(spec, errs);
  validateSelectorImmutable(obj, old, errs);
  return errs;
}

/** CONTAINERS / IMAGES / SELECTOR cells of the workload printers (-o wide). */
export const containersCell = (o: KubeObject) => ((o.spec?.template?.spec?.containers ?? []) as { name: string }[]).map((c) => c.name).join(",");
export const imagesCell = (o: KubeObject) => ((o.spec?.template?.spec?.containers ?? []) as { image: string }[]).map((c) => c.image).join(",");
export const selectorCell = (o: KubeObject) => formatLabelSelector(o.spec?.selector);

const n = (v: unknown) => String(typeof v === "number" ? v : 0);

export const replicaSetKind: KindSpec = {
  kind: "ReplicaSet",
  apiVersion: "apps/v1",
  group: "apps",
  resource: "replicasets",
  singular: "replicaset",
  shortNames: ["rs"],
  namespaced: true,
  statusSubresource: true,
  tracksGeneration: true,
  defaults: defaultReplicaSet,
  validate: validateReplicaSet,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Desired", priority: 0, cell: (o) => n(o.spec?.replicas) },
    { name: "Current", priority: 0, cell: (o) => n(o.status?.replicas) },
    { name: "Ready", priority: 0, cell: (o) => n(o.status?.readyReplicas) },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
    { name: "Containers", priority: 1, cell: containersCell },
    { name: "Images", priority: 1, cell: imagesCell },
    { name: "Selector", priority: 1, cell: selectorCell },
  ],
};
