// EndpointSlice controller (pkg/controller/endpointslice): for every Service with a selector,
// the slices labelled kubernetes.io/service-name=<svc>, owned by the Service (so the garbage
// collector also removes them), named by the API server from generateName "<svc>-".
// Existing slices are reused when their port set still matches, as the upstream reconciler
// prefers updates to create+delete.
import type { Controller, ControllerContext, KubeObject, Lister, WatchEvent } from "../../types";
import { deepEqual } from "../../store";
import { hasSelector, selects } from "../endpoints/membership";
import { servicesForPod } from "../endpoints/controller";
import { desiredSlices, ZONE_LABEL, type DesiredSlice } from "./desired";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const ENDPOINTSLICE_CONTROLLER = "endpointslice-controller";
export const SERVICE_NAME_LABEL = "kubernetes.io/service-name";
export const MANAGED_BY_LABEL = "endpointslice.kubernetes.io/managed-by";
export const MANAGED_BY = "endpointslice-controller.k8s.io";
const HEADLESS_LABEL = "service.kubernetes.io/headless";

const key = (o: KubeObject) => `${o.metadata.namespace}/${o.metadata.name}`;

/** The slices this controller manages for the Service, oldest name first. */
export function managedSlices(lister: Lister, ns: string, svcName: string): KubeObject[] {
  return lister
    .list("endpointslices", ns)
    .filter((s) => s.metadata.labels?.[SERVICE_NAME_LABEL] === svcName && s.metadata.labels?.[MANAGED_BY_LABEL] === MANAGED_BY)
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
}

function sliceLabels(svc: KubeObject): Record<string, string> {
  const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) };
  delete labels[HEADLESS_LABEL];
  if (svc.spec?.clusterIP === "None") labels[HEADLESS_LABEL] = "";
  labels[SERVICE_NAME_LABEL] = svc.metadata.name;
  labels[MANAGED_BY_LABEL] = MANAGED_BY;
  return labels;
}

function body(d: DesiredSlice): any {
  const b: any = { addressType: "IPv4", endpoints: d.endpoints };
  if (d.ports) b.ports = d.ports;
  return b;
}

export function syncEndpointSlices(k: string, ctx: ControllerContext): void {
  const [ns, name] = k.split("/") as [string, string];
  const svc = ctx.lister.get("services", ns, name);
  const existing = managedSlices(ctx.lister, ns, name);
  if (!svc || svc.spec?.type === "ExternalName") {
    for (const s of existing) ctx.api.delete("endpointslices", ns, s.metadata.name);
    return;
  }
  if (!hasSelector(svc) || svc.metadata.deletionTimestamp) return;
  const zoneOf = (node: string | undefined) => (node ? ctx.lister.get("nodes", undefined, node)?.metadata.labels?.[ZONE_LABEL] : undefined);
  const desired = desiredSlices(svc, ctx.lister.list("pods", ns).filter((p) => selects(svc, p)), zoneOf);
  const labels = sliceLabels(svc);
  const unused = [...existing];
  const toCreate: DesiredSlice[] = [];
  for (const d of desired) {
    const i = unused.findIndex((s) => deepEqual((s as any).ports, d.ports));
    if (i < 0) {
      toCreate.push(d);
      continue;
    }
    const [cur] = unused.splice(i, 1) as [KubeObject];
    const want = body(d);
    const same = deepEqual(cur.metadata.labels, labels) && deepEqual((cur as any).endpoints ?? [], want.endpoints) && (cur as any).addressType === "IPv4";
    if (!same) {
      const next: any = { ...cur, metadata: { ...cur.metadata, labels }, ...want };
      if (!want.ports) delete next.ports;
      ctx.api.update(next);
    }
  }
  // Reuse a leftover slice for a new port set before creating (fewer writes, stable names).
  for (const d of toCreate) {
    const reuse = unused.shift();
    if (reuse) {
      const next: any = { ...reuse, metadata: { ...reuse.metadata, labels }, ...body(d) };
      if (!d.ports) delete next.ports;
      ctx.api.update(next);
      continue;
    }
    const owner = { apiVersion: "v1", kind: "Service", name: svc.metadata.name, uid: svc.metadata.uid, controller: true, blockOwnerDeletion: true };
    ctx.api.create({ apiVersion: "discovery.k8s.io/v1", kind: "EndpointSlice", metadata: { generateName: `${name}-`, namespace: ns, labels, ownerReferences: [owner] }, ...body(d) } as any);
  }
  for (const s of unused) ctx.api.delete("endpointslices", ns, s.metadata.name);
}

export const endpointSliceController: Controller = {
  name: ENDPOINTSLICE_CONTROLLER,
  watches: ["services", "pods", "endpointslices"],
  keysFor(e: WatchEvent, lister: Lister): string[] {
    if (e.resource === "services") return [key(e.object)];
    if (e.resource === "endpointslices") {
      // A slice edited or deleted by someone else is put back.
      const svc = e.object.metadata.labels?.[SERVICE_NAME_LABEL];
      return svc && e.object.metadata.labels?.[MANAGED_BY_LABEL] === MANAGED_BY ? [`${e.object.metadata.namespace}/${svc}`] : [];
    }
    return servicesForPod(e, lister);
  },
  reconcile(k: string, ctx: ControllerContext): void {
    syncEndpointSlices(k, ctx);
  },
};
