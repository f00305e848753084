// Endpoints controller (pkg/controller/endpoint/endpoints_controller.go): keeps, for every
// Service with a selector, an Endpoints object of the same name listing its pods' addresses.
// Selector-less Services are left alone (their Endpoints are the user's); deleting the Service
// deletes its Endpoints.
import type { Controller, ControllerContext, KubeObject, Lister, WatchEvent } from "../../types";
import { deepEqual } from "../../store";
import { hasSelector, selects } from "./membership";
import { computeSubsets } from "./subsets";
import { isControlPlane, MASTER_SERVICE, syncMasterEndpoints } from "./master";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const ENDPOINTS_CONTROLLER = "endpoint-controller";
const HEADLESS_LABEL = "service.kubernetes.io/headless";

const key = (o: KubeObject) => `${o.metadata.namespace}/${o.metadata.name}`;

/** Services of the pod's namespace whose selector matches the pod before or after the change. */
export function servicesForPod(e: WatchEvent, lister: Lister): string[] {
  const ns = e.object.metadata.namespace;
  return lister.list("services", ns).filter((s) => selects(s, e.object) || selects(s, e.oldObject)).map(key);
}

/** Labels of the Endpoints: the Service's, plus the headless marker for clusterIP None. */
function endpointsLabels(svc: KubeObject): Record<string, string> | undefined {
  const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) };
  if (svc.spec?.clusterIP === "None") labels[HEADLESS_LABEL] = "";
  else delete labels[HEADLESS_LABEL];
  return Object.keys(labels).length ? labels : undefined;
}

export function syncEndpoints(k: string, ctx: ControllerContext): void {
  if (k === MASTER_SERVICE) return syncMasterEndpoints(ctx);
  const [ns, name] = k.split("/") as [string, string];
  const svc = ctx.lister.get("services", ns, name);
  const current = ctx.lister.get("endpoints", ns, name);
  if (!svc) {
    if (current) ctx.api.delete("endpoints", ns, name);
    return;
  }
  if (!hasSelector(svc) || svc.spec?.type === "ExternalName") return;
  if (svc.metadata.deletionTimestamp) return;
  const subsets = computeSubsets(svc, ctx.lister.list("pods", ns).filter((p) => selects(svc, p)));
  const labels = endpointsLabels(svc);
  if (!current) {
    const obj: any = { apiVersion: "v1", kind: "Endpoints", metadata: { name, namespace: ns, ...(labels ? { labels } : {}) } };
    if (subsets.length) obj.subsets = subsets;
    ctx.api.create(obj);
    return;
  }
  const curSubsets = (current as any).subsets ?? [];
  if (deepEqual(curSubsets, subsets) && deepEqual(current.metadata.labels, labels)) return;
  const next: any = { ...current, metadata: { ...current.metadata } };
  if (labels) next.metadata.labels = labels;
  else delete next.metadata.labels;
  if (subsets.length) next.subsets = subsets;
  else delete next.subsets;
  ctx.api.update(next);
}

export const endpointsController: Controller = {
  name: ENDPOINTS_CONTROLLER,
  watches: ["services", "pods", "nodes"],
  keysFor(e: WatchEvent, lister: Lister): string[] {
    if (e.resource === "services") return [key(e.object)];
    if (e.resource === "nodes") return isControlPlane(e.object) ? [MASTER_SERVICE] : [];
    return servicesForPod(e, lister);
  },
  reconcile(k: string, ctx: ControllerContext): void {
    syncEndpoints(k, ctx);
  },
};
