import "server-only";
// Server-only: the checks and the reference solution of "fix the orders URL". The URL is
// judged as a frontend Pod would use it: resolved by the cluster DNS model from the Pod's
// namespace (lib/sim/network, the same code `kubectl exec … nslookup/curl` runs), then its
// port compared with the Service's ports.
import type { Action, ApiObject, ClusterView, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, isPodReady, pass, serviceRoutesTo } from "@/lib/exercises/checks";
import { resolve, type NetworkView } from "@/lib/sim/network";
import { parseUrl } from "@/lib/sim/network/request";
import type { KubeObject } from "@/lib/sim/types";
import { FRONTEND_WRONG_NAME } from "../traffic-transcripts";
import { exercise } from "./exercise";

/* eslint-disable @typescript-eslint/no-explicit-any */
const view = (cluster: ClusterView): NetworkView => {
  const all = (resource: string) => cluster.list(resource) as unknown as KubeObject[];
  return { services: all("services"), endpointSlices: all("endpointslices"), pods: all("pods"), nodes: all("nodes"), namespaces: all("namespaces") };
};

const frontend = (cluster: ClusterView): any => cluster.get("deployments", "default", "frontend");
const ordersUrl = (d: any): string | undefined => d?.spec?.template?.spec?.containers?.[0]?.env?.find((e: any) => e.name === "ORDERS_URL")?.value;
const orders = (cluster: ClusterView): any => cluster.get("services", "shop", "orders");

/** The frontend's ORDERS_URL, parsed; or the failure to report. */
function parsedUrl(cluster: ClusterView) {
  const d = frontend(cluster);
  if (!d) return { error: "The Deployment frontend is gone. Fix its ORDERS_URL instead of deleting it." };
  const raw = ordersUrl(d);
  if (raw === undefined) return { error: "frontend's container has no ORDERS_URL variable any more. Keep the variable, with a working value." };
  const url = parseUrl(raw);
  if ("error" in url) return { error: `ORDERS_URL is "${raw}", which is not a URL curl accepts (${url.error}).` };
  return { raw, url };
}

const resolves = customCheck("resolves", "ORDERS_URL's host name resolves, from default, to the orders Service in shop", (cluster) => {
  const p = parsedUrl(cluster);
  if ("error" in p) return fail(p.error!);
  const svc = orders(cluster);
  if (!svc) return fail("The orders Service in shop is gone. Put it back as it was: the fix belongs in the frontend.");
  const answer = resolve(view(cluster), p.url.host, "default");
  if (answer.rcode === "NXDOMAIN") {
    const tried = p.url.host.includes(".") ? "" : `; the search path tried ${answer.tried.slice(0, -1).join(", ")}`;
    return fail(`From a Pod in default, "${p.url.host}" does not resolve (NXDOMAIN${tried}). The Service is orders in the namespace shop.`);
  }
  if (!answer.a.includes(svc.spec.clusterIP)) {
    return fail(`"${p.url.host}" resolves to ${answer.name} (${answer.a.join(", ") || "no address"}), which is not the orders Service in shop (${svc.spec.clusterIP}).`);
  }
  return pass(`"${p.url.host}" resolves to ${answer.name}, the orders Service's cluster IP ${svc.spec.clusterIP}.`);
});

const port = customCheck("port", "ORDERS_URL uses a port the orders Service listens on", (cluster) => {
  const p = parsedUrl(cluster);
  if ("error" in p) return fail(p.error!);
  const ports: number[] = (orders(cluster)?.spec?.ports ?? []).map((sp: any) => sp.port);
  if (ports.includes(p.url.port)) return pass(`Port ${p.url.port} is the orders Service's port.`);
  const target = (orders(cluster)?.spec?.ports ?? []).find((sp: any) => sp.targetPort === p.url.port);
  return fail(
    target
      ? `ORDERS_URL uses port ${p.url.port}, the container's port (targetPort). Through the Service, connect to its port ${target.port}.`
      : `ORDERS_URL uses port ${p.url.port}; the orders Service listens on ${ports.join(", ") || "no port"}.`,
  );
});

const frontendPods = (cluster: ClusterView): ApiObject[] => cluster.list("pods", "default", "app=frontend").filter((pod) => !pod.metadata.deletionTimestamp);

const rolledOut = customCheck("rolled-out", "2 frontend Pods are Ready and run with the current ORDERS_URL", (cluster) => {
  const d = frontend(cluster);
  if (!d) return fail("The Deployment frontend is gone.");
  const want = ordersUrl(d);
  const pods = frontendPods(cluster);
  const stale = pods.find((pod) => (pod.spec?.containers?.[0]?.env ?? []).find((e: any) => e.name === "ORDERS_URL")?.value !== want);
  if (stale) return fail(`${stale.metadata.name} still runs with an old ORDERS_URL. Let the rollout replace it.`);
  const ready = pods.filter(isPodReady).length;
  if (ready < 2) return fail(`${ready} of 2 frontend Pods are Ready. Let time run.`);
  if (pods.length > 2) return fail(`${pods.length} frontend Pods exist; the rollout is still replacing old ones.`);
  return pass("2 frontend Pods run with the new ORDERS_URL.");
});

const ordersServes = serviceRoutesTo("orders-intact", { namespace: "shop", name: "orders" }, 2, { title: "the orders Service in shop still routes to its 2 Pods" });

const setEnv = (value: string, at = 5_000): Action[] => [
  { at: 2_000, kind: "kubectl", payload: { line: "kubectl exec deploy/frontend -- nslookup orders" } },
  { at, kind: "kubectl", payload: { line: `kubectl set env deployment/frontend ORDERS_URL=${value}` } },
  { at: 60_000, kind: "wait" },
];

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [resolves, port, rolledOut, ordersServes],
  reference: setEnv("http://orders.shop/"),
  wrong: [
    {
      name: "names the wrong namespace",
      actions: setEnv("http://orders.default.svc.cluster.local/"),
      fails: "resolves",
      message: "does not resolve (NXDOMAIN",
    },
    {
      name: "uses the container's port instead of the Service's",
      actions: setEnv("http://orders.shop.svc.cluster.local:8080/"),
      fails: "port",
      message: "the container's port (targetPort)",
    },
    {
      name: "copies orders into default instead of fixing the name",
      actions: [
        { at: 3_000, kind: "apply", payload: { yaml: FRONTEND_WRONG_NAME.split("---\n").slice(1, 3).join("---\n").replaceAll("  namespace: shop\n", "") } },
        { at: 60_000, kind: "wait" },
      ],
      fails: "resolves",
      message: "which is not the orders Service in shop",
    },
    {
      name: "does not wait for the rollout",
      actions: setEnv("http://orders.shop/").slice(0, 2),
      fails: "rolled-out",
      message: "still runs with an old ORDERS_URL",
    },
  ],
};
