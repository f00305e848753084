// kubectl describe horizontalpodautoscaler (describe.go describeHorizontalPodAutoscalerV2):
// reference, "Metrics: ( current / target )" per metric, min/max, "<Kind> pods: N current /
// M desired", conditions and events.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from "../../types";
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from "./prefixwriter";
import { writeEvents } from "./events";
import { rfc1123z } from "./timefmt";
import type { DescribeInput } from "./workloads";

export function describeHPA(hpa: KubeObject, input: DescribeInput): string {
  const w = new PrefixWriter();
  const spec = hpa.spec ?? {};
  const status = hpa.status ?? {};
  const ref = spec.scaleTargetRef ?? {};
  w.write(LEVEL_0, `Name:\t${hpa.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${hpa.metadata.namespace ?? ""}\n`);
  printLabelsMultiline(w, "Labels", hpa.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", hpa.metadata.annotations);
  w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(hpa.metadata.creationTimestamp)}\n`);
  w.write(LEVEL_0, `Reference:\t${ref.kind ?? ""}/${ref.name ?? ""}\n`);
  w.write(LEVEL_0, "Metrics:\t( current / target )\n");
  ((spec.metrics ?? []) as any[]).forEach((m, i) => {
    const cur = (status.currentMetrics ?? [])[i]?.resource?.current;
    if (m.type !== "Resource" || !m.resource) return w.write(LEVEL_1, `<unknown metric type ${JSON.stringify(String(m.type))}>\n`);
    w.write(LEVEL_1, `resource ${m.resource.name} on pods`);
    const target = m.resource.target ?? {};
    if (target.averageValue !== undefined) {
      w.write(LEVEL_0, `:\t${cur?.averageValue ?? "<unknown>"} / ${target.averageValue}\n`);
    } else {
      const current = cur?.averageUtilization !== undefined ? `${cur.averageUtilization}% (${cur.averageValue ?? "0"})` : "<unknown>";
      const t = target.averageUtilization !== undefined ? `${target.averageUtilization}%` : "<auto>";
      w.write(LEVEL_1, `(as a percentage of request):\t${current} / ${t}\n`);
    }
  });
  w.write(LEVEL_0, `Min replicas:\t${spec.minReplicas === undefined ? "<unset>" : spec.minReplicas}\n`);
  w.write(LEVEL_0, `Max replicas:\t${spec.maxReplicas ?? 0}\n`);
  if (spec.behavior) {
    w.write(LEVEL_0, "Behavior:\n");
    for (const [title, rules] of [["Scale Up", spec.behavior.scaleUp], ["Scale Down", spec.behavior.scaleDown]] as const) {
      if (!rules) continue;
      w.write(LEVEL_1, `${title}:\n`);
      if (rules.stabilizationWindowSeconds !== undefined) w.write(LEVEL_2, `Stabilization Window: ${rules.stabilizationWindowSeconds} seconds\n`);
      if ((rules.policies ?? []).length > 0) {
        w.write(LEVEL_2, `Select Policy: ${rules.selectPolicy ?? "Max"}\n`);
        w.write(LEVEL_2, "Policies:\n");
        for (const p of rules.policies) w.write(LEVEL_3, `- Type: ${p.type}\tValue: ${p.value}\tPeriod: ${p.periodSeconds} seconds\n`);
      }
    }
  }
  w.write(LEVEL_0, `${ref.kind ?? ""} pods:\t`);
  w.write(LEVEL_0, `${status.currentReplicas ?? 0} current / ${status.desiredReplicas ?? 0} desired\n`);
  const conds = (status.conditions ?? []) as any[];
  if (conds.length > 0) {
    w.write(LEVEL_0, "Conditions:\n");
    w.write(LEVEL_1, "Type\tStatus\tReason\tMessage\n");
    w.write(LEVEL_1, "----\t------\t------\t-------\n");
    for (const c of conds) w.write(LEVEL_1, `${c.type}\t${c.status}\t${c.reason ?? ""}\t${c.message ?? ""}\n`);
  }
  writeEvents(w, input.events, input.now, input.epochMs);
  return w.toString();
}
