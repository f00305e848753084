// kubectl describe for StatefulSets and DaemonSets (describe.go describeStatefulSet,
// describeDaemonSet, describeVolumeClaimTemplates).
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from "../../types";
import { formatLabelSelector, formatLabels } from "../../labels";
import { LEVEL_0, LEVEL_1, PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from "./prefixwriter";
import { writePodTemplate } from "./podtemplate";
import { writeEvents } from "./events";
import { rfc1123z } from "./timefmt";
import type { DescribeInput, PodCounts } from "./workloads";

const n = (v: unknown) => (typeof v === "number" ? v : 0);
const podsStatus = (c: PodCounts) => `Pods Status:\t${c.running} Running / ${c.waiting} Waiting / ${c.succeeded} Succeeded / ${c.failed} Failed\n`;

function writeVolumeClaimTemplates(w: PrefixWriter, templates: any[] | undefined): void {
  if (!templates || templates.length === 0) return w.write(LEVEL_0, "Volume Claims:\t<none>\n");
  w.write(LEVEL_0, "Volume Claims:\n");
  for (const pvc of templates) {
    w.write(LEVEL_1, `Name:\t${pvc.metadata?.name ?? ""}\n`);
    const cls = pvc.metadata?.annotations?.["volume.beta.kubernetes.io/storage-class"] ?? pvc.spec?.storageClassName ?? "";
    w.write(LEVEL_1, `StorageClass:\t${cls}\n`);
    // Both maps print as key=value here (printLabelsMultilineWithIndent).
    printLabelsMultiline(w, "Labels", pvc.metadata?.labels, "  ");
    printLabelsMultiline(w, "Annotations", pvc.metadata?.annotations, "  ");
    const storage = pvc.spec?.resources?.requests?.storage;
    w.write(LEVEL_1, `Capacity:\t${storage ?? "<default>"}\n`);
    w.write(LEVEL_1, `Access Modes:\t[${(pvc.spec?.accessModes ?? []).join(" ")}]\n`);
  }
}

export function describeStatefulSet(sts: KubeObject, counts: PodCounts, input: DescribeInput): string {
  const w = new PrefixWriter();
  const spec = sts.spec ?? {};
  w.write(LEVEL_0, `Name:\t${sts.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${sts.metadata.namespace ?? ""}\n`);
  w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(sts.metadata.creationTimestamp)}\n`);
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(spec.selector)}\n`);
  printLabelsMultiline(w, "Labels", sts.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", sts.metadata.annotations);
  w.write(LEVEL_0, `Replicas:\t${n(spec.replicas)} desired | ${n(sts.status?.replicas)} total\n`);
  w.write(LEVEL_0, `Update Strategy:\t${spec.updateStrategy?.type ?? ""}\n`);
  const ru = spec.updateStrategy?.rollingUpdate;
  if (ru && typeof ru.partition === "number") {
    w.write(LEVEL_1, `Partition:\t${ru.partition}\n`);
    if (ru.maxUnavailable !== undefined && ru.maxUnavailable !== null) w.write(LEVEL_1, `MaxUnavailable:\t${ru.maxUnavailable}\n`);
  }
  w.write(LEVEL_0, podsStatus(counts));
  writePodTemplate(w, spec.template);
  writeVolumeClaimTemplates(w, spec.volumeClaimTemplates);
  writeEvents(w, input.events, input.now, input.epochMs);
  return w.toString();
}

export function describeDaemonSet(ds: KubeObject, counts: PodCounts, input: DescribeInput): string {
  const w = new PrefixWriter();
  const spec = ds.spec ?? {};
  const status = ds.status ?? {};
  w.write(LEVEL_0, `Name:\t${ds.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${ds.metadata.namespace ?? ""}\n`);
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(spec.selector)}\n`);
  w.write(LEVEL_0, `Node-Selector:\t${formatLabels(spec.template?.spec?.nodeSelector)}\n`);
  printLabelsMultiline(w, "Labels", ds.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", ds.metadata.annotations);
  // These five lines carry no tab in upstream, so they end the block above.
  w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${n(status.desiredNumberScheduled)}\n`);
  w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${n(status.currentNumberScheduled)}\n`);
  w.write(LEVEL_0, `Number of Nodes Scheduled with Up-to-date Pods: ${n(status.updatedNumberScheduled)}\n`);
  w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${n(status.numberAvailable)}\n`);
  w.write(LEVEL_0, `Number of Nodes Misscheduled: ${n(status.numberMisscheduled)}\n`);
  w.write(LEVEL_0, podsStatus(counts));
  writePodTemplate(w, spec.template);
  writeEvents(w, input.events, input.now, input.epochMs);
  return w.toString();
}
