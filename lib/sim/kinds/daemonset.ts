// DaemonSet (apps/v1): SetDefaults_DaemonSet, ValidateDaemonSet/ValidateDaemonSetUpdate
// (pkg/apis/apps/validation) and printDaemonSet columns.
import type { FieldError, KindSpec, KubeObject } from "../types";
import { containersCell, imagesCell, validatePodTemplate, validateSelectorAndTemplate } from "./statefulset";
import { defaultPodTemplate } from "./pod";
import { formatLabelSelector } from "../labels/labelselector";
import { formatLabels } from "../labels/selector";
import { sinceText } from "../node/time";
import { canonicalJson } from "../util/hash";

/* eslint-disable @typescript-eslint/no-explicit-any */

export function defaultDaemonSet(obj: KubeObject): void {
  const spec = (obj.spec ??= {});
  const us = (spec.updateStrategy ??= {});
  us.type ||= "RollingUpdate";
  if (us.type === "RollingUpdate") {
    us.rollingUpdate ??= {};
    us.rollingUpdate.maxUnavailable ??= 1;
    us.rollingUpdate.maxSurge ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  defaultPodTemplate(spec.template);
}

const PERCENT = /^[0-9]+%$/;

/** ValidatePositiveIntOrPercent + IsNotMoreThan100Percent; returns the value as a number (percent or int). */
function intOrPercent(v: unknown, field: string, errs: FieldError[]): number {
  if (typeof v === "number") {
    if (v < 0) errs.push({ type: "Invalid value", field, value: v, detail: "must be greater than or equal to 0" });
    return v;
  }
  if (typeof v === "string") {
    if (!PERCENT.test(v)) {
      errs.push({ type: "Invalid value", field, value: v, detail: "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')" });
      return 0;
    }
    const n = Number(v.slice(0, -1));
    if (n > 100) errs.push({ type: "Invalid value", field, value: v, detail: "must not be greater than 100%" });
    return n;
  }
  return 0;
}

function validateUpdateStrategy(us: any): FieldError[] {
  const errs: FieldError[] = [];
  if (us?.type === "OnDelete") return errs;
  if (us?.type !== "RollingUpdate") {
    return [{ type: "Unsupported value", field: "spec.updateStrategy", value: us, detail: 'supported values: "RollingUpdate", "OnDelete"' }];
  }
  const ru = us.rollingUpdate;
  if (!ru) return [{ type: "Required value", field: "spec.updateStrategy.rollingUpdate" }];
  const p = "spec.updateStrategy.rollingUpdate";
  const unavailable = intOrPercent(ru.maxUnavailable, `${p}.maxUnavailable`, errs);
  const surge = intOrPercent(ru.maxSurge, `${p}.maxSurge`, errs);
  if (unavailable !== 0 && surge !== 0) errs.push({ type: "Invalid value", field: `${p}.maxSurge`, value: ru.maxSurge, detail: "may not be set when maxUnavailable is non-zero" });
  if (unavailable === 0 && surge === 0) errs.push({ type: "Required value", field: `${p}.maxUnavailable`, detail: "cannot be 0 when maxSurge is 0" });
  return errs;
}

const TEMPLATE_GENERATION = "deprecated.daemonset.template.generation";

/**
 * The DaemonSet strategy's PrepareForCreate/PrepareForUpdate: templateGeneration starts at 1
 * and goes up when the template changes, surfaced as an annotation that daemon pods copy into
 * their pod-template-generation label. Done here because this hook is the one that sees `old`.
 */
function stampTemplateGeneration(obj: KubeObject, old: KubeObject | undefined): void {
  const prev = Number(old?.metadata.annotations?.[TEMPLATE_GENERATION] ?? (old ? 1 : 0));
  const changed = !old || canonicalJson(old.spec?.template ?? null) !== canonicalJson(obj.spec?.template ?? null);
  obj.metadata.annotations = { ...(obj.metadata.annotations ?? {}), [TEMPLATE_GENERATION]: String(changed ? prev + 1 : prev) };
}

export function validateDaemonSet(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  stampTemplateGeneration(obj, old);
  const spec = obj.spec ?? {};
  const errs: FieldError[] = [];
  errs.push(...validateSelectorAndTemplate(spec, "daemonset"));
  errs.push(...validatePodTemplate(spec.template, "spec.template"));
  const rp = spec.template?.spec?.restartPolicy;
  if (rp !== "Always") errs.push({ type: "Unsupported value", field: "spec.template.spec.restartPolicy", value: rp ?? "", detail: 'supported values: "Always"' });
  if (spec.template?.spec?.activeDeadlineSeconds !== undefined)
    errs.push({ type: "Invalid value", field: "spec.template.spec.activeDeadlineSeconds", value: spec.template.spec.activeDeadlineSeconds, detail: "activeDeadlineSeconds in DaemonSet is not Supported" });
  if (typeof spec.minReadySeconds === "number" && spec.minReadySeconds < 0)
    errs.push({ type: "Invalid value", field: "spec.minReadySeconds", value: spec.minReadySeconds, detail: "must be greater than or equal to 0" });
  errs.push(...validateUpdateStrategy(spec.updateStrategy));
  if (old && canonicalJson(old.spec?.selector ?? null) !== canonicalJson(spec.selector ?? null))
    errs.push({ type: "Invalid value", field: "spec.selector", value: spec.selector, detail: "field is immutable" });
  return errs;
}

const n = (v: unknown) => String(typeof v === "number" ? v : 0);

export const daemonSetKind: KindSpec = {
  kind: "DaemonSet",
  apiVersion: "apps/v1",
  group: "apps",
  resource: "daemonsets",
  singular: "daemonset",
  shortNames: ["ds"],
  namespaced: true,
  statusSubresource: true,
  tracksGeneration: true,
  defaults: defaultDaemonSet,
  validate: validateDaemonSet,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Desired", priority: 0, cell: (o) => n(o.status?.desiredNumberScheduled) },
    { name: "Current", priority: 0, cell: (o) => n(o.status?.currentNumberScheduled) },
    { name: "Ready", priority: 0, cell: (o) => n(o.status?.numberReady) },
    { name: "Up-to-date", priority: 0, cell: (o) => n(o.status?.updatedNumberScheduled) },
    { name: "Available", priority: 0, cell: (o) => n(o.status?.numberAvailable) },
    { name: "Node Selector", priority: 0, cell: (o) => formatLabels(o.spec?.template?.spec?.nodeSelector) },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
    { name: "Containers", priority: 1, cell: containersCell },
    { name: "Images", priority: 1, cell: imagesCell },
    { name: "Selector", priority: 1, cell: (o) => formatLabelSelector(o.spec?.selector) },
  ],
};
