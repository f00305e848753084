// What a running ingress-nginx controller writes back (internal/ingress/status): the address
// of every Ingress it serves (network/ingress.ts servedIngresses) in status.loadBalancer —
// its Service's LoadBalancer IPs when it has them, else the InternalIPs of the nodes running
// ready controller pods (no --publish-service) — and a "Sync" event when it picks an Ingress
// up. With no ready controller pod the address is cleared (update-status-on-shutdown), so
// ADDRESS stays empty until the add-on runs: the lesson's point that an Ingress needs a controller.
import type { Controller, ControllerContext, KubeObject, Lister, WatchEvent } from "../../types";
import { deepEqual } from "../../store";
import { isIngressNginxPod, isReadyPod } from "../../network/addons";
import { servedIngresses } from "../../network/ingress";
import { nodeIP, viewFromLister } from "../../network/view";
import { labelSelectorFromObject } from "../../labels";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The event source ingress-nginx reports as ("nginx-ingress-controller  Scheduled for sync"). */
export const INGRESS_STATUS_CONTROLLER = "nginx-ingress-controller";

const key = (o: KubeObject) => `${o.metadata.namespace}/${o.metadata.name}`;

/** The addresses the running controller publishes ([] when none runs). */
export function controllerAddresses(lister: Lister): { ip: string }[] {
  const pods = lister.list("pods").filter((p) => isIngressNginxPod(p) && isReadyPod(p));
  if (pods.length === 0) return [];
  const ns = pods[0]!.metadata.namespace;
  const svc = lister.list("services", ns).find((s) => s.spec?.selector && Object.keys(s.spec.selector).length > 0 && pods.some((p) => labelSelectorFromObject({ matchLabels: s.spec.selector }).matches(p.metadata.labels ?? {})));
  const lb: string[] = (svc?.status?.loadBalancer?.ingress ?? []).map((i: any) => i.ip).filter(Boolean);
  if (svc?.spec?.type === "LoadBalancer" && lb.length) return lb.map((ip) => ({ ip }));
  const ips = new Set<string>();
  for (const p of pods) {
    const n = lister.get("nodes", undefined, p.spec?.nodeName ?? "");
    const ip = n && nodeIP(n);
    if (ip) ips.add(ip);
  }
  return [...ips].sort().map((ip) => ({ ip }));
}

function sync(k: string, ctx: ControllerContext): void {
  const [ns, name] = k.split("/") as [string, string];
  const ing = ctx.lister.get("ingresses", ns, name);
  if (!ing || ing.metadata.deletionTimestamp) return;
  const served = servedIngresses(viewFromLister(ctx.lister)).some((i) => i.metadata.uid === ing.metadata.uid);
  const want = served ? controllerAddresses(ctx.lister) : [];
  const have: any[] = ing.status?.loadBalancer?.ingress ?? [];
  if (deepEqual(have, want)) return;
  if (have.length === 0 && want.length) ctx.event(ing, "Normal", "Sync", "Scheduled for sync");
  ctx.api.updateStatus({ ...ing, status: { ...ing.status, loadBalancer: want.length ? { ingress: want } : {} } });
}

export const ingressStatusController: Controller = {
  name: INGRESS_STATUS_CONTROLLER,
  watches: ["ingresses", "ingressclasses", "pods", "services"],
  keysFor(e: WatchEvent, lister: Lister): string[] {
    if (e.resource === "ingresses") return [key(e.object)];
    if (e.resource === "pods" && !isIngressNginxPod(e.object)) return [];
    if (e.resource === "services" && !(lister.list("pods", e.object.metadata.namespace).some(isIngressNginxPod))) return [];
    return lister.list("ingresses").map(key);
  },
  reconcile(k: string, ctx: ControllerContext): void {
    sync(k, ctx);
  },
};
