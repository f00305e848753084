// kubectl describe node (describe.go describeNode, describeNodeLease, describeNodeResource):
// roles, labels, annotations, taints, unschedulable, the kubelet's Lease, conditions,
// addresses, capacity/allocatable, system info, pod CIDRs, the non-terminated pods with their
// requests/limits as a share of allocatable, the allocated totals, events.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from "../../types";
import { LEVEL_0, LEVEL_1, PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from "./prefixwriter";
import { writeEvents } from "./events";
import { rfc1123z } from "./timefmt";
import { sinceText } from "../../node/time";
import { bytes, milliCPU } from "../../scheduler/resources";
import { newMilliQuantity, newQuantity, type QuantityFormat } from "../../util/quantity";
import type { DescribeInput } from "./workloads";

/** findNodeRoles: node-role.kubernetes.io/<role> label keys, and kubernetes.io/role's value. */
function nodeRoles(node: KubeObject): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith("node-role.kubernetes.io/")) roles.add(k.slice("node-role.kubernetes.io/".length));
    else if (k === "kubernetes.io/role" && v) roles.add(v);
  }
  return [...roles].sort();
}

const taintString = (t: any) => `${t.key}${t.value ? `=${t.value}` : ""}:${t.effect}`;

interface Sums { cpuReq: number; cpuLim: number; memReq: number; memLim: number; cpuFmt: QuantityFormat; memFmt: QuantityFormat }

/** PodRequests / PodLimits: app containers (+ sidecars) summed, init containers as a floor. */
function podResources(pod: KubeObject): Sums {
  const s: Sums = { cpuReq: 0, cpuLim: 0, memReq: 0, memLim: 0, cpuFmt: "DecimalSI", memFmt: "BinarySI" };
  const fmtOf = (q: unknown): QuantityFormat => (/[KMGTPE]i$/.test(String(q)) ? "BinarySI" : "DecimalSI");
  let memSeen = false;
  const add = (c: any, into: Sums, mode: "sum" | "max") => {
    const r = c.resources?.requests ?? {};
    const l = c.resources?.limits ?? {};
    const vals = { cpuReq: milliCPU(r.cpu ?? l.cpu ?? 0), memReq: bytes(r.memory ?? l.memory ?? 0), cpuLim: milliCPU(l.cpu ?? 0), memLim: bytes(l.memory ?? 0) };
    const mem = r.memory ?? l.memory;
    if (mem !== undefined && !memSeen) { into.memFmt = fmtOf(mem); memSeen = true; }
    for (const k of ["cpuReq", "memReq", "cpuLim", "memLim"] as const) into[k] = mode === "sum" ? into[k] + vals[k] : Math.max(into[k], vals[k]);
  };
  for (const c of pod.spec?.containers ?? []) add(c, s, "sum");
  for (const c of pod.spec?.initContainers ?? []) add(c, s, c.restartPolicy === "Always" ? "sum" : "max");
  return s;
}

const cpuText = (m: number) => newMilliQuantity(m, "DecimalSI").toString();
const memText = (b: number, f: QuantityFormat) => newQuantity(b, f).toString();
const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.trunc((part / whole) * 100));

