import "server-only";
// Server-only: the checks and the reference solution of "three broken workloads".
import type { Action, ApiObject, ExerciseChecks } from "@/lib/exercises";
import { allOf, customCheck, fail, pass, podsReady, rolloutCompleteWithImage } from "@/lib/exercises/checks";
import { exercise } from "./exercise";

const SHOP = { namespace: "shop" };
const FIX_WEB = "kubectl set image deployment/web web=nginx:1.27 -n shop";
const FIX_WORKER = `kubectl patch configmap worker-config -n shop -p '{"data":{"queue":"orders"}}'`;
const FIX_CACHE = "kubectl set resources deployment/cache -n shop --limits=memory=1Gi";

interface Container {
  name: string;
  env?: { name: string; valueFrom?: { configMapKeyRef?: { name?: string; key?: string } } }[];
  resources?: { limits?: { memory?: string } };
}
const containerOf = (d: { spec?: { template?: { spec?: { containers?: Container[] } } } } | undefined, name: string) =>
  d?.spec?.template?.spec?.containers?.find((c) => c.name === name);

const workerReadsConfig = customCheck("worker-config", "worker still reads QUEUE from the ConfigMap worker-config", (cluster) => {
  const worker = containerOf(cluster.get("deployments", "shop", "worker"), "worker");
  if (!worker) return fail("There is no Deployment worker with a container worker in namespace shop.");
  const ref = worker.env?.find((e) => e.name === "QUEUE")?.valueFrom?.configMapKeyRef;
  if (!ref) return fail("worker no longer takes QUEUE from a ConfigMap: fix the reference instead of removing it.");
  if (ref.name !== "worker-config") return fail(`worker takes QUEUE from the ConfigMap ${ref.name}, not from worker-config.`);
  const configMap = cluster.get("configmaps", "shop", "worker-config") as (ApiObject & { data?: Record<string, string> }) | undefined;
  const value = configMap?.data?.[ref.key ?? ""];
  if (value !== "orders") return fail(`worker reads the key ${ref.key} of worker-config, which holds ${value === undefined ? "nothing" : `"${value}"`}; the queue is "orders".`);
  return pass(`worker reads QUEUE from worker-config's key ${ref.key} ("orders").`);
});

const cacheLimited = customCheck("cache-limit", "cache keeps a memory limit", (cluster) => {
  const cache = containerOf(cluster.get("deployments", "shop", "cache"), "cache");
  if (!cache) return fail("There is no Deployment cache with a container cache in namespace shop.");
  const limit = cache.resources?.limits?.memory;
  if (!limit) return fail("cache has no memory limit any more: raise it instead of removing it, so a leak cannot take the node's memory.");
  return pass(`cache runs with a memory limit of ${limit}.`);
});

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    allOf("web-fixed", "web runs nginx:1.27 and its 2 Pods are Ready", rolloutCompleteWithImage("web-image", { ...SHOP, name: "web" }, "nginx:1.27"), podsReady("web-ready", "app=web", 2, SHOP)),
    allOf("worker-fixed", "worker reads its queue name from worker-config and its 2 Pods are Ready", workerReadsConfig, podsReady("worker-ready", "app=worker", 2, SHOP)),
    allOf("cache-fixed", "cache keeps a memory limit and its 2 Pods are Ready", cacheLimited, podsReady("cache-ready", "app=cache", 2, SHOP)),
  ],
  reference: [
    { at: 30_000, kind: "kubectl", payload: { line: "kubectl get pods -n shop" } },
    { at: 35_000, kind: "kubectl", payload: { line: "kubectl describe pods -n shop -l app=web" } },
    { at: 40_000, kind: "kubectl", payload: { line: FIX_WEB } },
    { at: 45_000, kind: "kubectl", payload: { line: "kubectl get events -n shop --sort-by=.metadata.creationTimestamp" } },
    { at: 50_000, kind: "kubectl", payload: { line: "kubectl get configmap worker-config -n shop -o yaml" } },
    { at: 55_000, kind: "kubectl", payload: { line: FIX_WORKER } },
    { at: 60_000, kind: "kubectl", payload: { line: "kubectl logs -n shop deployment/cache --previous" } },
    { at: 65_000, kind: "kubectl", payload: { line: FIX_CACHE } },
    { at: 120_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    {
      name: "fixes web and worker, forgets cache",
      actions: [
        { at: 40_000, kind: "kubectl", payload: { line: FIX_WEB } },
        { at: 55_000, kind: "kubectl", payload: { line: FIX_WORKER } },
        { at: 120_000, kind: "wait" },
      ],
      fails: "cache-fixed",
      message: "CrashLoopBackOff",
    },
    {
      name: "removes cache's memory limit",
      actions: [
        { at: 40_000, kind: "kubectl", payload: { line: FIX_WEB } },
        { at: 55_000, kind: "kubectl", payload: { line: FIX_WORKER } },
        { at: 65_000, kind: "kubectl", payload: { line: `kubectl patch deployment cache -n shop --type=json -p '[{"op":"remove","path":"/spec/template/spec/containers/0/resources/limits"}]'` } },
        { at: 120_000, kind: "wait" },
      ],
      fails: "cache-fixed",
      message: "no memory limit",
    },
    {
      name: "raises cache's limit, but not above what it needs",
      actions: [
        { at: 40_000, kind: "kubectl", payload: { line: FIX_WEB } },
        { at: 55_000, kind: "kubectl", payload: { line: FIX_WORKER } },
        { at: 65_000, kind: "kubectl", payload: { line: "kubectl set resources deployment/cache -n shop --limits=memory=256Mi" } },
        { at: 120_000, kind: "wait" },
      ],
      fails: "cache-fixed",
      message: "Ready: 0 of 2",
    },
    {
      name: "switches web to another image",
      actions: [
        { at: 40_000, kind: "kubectl", payload: { line: "kubectl set image deployment/web web=httpd:2.4 -n shop" } },
        { at: 55_000, kind: "kubectl", payload: { line: FIX_WORKER } },
        { at: 65_000, kind: "kubectl", payload: { line: FIX_CACHE } },
        { at: 120_000, kind: "wait" },
      ],
      fails: "web-fixed",
      message: "it should run nginx:1.27",
    },
    {
      name: "creates the key with the wrong value",
      actions: [
        { at: 40_000, kind: "kubectl", payload: { line: FIX_WEB } },
        { at: 55_000, kind: "kubectl", payload: { line: `kubectl patch configmap worker-config -n shop -p '{"data":{"queue":"queue"}}'` } },
        { at: 65_000, kind: "kubectl", payload: { line: FIX_CACHE } },
        { at: 120_000, kind: "wait" },
      ],
      fails: "worker-fixed",
      message: `the queue is "orders"`,
    },
    {
      name: "deletes the worker Pods instead of fixing anything",
      actions: [
        { at: 40_000, kind: "kubectl", payload: { line: FIX_WEB } },
        { at: 55_000, kind: "kubectl", payload: { line: "kubectl delete pods -n shop -l app=worker" } },
        { at: 65_000, kind: "kubectl", payload: { line: FIX_CACHE } },
        { at: 120_000, kind: "wait" },
      ],
      fails: "worker-fixed",
      message: "holds nothing",
    },
  ],
};
