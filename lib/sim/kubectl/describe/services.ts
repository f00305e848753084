// kubectl describe service (describe.go describeService + formatEndpointSlices): the Service's
// fields, and per port the ready endpoints of its EndpointSlices ("<none>" without slices, an
// empty cell when slices hold no ready endpoint — the "wrong selector / nothing ready" clue).
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from "../../types";
import { formatLabels } from "../../labels";
import { LEVEL_0, PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from "./prefixwriter";
import { writeEvents } from "./events";
import type { DescribeInput } from "./workloads";

const isReady = (e: any) => e.conditions?.ready !== false;

/** Ready "ip:port" of the slices' ports named `portName` (all ports when undefined), max 3 then " + N more...". */
export function formatEndpointSlices(slices: readonly KubeObject[], portName?: string, max = 3): string {
  if (slices.length === 0) return "<none>";
  const list: string[] = [];
  let more = false;
  let count = 0;
  // Upstream checks "list is full" before skipping a not-ready endpoint; kept as is.
  const visit = (e: any, text: string) => {
    if (list.length === max) more = true;
    if (!isReady(e)) return;
    if (!more) list.push(text);
    count++;
  };
  for (const s of slices as any[]) {
    const ports: any[] = s.ports ?? [];
    if (ports.length === 0) {
      for (const e of s.endpoints ?? []) visit(e, e.addresses?.[0]);
      continue;
    }
    for (const p of ports) {
      if (portName !== undefined && (p.name ?? "") !== portName) continue;
      for (const e of s.endpoints ?? []) visit(e, `${e.addresses?.[0]}:${p.port}`);
    }
  }
  const ret = list.join(",");
  return more ? `${ret} + ${count - max} more...` : ret;
}

function ingressString(ingress: any[]): string {
  return ingress.map((i) => `${i.ip || i.hostname || ""}${i.ipMode ? ` (${i.ipMode})` : ""}`).join(", ");
}

export function describeService(svc: KubeObject, slices: readonly KubeObject[], input: DescribeInput): string {
  const w = new PrefixWriter();
  const spec = svc.spec ?? {};
  w.write(LEVEL_0, `Name:\t${svc.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${svc.metadata.namespace ?? ""}\n`);
  printLabelsMultiline(w, "Labels", svc.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", svc.metadata.annotations);
  w.write(LEVEL_0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(LEVEL_0, `Type:\t${spec.type ?? ""}\n`);
  if (spec.ipFamilyPolicy) w.write(LEVEL_0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(LEVEL_0, `IP Families:\t${spec.ipFamilies?.length ? spec.ipFamilies.join(",") : "<none>"}\n`);
  w.write(LEVEL_0, `IP:\t${spec.clusterIP ?? ""}\n`);
  w.write(LEVEL_0, `IPs:\t${spec.clusterIPs?.length ? spec.clusterIPs.join(",") : "<none>"}\n`);
  if (spec.externalIPs?.length) w.write(LEVEL_0, `External IPs:\t${spec.externalIPs.join(",")}\n`);
  if (spec.loadBalancerIP) w.write(LEVEL_0, `IP:\t${spec.loadBalancerIP}\n`);
  if (spec.externalName) w.write(LEVEL_0, `External Name:\t${spec.externalName}\n`);
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length) w.write(LEVEL_0, `LoadBalancer Ingress:\t${ingressString(ingress)}\n`);
  for (const sp of spec.ports ?? []) {
    const name = sp.name || "<unset>";
    const proto = sp.protocol ?? "TCP";
    w.write(LEVEL_0, `Port:\t${name}\t${sp.port}/${proto}\n`);
    w.write(LEVEL_0, `TargetPort:\t${sp.targetPort ?? sp.port}/${proto}\n`);
    if (sp.nodePort) w.write(LEVEL_0, `NodePort:\t${name}\t${sp.nodePort}/${proto}\n`);
    w.write(LEVEL_0, `Endpoints:\t${formatEndpointSlices(slices, sp.name ?? "")}\n`);
  }
  w.write(LEVEL_0, `Session Affinity:\t${spec.sessionAffinity ?? ""}\n`);
  if (spec.externalTrafficPolicy) w.write(LEVEL_0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(LEVEL_0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (spec.healthCheckNodePort) w.write(LEVEL_0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
  if (spec.loadBalancerSourceRanges?.length) w.write(LEVEL_0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges.join(",")}\n`);
  writeEvents(w, input.events, input.now, input.epochMs);
  return w.toString();
}

/** The Service's slices as describe lists them (label kubernetes.io/service-name). */
export const serviceSlices = (svc: KubeObject, slices: readonly KubeObject[]): KubeObject[] =>
  slices.filter((s) => s.metadata.labels?.["kubernetes.io/service-name"] === svc.metadata.name);
