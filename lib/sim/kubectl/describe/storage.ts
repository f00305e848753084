// kubectl describe endpoints / persistentvolumeclaim (describe.go describeEndpoints,
// describePersistentVolumeClaim + printPersistentVolumeClaim, getPodsForPVC's "Used By").
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from "../../types";
import { LEVEL_0, LEVEL_1, LEVEL_2, PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from "./prefixwriter";
import { writeEvents } from "./events";
import { rfc1123z } from "./timefmt";
import { sinceText } from "../../node/time";
import { accessModesCell } from "../../kinds/storagecommon";
import type { DescribeInput } from "./workloads";

/** Go's %v of a []string: "[a b]". */
const goList = (xs: readonly string[] | undefined) => `[${(xs ?? []).join(" ")}]`;

export function describeEndpoints(ep: KubeObject, input: DescribeInput): string {
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${ep.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${ep.metadata.namespace ?? ""}\n`);
  printLabelsMultiline(w, "Labels", ep.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", ep.metadata.annotations);
  w.write(LEVEL_0, "Subsets:\n");
  for (const subset of (ep.subsets ?? []) as any[]) {
    const ips = (xs: any[] | undefined) => (xs ?? []).map((a) => a.ip).join(",") || "<none>";
    w.write(LEVEL_1, `Addresses:\t${ips(subset.addresses)}\n`);
    w.write(LEVEL_1, `NotReadyAddresses:\t${ips(subset.notReadyAddresses)}\n`);
    if ((subset.ports ?? []).length > 0) {
      w.write(LEVEL_1, "Ports:\n");
      w.write(LEVEL_2, "Name\tPort\tProtocol\n");
      w.write(LEVEL_2, "----\t----\t--------\n");
      for (const p of subset.ports) w.write(LEVEL_2, `${p.name || "<unset>"}\t${p.port}\t${p.protocol ?? ""}\n`);
    }
    w.write(LEVEL_0, "\n");
  }
  writeEvents(w, input.events, input.now, input.epochMs);
  return w.toString();
}

/** getPodsForPVC: pods of the namespace mounting the claim, then pods owning it; "Used By" sorts them by name. */
export function podsUsingClaim(pvc: KubeObject, pods: readonly KubeObject[]): KubeObject[] {
  const out = pods.filter((p) => (p.spec?.volumes ?? []).some((v: any) => v.persistentVolumeClaim?.claimName === pvc.metadata.name));
  for (const ref of (pvc.metadata.ownerReferences ?? []) as any[]) {
    if (ref.kind !== "Pod") continue;
    const owner = pods.find((p) => p.metadata.uid === ref.uid);
    if (owner && !out.includes(owner)) out.push(owner);
  }
  return out;
}

export function describePersistentVolumeClaim(pvc: KubeObject, usedBy: readonly KubeObject[], input: DescribeInput): string {
  const w = new PrefixWriter();
  const spec = pvc.spec ?? {};
  const status = pvc.status ?? {};
  w.write(LEVEL_0, `Name:\t${pvc.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${pvc.metadata.namespace ?? ""}\n`);
  w.write(LEVEL_0, `StorageClass:\t${spec.storageClassName ?? pvc.metadata.annotations?.["volume.beta.kubernetes.io/storage-class"] ?? ""}\n`);
  if (pvc.metadata.deletionTimestamp) w.write(LEVEL_0, `Status:\tTerminating (lasts ${sinceText(pvc.metadata.deletionTimestamp, input.now, input.epochMs)})\n`);
  else w.write(LEVEL_0, `Status:\t${status.phase ?? ""}\n`);
  w.write(LEVEL_0, `Volume:\t${spec.volumeName ?? ""}\n`);
  printLabelsMultiline(w, "Labels", pvc.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", pvc.metadata.annotations);
  w.write(LEVEL_0, `Finalizers:\t${goList(pvc.metadata.finalizers)}\n`);
  const bound = Boolean(spec.volumeName);
  w.write(LEVEL_0, `Capacity:\t${bound ? (status.capacity?.storage ?? "0") : ""}\n`);
  w.write(LEVEL_0, `Access Modes:\t${bound ? accessModesCell(status.accessModes) : ""}\n`);
  if (spec.volumeMode) w.write(LEVEL_0, `VolumeMode:\t${spec.volumeMode}\n`);
  if (spec.dataSource) {
    w.write(LEVEL_0, "DataSource:\n");
    if (spec.dataSource.apiGroup) w.write(LEVEL_1, `APIGroup:\t${spec.dataSource.apiGroup}\n`);
    w.write(LEVEL_1, `Kind:\t${spec.dataSource.kind ?? ""}\n`);
    w.write(LEVEL_1, `Name:\t${spec.dataSource.name ?? ""}\n`);
  }
  // printPodsMultiline: "Used By:\t<none>" or one pod name per line, sorted.
  w.write(LEVEL_0, "Used By:\t");
  const names = usedBy.map((p) => p.metadata.name).sort();
  if (names.length === 0) w.writeLine("<none>");
  names.forEach((n, i) => {
    if (i !== 0) w.write(LEVEL_0, "\t");
    w.write(LEVEL_0, `${n}\n`);
  });
  const conds = (status.conditions ?? []) as any[];
  if (conds.length > 0) {
    w.write(LEVEL_0, "Conditions:\n");
    w.write(LEVEL_1, "Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n");
    w.write(LEVEL_1, "----\t------\t-----------------\t------------------\t------\t-------\n");
    for (const c of conds) w.write(LEVEL_1, `${c.type} \t${c.status} \t${rfc1123z(c.lastProbeTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ""} \t${c.message ?? ""}\n`);
  }
  writeEvents(w, input.events, input.now, input.epochMs);
  return w.toString();
}
