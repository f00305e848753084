// The cloud-controller-manager's service controller, as cloud-provider-kind runs it: while the
// add-on's pod is up (network/addons.ts), every LoadBalancer Service gets an external IP from
// 172.18.255.200–250 (lowest free first) in status.loadBalancer.ingress, with the upstream
// events EnsuringLoadBalancer / EnsuredLoadBalancer; a Service that stops being a LoadBalancer
// loses it (DeletingLoadBalancer / DeletedLoadBalancer). Without the add-on nothing happens and
// kubectl shows EXTERNAL-IP <pending>, as on a cluster without a cloud provider.
import type { Controller, ControllerContext, KubeObject, Lister, WatchEvent } from "../../types";
import { isCloudProviderPod, isReadyPod, LB_RANGE } from "../../network/addons";

export const SERVICE_LB_CONTROLLER = "service-controller";

const key = (o: KubeObject) => `${o.metadata.namespace}/${o.metadata.name}`;
const lbIPs = (svc: KubeObject): string[] => (svc.status?.loadBalancer?.ingress ?? []).map((i: { ip?: string }) => i.ip ?? "").filter(Boolean);

export const cloudProviderUp = (lister: Lister): boolean => lister.list("pods").some((p) => isCloudProviderPod(p) && isReadyPod(p));

function freeIP(lister: Lister): string | undefined {
  const used = new Set(lister.list("services").flatMap(lbIPs));
  for (let i = LB_RANGE.first; i <= LB_RANGE.last; i++) if (!used.has(`${LB_RANGE.base}${i}`)) return `${LB_RANGE.base}${i}`;
  return undefined;
}

function sync(k: string, ctx: ControllerContext): void {
  const [ns, name] = k.split("/") as [string, string];
  const svc = ctx.lister.get("services", ns, name);
  if (!svc || svc.metadata.deletionTimestamp) return;
  const has = lbIPs(svc).length > 0;
  if (svc.spec?.type !== "LoadBalancer") {
    if (!has) return;
    ctx.event(svc, "Normal", "DeletingLoadBalancer", "Deleting load balancer");
    ctx.api.updateStatus({ ...svc, status: { ...svc.status, loadBalancer: {} } });
    ctx.event(svc, "Normal", "DeletedLoadBalancer", "Deleted load balancer");
    return;
  }
  if (has || !cloudProviderUp(ctx.lister)) return;
  ctx.event(svc, "Normal", "EnsuringLoadBalancer", "Ensuring load balancer");
  const ip = freeIP(ctx.lister);
  if (!ip) {
    ctx.event(svc, "Warning", "SyncLoadBalancerFailed", `Error syncing load balancer: failed to ensure load balancer: no free address in ${LB_RANGE.base}${LB_RANGE.first}-${LB_RANGE.last}`);
    return;
  }
  ctx.api.updateStatus({ ...svc, status: { ...svc.status, loadBalancer: { ingress: [{ ip, ipMode: "Proxy" }] } } });
  ctx.event(svc, "Normal", "EnsuredLoadBalancer", "Ensured load balancer");
}

export const serviceLBController: Controller = {
  name: SERVICE_LB_CONTROLLER,
  watches: ["services", "pods"],
  keysFor(e: WatchEvent, lister: Lister): string[] {
    if (e.resource === "services") return [key(e.object)];
    // The add-on coming up (or going) touches every LoadBalancer Service.
    if (!isCloudProviderPod(e.object)) return [];
    if (isReadyPod(e.object) === (e.oldObject ? isReadyPod(e.oldObject) : false) && e.type !== "DELETED") return [];
    return lister.list("services").filter((s) => s.spec?.type === "LoadBalancer").map(key);
  },
  reconcile(k: string, ctx: ControllerContext): void {
    sync(k, ctx);
  },
};
