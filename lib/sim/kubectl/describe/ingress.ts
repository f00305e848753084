// kubectl describe ingress / ingressclass (describe.go describeIngressV1, describeIngressClassV1):
// address, class, default backend, TLS, then per rule host the paths with their backend
// "svc:port (ready endpoints)" from the Service's EndpointSlices, as kubectl resolves them.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from "../../types";
import { ingressAddress } from "../../kinds/ingress";
import { LEVEL_0, LEVEL_1, LEVEL_2, PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from "./prefixwriter";
import { writeEvents } from "./events";
import { formatEndpointSlices, serviceSlices } from "./services";
import type { DescribeInput } from "./workloads";

/** "svc:port (endpoints)" for a service backend; the resource form for a resource backend. */
function describeBackend(b: any, services: readonly KubeObject[], slices: readonly KubeObject[]): string {
  if (b?.service) {
    const port = b.service.port?.number ?? b.service.port?.name ?? "";
    const sb = `${b.service.name}:${port}`;
    const svc = services.find((s) => s.metadata.name === b.service.name);
    if (!svc) return `${sb} (<error: services "${b.service.name}" not found>)`;
    let spName = "";
    for (const sp of svc.spec?.ports ?? []) {
      if (b.service.port?.number && b.service.port.number === sp.port) spName = sp.name ?? "";
      else if (b.service.port?.name && b.service.port.name === sp.name) spName = sp.name;
    }
    return `${sb} (${formatEndpointSlices(serviceSlices(svc, slices), spName)})`;
  }
  if (b?.resource) return `APIGroup: ${b.resource.apiGroup ?? "<none>"}, Kind: ${b.resource.kind}, Name: ${b.resource.name}`;
  return "";
}

export function describeIngress(ing: KubeObject, services: readonly KubeObject[], slices: readonly KubeObject[], input: DescribeInput): string {
  const w = new PrefixWriter();
  const spec = ing.spec ?? {};
  w.write(LEVEL_0, `Name:\t${ing.metadata.name}\n`);
  printLabelsMultiline(w, "Labels", ing.metadata.labels);
  w.write(LEVEL_0, `Namespace:\t${ing.metadata.namespace ?? ""}\n`);
  w.write(LEVEL_0, `Address:\t${ingressAddress(ing, true)}\n`);
  w.write(LEVEL_0, `Ingress Class:\t${spec.ingressClassName ?? "<none>"}\n`);
  const def = spec.defaultBackend ? describeBackend(spec.defaultBackend, services, slices) : "<default>";
  w.write(LEVEL_0, `Default backend:\t${def}\n`);
  if ((spec.tls ?? []).length) {
    w.write(LEVEL_0, "TLS:\n");
    for (const t of spec.tls) {
      if (!t.secretName) w.write(LEVEL_1, `SNI routes ${(t.hosts ?? []).join(",")}\n`);
      else w.write(LEVEL_1, `${t.secretName} terminates ${(t.hosts ?? []).join(",")}\n`);
    }
  }
  w.write(LEVEL_0, "Rules:\n  Host\tPath\tBackends\n");
  w.write(LEVEL_1, "----\t----\t--------\n");
  let count = 0;
  for (const r of spec.rules ?? []) {
    if (!r.http) continue;
    count++;
    w.write(LEVEL_1, `${r.host || "*"}\t\n`);
    for (const p of r.http.paths ?? []) w.write(LEVEL_2, `\t${p.path ?? ""} \t${describeBackend(p.backend, services, slices)}\n`);
  }
  if (count === 0) w.write(LEVEL_1, `*\t*\t${def}\n`);
  printAnnotationsMultiline(w, "Annotations", ing.metadata.annotations);
  writeEvents(w, input.events, input.now, input.epochMs);
  return w.toString();
}

export function describeIngressClass(ic: KubeObject, input: DescribeInput): string {
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${ic.metadata.name}\n`);
  printLabelsMultiline(w, "Labels", ic.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", ic.metadata.annotations);
  w.write(LEVEL_0, `Controller:\t${ic.spec?.controller ?? ""}\n`);
  const p = ic.spec?.parameters;
  if (p) {
    w.write(LEVEL_0, "Parameters:\n");
    if (p.apiGroup) w.write(LEVEL_1, `APIGroup:\t${p.apiGroup}\n`);
    w.write(LEVEL_1, `Kind:\t${p.kind}\n`);
    w.write(LEVEL_1, `Name:\t${p.name}\n`);
  }
  writeEvents(w, input.events, input.now, input.epochMs);
  return w.toString();
}
