import "server-only";
// Server-only: the checks and the reference solution of "ship the shop, then keep it up".
import type { Action, ApiObject, ExerciseChecks } from "@/lib/exercises";
import { allOf, customCheck, fail, pass, rolloutCompleteWithImage } from "@/lib/exercises/checks";
import { isPodReady } from "@/lib/exercises/checks/objects";
import { SHOP_INGRESS, shopWeb } from "../transcripts";
import { exercise } from "./exercise";

/* eslint-disable @typescript-eslint/no-explicit-any */
const FAILED = "kind-worker2";
const nodeOf = (p: ApiObject): string | undefined => (p as any).spec?.nodeName;

const ingress = customCheck("ingress", "Ingress shop (class nginx) routes shop.example.com/ to web:80", (cluster) => {
  const ing = cluster.get("ingresses", "default", "shop") as any;
  if (!ing) return fail("There is no Ingress named shop in the default namespace.");
  if (ing.spec?.ingressClassName !== "nginx") return fail(`Ingress shop has ${ing.spec?.ingressClassName ? `class ${ing.spec.ingressClassName}` : "no ingressClassName"}: no controller would serve it. Set ingressClassName: nginx.`);
  const rule = (ing.spec.rules ?? []).find((r: any) => r.host === "shop.example.com");
  if (!rule) return fail("Ingress shop has no rule for the host shop.example.com.");
  const path = (rule.http?.paths ?? []).find((p: any) => p.path === "/" && p.pathType === "Prefix");
  if (!path) return fail("Ingress shop's rule has no path / of type Prefix.");
  const svc = path.backend?.service;
  if (svc?.name !== "web" || (svc.port?.number !== 80 && svc.port?.name === undefined)) return fail(`Ingress shop sends / to ${svc?.name ?? "nothing"}:${svc?.port?.number ?? svc?.port?.name ?? "?"}, not to web:80.`);
  return pass("Ingress shop routes shop.example.com/ to web:80.");
});

const webHealthy = customCheck("web-pods", "web has 4 Ready Pods on healthy nodes", (cluster) => {
  const d = cluster.get("deployments", "default", "web") as any;
  if (d?.spec?.replicas !== 4) return fail(`web asks for ${d?.spec?.replicas ?? 0} replicas; it should run 4.`);
  const ready = cluster.list("pods", "default", "app=web").filter((p) => !p.metadata.deletionTimestamp && isPodReady(p) && nodeOf(p) !== FAILED);
  if (ready.length < 4) return fail(`${ready.length} web Pods are Ready on healthy nodes; 4 are needed. Pods on ${FAILED} are not coming back.`);
  return pass("4 web Pods are Ready on healthy nodes.");
});

const web = allOf("web", "web runs 4 replicas of v2, all Ready on healthy nodes", webHealthy, rolloutCompleteWithImage("web-v2", { name: "web" }, "ghcr.io/reconcile/web:v2"));

const db = customCheck("db", "db-0 is Ready on a healthy node", (cluster) => {
  const pod = cluster.get("pods", "default", "db-0") as any;
  if (!pod) return fail("db-0 does not exist (yet): the StatefulSet recreates it once the old one is gone.");
  if (nodeOf(pod) === FAILED) return fail(`db-0 is still bound to ${FAILED}${pod.metadata.deletionTimestamp ? " and Terminating: its kubelet will never confirm the deletion. A StatefulSet does not replace it until it is really gone" : ""}.`);
  if (!isPodReady(pod)) return fail("db-0 is not Ready yet.");
  return pass(`db-0 is Ready on ${nodeOf(pod)}.`);
});

const cordoned = customCheck("cordoned", `the failed node ${FAILED} is cordoned`, (cluster) => {
  const node = cluster.get("nodes", undefined, FAILED) as any;
  if (!node) return fail(`The Node ${FAILED} is gone; keep it and cordon it until it is repaired.`);
  return node.spec?.unschedulable ? pass(`${FAILED} is cordoned.`) : fail(`${FAILED} is not cordoned: once it answers again, Pods would be scheduled on a node nobody repaired.`);
});

const k = (at: number, line: string): Action => ({ at, kind: "kubectl", payload: { line } });
const publish: Action = { at: 10_000, kind: "apply", payload: { yaml: SHOP_INGRESS } };
const upgrade: Action = { at: 20_000, kind: "apply", payload: { yaml: shopWeb(4, "v2") } };
const cordon = k(130_000, "kubectl cordon kind-worker2");
const freeDb = k(140_000, "kubectl delete pod db-0 --force --grace-period=0");
const replaceWeb = k(150_000, "kubectl delete pods -l app=web --wait=false");
const wait = (at = 240_000): Action => ({ at, kind: "wait" });

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [ingress, web, db, cordoned],
  reference: [k(5_000, "kubectl get pods -o wide"), publish, upgrade, k(125_000, "kubectl get nodes"), cordon, freeDb, replaceWeb, wait()],
  wrong: [
    {
      name: "an Ingress without a class",
      actions: [{ ...publish, payload: { yaml: SHOP_INGRESS.replace("  ingressClassName: nginx\n", "") } }, upgrade, cordon, freeDb, replaceWeb, wait()],
      fails: "ingress",
      message: "no ingressClassName",
    },
    { name: "v2 at 2 replicas", actions: [publish, { ...upgrade, payload: { yaml: shopWeb(2, "v2") } }, cordon, freeDb, replaceWeb, wait()], fails: "web", message: "it should run 4" },
    { name: "waits for db-0 to move by itself", actions: [publish, upgrade, cordon, replaceWeb, wait(600_000)], fails: "db", message: "A StatefulSet does not replace it" },
    { name: "never cordons the failed node", actions: [publish, upgrade, freeDb, replaceWeb, wait()], fails: "cordoned", message: "is not cordoned" },
  ],
};
