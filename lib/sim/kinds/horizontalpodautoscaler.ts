// HorizontalPodAutoscaler (autoscaling/v2): SetDefaults_HorizontalPodAutoscaler (minReplicas 1,
// a CPU utilization target of 80% when no metric is given; behavior is only filled in when set),
// the main rules of ValidateHorizontalPodAutoscaler, and printHorizontalPodAutoscaler's columns
// (NAME REFERENCE TARGETS MINPODS MAXPODS REPLICAS AGE; TARGETS via formatHPAMetrics).
import type { FieldError, KindSpec, KubeObject } from "../types";
import { sinceText } from "../node/time";

export const DEFAULT_CPU_UTILIZATION = 80;

interface MetricTarget { type?: string; averageUtilization?: number; averageValue?: string; value?: string }
interface MetricSpec { type?: string; resource?: { name?: string; target?: MetricTarget } }
interface MetricStatus { type?: string; resource?: { name?: string; current?: { averageUtilization?: number; averageValue?: string } } }

function defaults(o: KubeObject): void {
  o.spec ??= {};
  o.spec.minReplicas ??= 1;
  if (!Array.isArray(o.spec.metrics) || o.spec.metrics.length === 0) {
    o.spec.metrics = [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: DEFAULT_CPU_UTILIZATION } } }];
  }
}

function validate(o: KubeObject): FieldError[] {
  const errs: FieldError[] = [];
  const s = o.spec ?? {};
  const ref = s.scaleTargetRef ?? {};
  if (!ref.kind) errs.push({ type: "Required value", field: "spec.scaleTargetRef.kind" });
  if (!ref.name) errs.push({ type: "Required value", field: "spec.scaleTargetRef.name" });
  const min = s.minReplicas;
  if (typeof min === "number" && min < 1) errs.push({ type: "Invalid value", field: "spec.minReplicas", value: min, detail: "must be greater than or equal to 1" });
  if (typeof s.maxReplicas !== "number" || s.maxReplicas < 1) errs.push({ type: "Invalid value", field: "spec.maxReplicas", value: s.maxReplicas ?? 0, detail: "must be greater than or equal to 1" });
  else if (typeof min === "number" && s.maxReplicas < min) errs.push({ type: "Invalid value", field: "spec.maxReplicas", value: s.maxReplicas, detail: "must be greater than or equal to `minReplicas`" });
  ((s.metrics ?? []) as MetricSpec[]).forEach((m, i) => {
    const u = m.resource?.target?.averageUtilization;
    if (m.type === "Resource" && typeof u === "number" && u < 1) errs.push({ type: "Invalid value", field: `spec.metrics[${i}].resource.target.averageUtilization`, value: u, detail: "must be greater than 0" });
  });
  return errs;
}

/** formatHPAMetrics for Resource metrics ("cpu: <unknown>/80%"), at most two then "+ N more...". */
export function formatHPAMetrics(specs: readonly MetricSpec[] | undefined, statuses: readonly MetricStatus[] | undefined): string {
  if (!specs || specs.length === 0) return "<none>";
  const list = specs.map((spec, i) => {
    const st = statuses?.[i];
    if (spec.type !== "Resource" || !spec.resource) return "<unknown type>";
    const name = spec.resource.name ?? "";
    const target = spec.resource.target ?? {};
    if (target.averageValue !== undefined) {
      const current = st?.resource?.current?.averageValue ?? "<unknown>";
      return `${name}: ${current}/${target.averageValue}`;
    }
    const cu = st?.resource?.current?.averageUtilization;
    const current = cu !== undefined ? `${cu}%` : "<unknown>";
    const t = target.averageUtilization !== undefined ? `${target.averageUtilization}%` : "<auto>";
    return `${name}: ${current}/${t}`;
  });
  return list.length > 2 ? `${list.slice(0, 2).join(", ")} + ${list.length - 2} more...` : list.join(", ");
}

export const hpaKind: KindSpec = {
  kind: "HorizontalPodAutoscaler",
  apiVersion: "autoscaling/v2",
  group: "autoscaling",
  resource: "horizontalpodautoscalers",
  singular: "horizontalpodautoscaler",
  shortNames: ["hpa"],
  namespaced: true,
  statusSubresource: true,
  tracksGeneration: false,
  defaults,
  validate,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Reference", priority: 0, cell: (o) => `${o.spec?.scaleTargetRef?.kind ?? ""}/${o.spec?.scaleTargetRef?.name ?? ""}` },
    { name: "Targets", priority: 0, cell: (o) => formatHPAMetrics(o.spec?.metrics, o.status?.currentMetrics) },
    { name: "MinPods", priority: 0, cell: (o) => (o.spec?.minReplicas === undefined ? "<unset>" : String(o.spec.minReplicas)) },
    { name: "MaxPods", priority: 0, cell: (o) => String(o.spec?.maxReplicas ?? 0) },
    { name: "Replicas", priority: 0, cell: (o) => String(o.status?.currentReplicas ?? 0) },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
  ],
};
