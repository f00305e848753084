// Job (batch/v1): SetDefaults_Job (pkg/apis/batch/v1/defaults.go), the registry's selector
// generation (pkg/registry/batch/job/strategy.go generateSelector), ValidateJob /
// validateJobSpec (pkg/apis/batch/validation) and printJob's columns.
import type { FieldError, KindSpec, KubeObject } from "../types";
import { formatLabelSelector, labelSelectorFromObject, isDNS1123Label } from "../labels";
import { defaultPodTemplate, validatePod } from "./pod";
import { rfc3339ToMs, sinceText } from "../node/time";
import { humanDuration } from "../util/duration";
import { indexesFormatError } from "../controllers/job/indexes";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const JOB_NAME_LABEL = "batch.kubernetes.io/job-name";
export const CONTROLLER_UID_LABEL = "batch.kubernetes.io/controller-uid";
export const LEGACY_JOB_NAME_LABEL = "job-name";
export const LEGACY_CONTROLLER_UID_LABEL = "controller-uid";

/** generateSelector: template labels and a selector on the job's uid (manualSelector unset/false). */
function generateSelector(obj: KubeObject): void {
  const spec = obj.spec;
  const t = (spec.template ??= {});
  const labels: Record<string, string> = { ...(t.metadata?.labels ?? {}) };
  labels[LEGACY_JOB_NAME_LABEL] ??= obj.metadata.name;
  labels[JOB_NAME_LABEL] ??= obj.metadata.name;
  labels[LEGACY_CONTROLLER_UID_LABEL] ??= obj.metadata.uid;
  labels[CONTROLLER_UID_LABEL] ??= obj.metadata.uid;
  t.metadata = { ...(t.metadata ?? {}), labels };
  spec.selector = { ...spec.selector, matchLabels: { ...(spec.selector?.matchLabels ?? {}) } };
  spec.selector.matchLabels[CONTROLLER_UID_LABEL] ??= obj.metadata.uid;
}

export function defaultJob(obj: KubeObject): void {
  const spec = (obj.spec ??= {});
  if (spec.completions == null && spec.parallelism == null) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  spec.backoffLimit ??= spec.backoffLimitPerIndex != null ? 2147483647 : 6;
  spec.completionMode ??= "NonIndexed";
  spec.suspend ??= false;
  spec.podReplacementPolicy ??= spec.podFailurePolicy ? "Failed" : "TerminatingOrFailed";
  spec.manualSelector ??= false;
  for (const rule of spec.podFailurePolicy?.rules ?? []) for (const pattern of rule?.onPodConditions ?? []) pattern.status ??= "True";
  // The registry generates the selector once the uid exists (PrepareForCreate); an update that
  // drops it gets the same one back (upstream would reject the change as immutable).
  if (!spec.manualSelector && obj.metadata.uid && spec.selector == null) generateSelector(obj);
  defaultPodTemplate((spec.template ??= {}));
  // Decoding defaults the job's labels from the template's when it has none.
  const tl = spec.template.metadata?.labels;
  if (tl && Object.keys(obj.metadata.labels ?? {}).length === 0) obj.metadata.labels = { ...tl };
}

const nonNegative = (v: unknown, field: string, errs: FieldError[]) => {
  if (typeof v === "number" && v < 0) errs.push({ type: "Invalid value", field, value: v, detail: "must be greater than or equal to 0" });
};

