// Deployment (apps/v1): SetDefaults_Deployment (pkg/apis/apps/v1/defaults.go),
// ValidateDeployment/ValidateDeploymentUpdate (pkg/apis/apps/validation) and printDeployment's
// columns (pkg/printers/internalversion/printers.go).
import type { FieldError, KindSpec, KubeObject } from "../types";
import { containersCell, imagesCell, selectorCell, validateSelectorAndTemplate, validateSelectorImmutable } from "./replicaset";
import { defaultPodTemplate } from "./pod";
import { regexError } from "../labels/validation";
import { sinceText } from "../node/time";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const MAX_INT32 = 2147483647;

export function defaultDeployment(obj: KubeObject): void {
  const spec = (obj.spec ??= {});
  spec.replicas ??= 1;
  const strategy = (spec.strategy ??= {});
  strategy.type ||= "RollingUpdate";
  if (strategy.type === "RollingUpdate") {
    const ru = (strategy.rollingUpdate ??= {});
    // IntOrString strings, not the number 25.
    ru.maxUnavailable ??= "25%";
    ru.maxSurge ??= "25%";
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  // minReadySeconds (0) and paused (false) are Go zero values with omitempty: never serialised.
  defaultPodTemplate(spec.template);
}

const PERCENT = /^[0-9]+%$/;

/** ValidatePositiveIntOrPercent. */
function intOrPercent(v: unknown, field: string, errs: FieldError[]): void {
  if (typeof v === "string") {
    if (!PERCENT.test(v)) errs.push({ type: "Invalid value", field, value: v, detail: regexError("a valid percent string must be a numeric string followed by an ending '%'", "[0-9]+%", "1%", "93%") });
  } else if (typeof v === "number" && v < 0) {
    errs.push({ type: "Invalid value", field, value: v, detail: "must be greater than or equal to 0" });
  }
}

/** getIntOrPercentValue: the int, or the number before '%'. */
const intOrPercentValue = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && PERCENT.test(v) ? Number(v.slice(0, -1)) : typeof v === "string" ? NaN : 0);

function validateStrategy(strategy: any, errs: FieldError[]): void {
  const path = "spec.strategy";
  const type = strategy?.type;
  if (type === "Recreate") {
    if (strategy.rollingUpdate) errs.push({ type: "Forbidden", field: `${path}.rollingUpdate`, detail: "may not be specified when strategy `type` is 'Recreate'" });
  } else if (type === "RollingUpdate") {
    const ru = strategy.rollingUpdate;
    if (!ru) {
      errs.push({ type: "Required value", field: `${path}.rollingUpdate`, detail: "this should be defaulted and never be nil" });
      return;
    }
    intOrPercent(ru.maxUnavailable, `${path}.rollingUpdate.maxUnavailable`, errs);
    intOrPercent(ru.maxSurge, `${path}.rollingUpdate.maxSurge`, errs);
    if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0) {
      errs.push({ type: "Invalid value", field: `${path}.rollingUpdate.maxUnavailable`, value: ru.maxUnavailable, detail: "may not be 0 when `maxSurge` is 0" });
    }
    if (typeof ru.maxUnavailable === "string" && PERCENT.test(ru.maxUnavailable) && Number(ru.maxUnavailable.slice(0, -1)) > 100) {
      errs.push({ type: "Invalid value", field: `${path}.rollingUpdate.maxUnavailable`, value: ru.maxUnavailable, detail: "must not be greater than 100%" });
    }
  } else {
    errs.push({ type: "Unsupported value", field: path, value: strategy, detail: 'supported values: "Recreate", "RollingUpdate"' });
  }
}

export function validateDeployment(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const spec = obj.spec ?? {};
  const nonNegative = (v: unknown, field: string) => {
    if (typeof v === "number" && v < 0) errs.push({ type: "Invalid value", field, value: v, detail: "must be greater than or equal to 0" });
  };
  nonNegative(spec.replicas, "spec.replicas");
  validateSelectorAndTemplate(spec, errs);
  validateStrategy(spec.strategy, errs);
  nonNegative(spec.minReadySeconds, "spec.minReadySeconds");
  nonNegative(spec.revisionHistoryLimit, "spec.revisionHistoryLimit");
  if (typeof spec.progressDeadlineSeconds === "number") {
    nonNegative(spec.progressDeadlineSeconds, "spec.progressDeadlineSeconds");
    if (spec.progressDeadlineSeconds <= (spec.minReadySeconds ?? 0)) {
      errs.push({ type: "Invalid value", field: "spec.progressDeadlineSeconds", value: spec.progressDeadlineSeconds, detail: "must be greater than minReadySeconds" });
    }
  }
  validateSelectorImmutable(obj, old, errs);
  return errs;
}

const n = (v: unknown) => String(typeof v === "number" ? v : 0);

export const deploymentKind: KindSpec = {
  kind: "Deployment",
  apiVersion: "apps/v1",
  group: "apps",
  resource: "deployments",
  singular: "deployment",
  shortNames: ["deploy"],
  namespaced: true,
  statusSubresource: true,
  tracksGeneration: true,
  defaults: defaultDeployment,
  validate: validateDeployment,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Ready", priority: 0, cell: (o) => `${n(o.status?.readyReplicas)}/${n(o.spec?.replicas)}` },
    { name: "Up-to-date", priority: 0, cell: (o) => n(o.status?.updatedReplicas) },
    { name: "Available", priority: 0, cell: (o) => n(o.status?.availableReplicas) },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
    { name: "Containers", priority: 1, cell: containersCell },
    { name: "Images", priority: 1, cell: imagesCell },
    { name: "Selector", priority: 1, cell: selectorCell },
  ],
};
