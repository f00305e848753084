import "server-only";
// Server-only: the checks and the reference solution of "follow the scheduler".
import type { Action, ApiObject, ClusterView, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, fieldEquals, isPodReady, noPodDeletedByLearner, objectExists, pass, podStatusText } from "@/lib/exercises/checks";
import { startCluster } from "@/lib/exercises/start";
import { exercise } from "./exercise";

// The node the scheduler picks for api in the starting cluster, read from it rather than
// pinned: any change to the simulator's seeded choices would otherwise break the solutions.
export const API_NODE: string = String(startCluster(exercise.start).internals.lister.get("pods", "default", "api")?.spec?.nodeName);

const cachePod = (spec: string) => `apiVersion: v1
kind: Pod
metadata:
  name: cache
spec:
${spec}  containers:
    - name: cache
      image: redis:7.2
`;

const pods = (cluster: ClusterView) => ({ api: cluster.get("pods", "default", "api"), cache: cluster.get("pods", "default", "cache") });
const live = (p: ApiObject | undefined) => (p && !p.metadata.deletionTimestamp ? p : undefined);

const cacheReady = customCheck("cache-ready", "cache is Ready", (cluster) => {
  const cache = live(pods(cluster).cache);
  if (!cache) return fail("There is no Pod named cache yet.");
  if (!cache.spec?.nodeName) return fail("cache is Pending: the scheduler found no node that fits it. Does your nodeSelector name an existing node?");
  if (!isPodReady(cache)) return fail(`cache is not Ready yet (${podStatusText(cache)}). Let some virtual time pass.`);
  return pass("cache is Ready.");
});

const sameNode = customCheck("same-node", "cache runs on the same node as api", (cluster) => {
  const { api, cache } = pods(cluster);
  if (!live(api)) return fail("Pod api is gone: it was the reference point of this exercise. Reset the exercise and leave api in place.");
  if (!live(cache)) return fail("There is no Pod named cache yet.");
  if (!cache!.spec?.nodeName) return fail("cache has not been placed on any node yet.");
  if (cache!.spec.nodeName !== api!.spec?.nodeName) return fail(`cache runs on ${cache!.spec.nodeName}, but api runs on ${api!.spec?.nodeName}.`);
  return pass(`cache and api both run on ${api!.spec.nodeName}.`);
});

const viaScheduler = customCheck("via-scheduler", "cache was placed by the scheduler through a nodeSelector", (cluster) => {
  const { api, cache } = pods(cluster);
  if (!live(cache)) return fail("There is no Pod named cache yet.");
  const selector = (cache!.spec?.nodeSelector ?? {}) as Record<string, string>;
  const wanted = selector["kubernetes.io/hostname"];
  if (wanted === undefined) {
    return fail("cache has no nodeSelector on kubernetes.io/hostname. If it landed next to api, that was the scheduler's choice, not yours; if you set spec.nodeName, you skipped the scheduler.");
  }
  if (api && wanted !== api.spec?.nodeName) return fail(`cache's nodeSelector asks for kubernetes.io/hostname=${wanted}, but api runs on ${api.spec?.nodeName}.`);
  return pass(`cache selects kubernetes.io/hostname=${wanted}, and the scheduler placed it there.`);
});

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    objectExists("cache-exists", { resource: "pods", name: "cache" }, { missing: "There is no Pod named cache yet. Write its manifest in the editor and apply it." }),
    fieldEquals("cache-image", { resource: "pods", name: "cache" }, "spec.containers[0].image", "redis:7.2"),
    sameNode,
    viaScheduler,
    cacheReady,
    noPodDeletedByLearner("api-untouched"),
  ],
  reference: [
    { at: 3_000, kind: "kubectl", payload: { line: "kubectl get pods -o wide" } },
    { at: 6_000, kind: "kubectl", payload: { line: "kubectl get nodes --show-labels" } },
    { at: 20_000, kind: "apply", payload: { yaml: cachePod(`  nodeSelector:\n    kubernetes.io/hostname: ${API_NODE}\n`) } },
    { at: 40_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    { name: "no nodeSelector", actions: [{ at: 20_000, kind: "apply", payload: { yaml: cachePod("") } }, { at: 40_000, kind: "wait" }], fails: "via-scheduler", message: "no nodeSelector" },
    {
      name: "sets spec.nodeName",
      actions: [{ at: 20_000, kind: "apply", payload: { yaml: cachePod(`  nodeName: ${API_NODE}\n`) } }, { at: 40_000, kind: "wait" }],
      fails: "via-scheduler",
      message: "skipped the scheduler",
    },
    {
      name: "selects the other worker",
      actions: [{ at: 20_000, kind: "apply", payload: { yaml: cachePod(`  nodeSelector:\n    kubernetes.io/hostname: ${API_NODE === "kind-worker" ? "kind-worker2" : "kind-worker"}\n`) } }, { at: 40_000, kind: "wait" }],
      fails: "same-node",
      message: `but api runs on ${API_NODE}`,
    },
    {
      name: "deletes api",
      actions: [
        { at: 10_000, kind: "kubectl", payload: { line: "delete pod api" } },
        { at: 20_000, kind: "apply", payload: { yaml: cachePod(`  nodeSelector:\n    kubernetes.io/hostname: ${API_NODE}\n`) } },
        { at: 60_000, kind: "wait" },
      ],
      fails: "api-untouched",
      message: "you deleted pod api by hand",
    },
  ],
};