/** validateJobSpec: the part shared by Job and CronJob's jobTemplate; `path` is "spec" or "spec.jobTemplate.spec". */
export function validateJobSpecCommon(spec: any, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of ["parallelism", "completions", "activeDeadlineSeconds", "backoffLimit", "ttlSecondsAfterFinished", "backoffLimitPerIndex", "maxFailedIndexes"]) {
    nonNegative(spec[f], `${path}.${f}`, errs);
  }
  if (spec.maxFailedIndexes != null && spec.backoffLimitPerIndex == null) {
    errs.push({ type: "Required value", field: `${path}.backoffLimitPerIndex`, detail: "when maxFailedIndexes is specified" });
  }
  const mode = spec.completionMode;
  if ((mode ?? "NonIndexed") === "NonIndexed") {
    for (const f of ["backoffLimitPerIndex", "maxFailedIndexes"]) {
      if (spec[f] != null) errs.push({ type: "Invalid value", field: `${path}.${f}`, value: spec[f], detail: "requires indexed completion mode" });
    }
  } else if (mode === "Indexed" && typeof spec.completions === "number" && typeof spec.maxFailedIndexes === "number" && spec.maxFailedIndexes > spec.completions) {
    errs.push({ type: "Invalid value", field: `${path}.maxFailedIndexes`, value: spec.maxFailedIndexes, detail: "must be less than or equal to completions" });
  }
  if (mode != null) {
    if (mode !== "NonIndexed" && mode !== "Indexed") {
      errs.push({ type: "Unsupported value", field: `${path}.completionMode`, value: mode, detail: 'supported values: "NonIndexed", "Indexed"' });
    }
    if (mode === "Indexed") {
      if (spec.completions == null) errs.push({ type: "Required value", field: `${path}.completions`, detail: "when completion mode is Indexed" });
      if (typeof spec.parallelism === "number" && spec.parallelism > 100000) {
        errs.push({ type: "Invalid value", field: `${path}.parallelism`, value: spec.parallelism, detail: "must be less than or equal to 100000 when completion mode is Indexed" });
      }
    }
  }
  if (spec.podFailurePolicy) errs.push(...validatePodFailurePolicy(spec, `${path}.podFailurePolicy`));
  if (spec.successPolicy) {
    if ((spec.completionMode ?? "NonIndexed") !== "Indexed") {
      errs.push({ type: "Invalid value", field: `${path}.successPolicy`, value: spec.successPolicy, detail: "requires indexed completion mode" });
    } else errs.push(...validateSuccessPolicy(spec, `${path}.successPolicy`));
  }
  const prp = spec.podReplacementPolicy;
  if (prp != null) {
    if (spec.podFailurePolicy && prp !== "Failed") errs.push({ type: "Unsupported value", field: `${path}.podReplacementPolicy`, value: prp, detail: 'supported values: "Failed"' });
    else if (prp !== "Failed" && prp !== "TerminatingOrFailed") {
      errs.push({ type: "Unsupported value", field: `${path}.podReplacementPolicy`, value: prp, detail: 'supported values: "Failed", "TerminatingOrFailed"' });
    }
  }
  const tspec = spec.template?.spec ?? {};
  const podErrs = validatePod({ apiVersion: "v1", kind: "Pod", metadata: { name: "", uid: "", resourceVersion: "", creationTimestamp: "" }, spec: tspec }, undefined);
  for (const e of podErrs) {
    if (e.field === "spec.restartPolicy") continue; // judged below with the Job's own rule
    errs.push({ ...e, field: `${path}.template.${e.field}` });
  }
  const rp = tspec.restartPolicy;
  if (rp === "Always" || rp == null || rp === "") {
    errs.push({ type: "Required value", field: `${path}.template.spec.restartPolicy`, detail: 'valid values: "OnFailure", "Never"' });
  } else if (rp !== "OnFailure" && rp !== "Never") {
    errs.push({ type: "Unsupported value", field: `${path}.template.spec.restartPolicy`, value: rp, detail: 'supported values: "OnFailure", "Never"' });
  } else if (spec.podFailurePolicy && rp !== "Never") {
    errs.push({ type: "Invalid value", field: `${path}.template.spec.restartPolicy`, value: rp, detail: 'only "Never" is supported when podFailurePolicy is specified' });
  }
  return errs;
}