export function describeNode(node: KubeObject, pods: readonly KubeObject[], lease: KubeObject | undefined, input: DescribeInput): string {
  const w = new PrefixWriter();
  const spec = node.spec ?? {};
  const status = node.status ?? {};
  w.write(LEVEL_0, `Name:\t${node.metadata.name}\n`);
  const roles = nodeRoles(node);
  w.write(LEVEL_0, `Roles:\t${roles.length ? roles.join(",") : "<none>"}\n`);
  printLabelsMultiline(w, "Labels", node.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", node.metadata.annotations);
  w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}\n`);
  w.write(LEVEL_0, "Taints:\t");
  const taints = [...(spec.taints ?? [])].sort((a: any, b: any) => (`${a.effect},${a.key}` < `${b.effect},${b.key}` ? -1 : 1));
  if (taints.length === 0) w.writeLine("<none>");
  taints.forEach((t: any, i: number) => {
    if (i !== 0) w.write(LEVEL_0, "\t");
    w.write(LEVEL_0, `${taintString(t)}\n`);
  });
  w.write(LEVEL_0, `Unschedulable:\t${spec.unschedulable ? "true" : "false"}\n`);
  w.write(LEVEL_0, "Lease:\n");
  w.write(LEVEL_1, `HolderIdentity:\t${lease?.spec?.holderIdentity ?? "<unset>"}\n`);
  w.write(LEVEL_1, `AcquireTime:\t${lease?.spec?.acquireTime ? rfc1123z(lease.spec.acquireTime) : "<unset>"}\n`);
  w.write(LEVEL_1, `RenewTime:\t${lease?.spec?.renewTime ? rfc1123z(lease.spec.renewTime) : "<unset>"}\n`);
  const conds = (status.conditions ?? []) as any[];
  if (conds.length > 0) {
    w.write(LEVEL_0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
    w.write(LEVEL_1, "----\t------\t-----------------\t------------------\t------\t-------\n");
    for (const c of conds) w.write(LEVEL_1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ""} \t${c.message ?? ""}\n`);
  }
  w.write(LEVEL_0, "Addresses:\n");
  for (const a of status.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
  const resourceList = (title: string, list: Record<string, string> | undefined) => {
    const keys = Object.keys(list ?? {}).sort();
    if (keys.length === 0) return;
    w.write(LEVEL_0, `${title}:\n`);
    for (const k of keys) w.write(LEVEL_0, `  ${k}:\t${list![k]}\n`);
  };
  resourceList("Capacity", status.capacity);
  resourceList("Allocatable", status.allocatable);
  const info = status.nodeInfo ?? {};
  w.write(LEVEL_0, "System Info:\n");
  w.write(LEVEL_0, `  Machine ID:\t${info.machineID ?? ""}\n`);
  w.write(LEVEL_0, `  System UUID:\t${info.systemUUID ?? ""}\n`);
  w.write(LEVEL_0, `  Boot ID:\t${info.bootID ?? ""}\n`);
  w.write(LEVEL_0, `  Kernel Version:\t${info.kernelVersion ?? ""}\n`);
  w.write(LEVEL_0, `  OS Image:\t${info.osImage ?? ""}\n`);
  w.write(LEVEL_0, `  Operating System:\t${info.operatingSystem ?? ""}\n`);
  w.write(LEVEL_0, `  Architecture:\t${info.architecture ?? ""}\n`);
  w.write(LEVEL_0, `  Container Runtime Version:\t${info.containerRuntimeVersion ?? ""}\n`);
  w.write(LEVEL_0, `  Kubelet Version:\t${info.kubeletVersion ?? ""}\n`);
  if (spec.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${spec.podCIDR}\n`);
  if (spec.podCIDRs?.length) w.write(LEVEL_0, `PodCIDRs:\t${spec.podCIDRs.join(",")}\n`);
  if (spec.providerID) w.write(LEVEL_0, `ProviderID:\t${spec.providerID}\n`);
  // describeNodeResource
  const alloc = status.allocatable && Object.keys(status.allocatable).length ? status.allocatable : status.capacity ?? {};
  const allocCPU = milliCPU(alloc.cpu ?? 0);
  const allocMem = bytes(alloc.memory ?? 0);
  const allocEph = bytes(alloc["ephemeral-storage"] ?? 0);
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n");
  w.write(LEVEL_1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n");
  const total: Sums = { cpuReq: 0, cpuLim: 0, memReq: 0, memLim: 0, cpuFmt: "DecimalSI", memFmt: "BinarySI" };
  let totalMemFmt: QuantityFormat | undefined;
  for (const pod of pods) {
    const r = podResources(pod);
    for (const k of ["cpuReq", "cpuLim", "memReq", "memLim"] as const) total[k] += r[k];
    if (r.memReq || r.memLim) totalMemFmt ??= r.memFmt;
    w.write(LEVEL_1, `${pod.metadata.namespace}\t${pod.metadata.name}\t\t${cpuText(r.cpuReq)} (${pct(r.cpuReq, allocCPU)}%)\t${cpuText(r.cpuLim)} (${pct(r.cpuLim, allocCPU)}%)\t${memText(r.memReq, r.memFmt)} (${pct(r.memReq, allocMem)}%)\t${memText(r.memLim, r.memFmt)} (${pct(r.memLim, allocMem)}%)\t${sinceText(pod.metadata.creationTimestamp, input.now, input.epochMs)}\n`);
  }
  w.write(LEVEL_0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
  w.write(LEVEL_1, "Resource\tRequests\tLimits\n");
  w.write(LEVEL_1, "--------\t--------\t------\n");
  const mf = totalMemFmt ?? "BinarySI";
  w.write(LEVEL_1, `cpu\t${cpuText(total.cpuReq)} (${pct(total.cpuReq, allocCPU)}%)\t${cpuText(total.cpuLim)} (${pct(total.cpuLim, allocCPU)}%)\n`);
  w.write(LEVEL_1, `memory\t${memText(total.memReq, mf)} (${pct(total.memReq, allocMem)}%)\t${memText(total.memLim, mf)} (${pct(total.memLim, allocMem)}%)\n`);
  w.write(LEVEL_1, `ephemeral-storage\t0 (${pct(0, allocEph)}%)\t0 (${pct(0, allocEph)}%)\n`);
  // Hugepages: allocatable hugepages-* resources with their (zero) requests.
  for (const k of Object.keys(alloc).filter((x) => x.startsWith("hugepages-")).sort()) w.write(LEVEL_1, `${k}\t0 (0%)\t0 (0%)\n`);
  writeEvents(w, input.events, input.now, input.epochMs);
  return w.toString();
}