const goQuoteList = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(" ")}]`;
const quoteList = (xs: string[]) => xs.map((x) => JSON.stringify(x)).join(", ");
const ACTIONS = ["Count", "FailIndex", "FailJob", "Ignore"];

/** validatePodFailurePolicy: rules' actions, exit-code requirements and pod-condition patterns. */
function validatePodFailurePolicy(spec: any, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const rules: any[] = spec.podFailurePolicy.rules ?? [];
  if (rules.length > 20) errs.push({ type: "Too many", field: `${path}.rules`, value: rules.length, detail: "must have at most 20 items" });
  const names = new Set<string>([...(spec.template?.spec?.containers ?? []), ...(spec.template?.spec?.initContainers ?? [])].map((c: any) => c?.name));
  rules.forEach((rule, i) => {
    const rp = `${path}.rules[${i}]`;
    if (!rule?.action) errs.push({ type: "Required value", field: `${rp}.action`, detail: `valid values: ${goQuoteList(ACTIONS)}` });
    else if (rule.action === "FailIndex") {
      if (spec.backoffLimitPerIndex == null) errs.push({ type: "Invalid value", field: `${rp}.action`, value: rule.action, detail: "requires the backoffLimitPerIndex to be set" });
    } else if (!ACTIONS.includes(rule.action)) errs.push({ type: "Unsupported value", field: `${rp}.action`, value: rule.action, detail: `supported values: ${quoteList(ACTIONS)}` });
    const ec = rule?.onExitCodes;
    if (ec) {
      const ep = `${rp}.onExitCodes`;
      if (!ec.operator) errs.push({ type: "Required value", field: `${ep}.operator`, detail: `valid values: ${goQuoteList(["In", "NotIn"])}` });
      else if (ec.operator !== "In" && ec.operator !== "NotIn") errs.push({ type: "Unsupported value", field: `${ep}.operator`, value: ec.operator, detail: 'supported values: "In", "NotIn"' });
      if (ec.containerName != null && !names.has(ec.containerName)) {
        errs.push({ type: "Invalid value", field: `${ep}.containerName`, value: ec.containerName, detail: "must be one of the container or initContainer names in the pod template" });
      }
      const values: number[] = ec.values ?? [];
      const seen = new Set<number>();
      values.forEach((v, j) => {
        if (ec.operator === "In" && v === 0) errs.push({ type: "Invalid value", field: `${ep}.values[${j}]`, value: v, detail: "must not be 0 for the In operator" });
        if (seen.has(v)) errs.push({ type: "Duplicate value", field: `${ep}.values[${j}]`, value: v });
        seen.add(v);
      });
    }
    (rule?.onPodConditions ?? []).forEach((p: any, j: number) => {
      const sp = `${rp}.onPodConditions[${j}].status`;
      if (!p?.status) errs.push({ type: "Required value", field: sp, detail: `valid values: ${goQuoteList(["False", "True", "Unknown"])}` });
      else if (!["False", "True", "Unknown"].includes(p.status)) errs.push({ type: "Unsupported value", field: sp, value: p.status, detail: 'supported values: "False", "True", "Unknown"' });
    });
  });
  return errs;
}

/** validateSuccessPolicy: at least one rule, each with succeededIndexes and/or succeededCount. */
function validateSuccessPolicy(spec: any, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const rules: any[] = spec.successPolicy.rules ?? [];
  if (rules.length === 0) errs.push({ type: "Required value", field: `${path}.rules`, detail: "at least one rules must be specified when the successPolicy is specified" });
  if (rules.length > 20) errs.push({ type: "Too many", field: `${path}.rules`, value: rules.length, detail: "must have at most 20 items" });
  const completions = typeof spec.completions === "number" ? spec.completions : 0;
  rules.forEach((rule, i) => {
    const rp = `${path}.rules[${i}]`;
    if (rule?.succeededCount == null && rule?.succeededIndexes == null) {
      errs.push({ type: "Required value", field: rp, detail: "at least one of succeededCount or succeededIndexes must be specified" });
    }
    let total = 0;
    if (rule?.succeededIndexes != null) {
      const r = indexesFormatError(String(rule.succeededIndexes), completions);
      total = r.total;
      if (r.error) errs.push({ type: "Invalid value", field: `${rp}.succeededIndexes`, value: String(rule.succeededIndexes), detail: `error parsing succeededIndexes: ${r.error}` });
    }
    if (rule?.succeededCount != null) {
      const f = `${rp}.succeededCount`;
      nonNegative(rule.succeededCount, f, errs);
      if (rule.succeededCount > completions) errs.push({ type: "Invalid value", field: f, value: rule.succeededCount, detail: `must be less than or equal to ${completions} (the number of specified completions)` });
      if (rule.succeededIndexes != null && rule.succeededCount > total) {
        errs.push({ type: "Invalid value", field: f, value: rule.succeededCount, detail: `must be less than or equal to ${total} (the number of indexes in the specified succeededIndexes field)` });
      }
    }
  });
  return errs;
}

export function validateJob(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const spec = obj.spec ?? {};
  const errs = validateJobSpecCommon(spec, "spec");
  if (spec.selector == null) errs.push({ type: "Required value", field: "spec.selector" });
  else {
    let matches = true;
    try {
      matches = labelSelectorFromObject(spec.selector).matches(spec.template?.metadata?.labels ?? {});
    } catch (e) {
      errs.push({ type: "Invalid value", field: "spec.selector", value: spec.selector, detail: e instanceof Error ? e.message : String(e) });
    }
    if (!matches) {
      errs.push({ type: "Invalid value", field: "spec.template.metadata.labels", value: spec.template?.metadata?.labels ?? {}, detail: "`selector` does not match template `labels`" });
    }
  }
  if (spec.completionMode === "Indexed" && typeof spec.completions === "number" && spec.completions > 0) {
    const host = `${obj.metadata.name}-${spec.completions - 1}`;
    if (isDNS1123Label(host).length > 0) {
      errs.push({ type: "Invalid value", field: "metadata.name", value: obj.metadata.name, detail: `will not able to create pod with invalid DNS label: ${host}` });
    }
  }
  if (old) {
    const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
    for (const f of ["completions", "selector", "completionMode"]) {
      if (!same(spec[f], old.spec?.[f])) errs.push({ type: "Invalid value", field: `spec.${f}`, value: spec[f] ?? null, detail: "field is immutable" });
    }
    if (!same(spec.template, old.spec?.template)) errs.push({ type: "Invalid value", field: "spec.template", value: spec.template, detail: "field is immutable" });
  }
  return errs;
}

// --- printing (printJob) ---

const isTrue = (o: KubeObject, type: string) => ((o.status?.conditions ?? []) as any[]).some((c) => c.type === type && c.status === "True");

export function jobStatusCell(o: KubeObject): string {
  if (isTrue(o, "Complete")) return "Complete";
  if (isTrue(o, "Failed")) return "Failed";
  if (o.metadata.deletionTimestamp) return "Terminating";
  if (isTrue(o, "Suspended")) return "Suspended";
  if (isTrue(o, "FailureTarget")) return "FailureTarget";
  return "Running";
}

export function jobCompletionsCell(o: KubeObject): string {
  const succeeded = o.status?.succeeded ?? 0;
  if (o.spec?.completions != null) return `${succeeded}/${o.spec.completions}`;
  const parallelism = o.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

export function jobDurationCell(o: KubeObject, now: number, epochMs?: number): string {
  const start = o.status?.startTime;
  if (!start) return "";
  const done = o.status?.completionTime;
  if (!done) return sinceText(start, now, epochMs);
  return humanDuration(rfc3339ToMs(done) - rfc3339ToMs(start));
}

/** layoutContainerCells: container names and images, comma-joined. */
export function containerCells(podSpec: any): { names: string; images: string } {
  const cs: any[] = podSpec?.containers ?? [];
  return { names: cs.map((c) => c.name).join(","), images: cs.map((c) => c.image).join(",") };
}

export const jobKind: KindSpec = {
  kind: "Job",
  apiVersion: "batch/v1",
  group: "batch",
  resource: "jobs",
  singular: "job",
  shortNames: [],
  namespaced: true,
  statusSubresource: true,
  tracksGeneration: true,
  defaults: defaultJob,
  validate: validateJob,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Status", priority: 0, cell: (o) => jobStatusCell(o) },
    { name: "Completions", priority: 0, cell: (o) => jobCompletionsCell(o) },
    { name: "Duration", priority: 0, cell: (o, now, epoch?: number) => jobDurationCell(o, now, epoch) },
    { name: "Age", priority: 0, cell: (o, now, epoch?: number) => sinceText(o.metadata.creationTimestamp, now, epoch) },
    { name: "Containers", priority: 1, cell: (o) => containerCells(o.spec?.template?.spec).names },
    { name: "Images", priority: 1, cell: (o) => containerCells(o.spec?.template?.spec).images },
    { name: "Selector", priority: 1, cell: (o) => formatLabelSelector(o.spec?.selector) },
  ],
};
