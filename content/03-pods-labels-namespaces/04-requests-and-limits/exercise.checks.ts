import "server-only";
// Server-only: the checks and the reference solution of "right-size the cache".
import type { Action, ApiObject, ClusterView, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, pass } from "@/lib/exercises/checks";
import { isPodReady } from "@/lib/exercises/checks/objects";
import { parseQuantity } from "@/lib/sim/util/quantity";
import { CACHE_DEPLOYMENT } from "../transcripts";
import { exercise } from "./exercise";

/* eslint-disable @typescript-eslint/no-explicit-any */
const MI = 1024n * 1024n;
const bytes = (q: string | undefined): bigint | undefined => {
  if (q === undefined) return undefined;
  try {
    return parseQuantity(String(q)).nano / 1_000_000_000n;
  } catch {
    return undefined;
  }
};

const container = (cluster: ClusterView): any => (cluster.get("deployments", "default", "cache") as any)?.spec?.template?.spec?.containers?.[0];
const cachePods = (cluster: ClusterView): ApiObject[] => cluster.list("pods", "default", "app=cache").filter((p) => !p.metadata.deletionTimestamp);

const memoryLimit = customCheck("memory-limit", "cache's memory limit is between 512Mi and 1Gi", (cluster) => {
  const c = container(cluster);
  if (!c) return fail("The Deployment cache is gone. Fix it instead of deleting it.");
  const limit = bytes(c.resources?.limits?.memory);
  if (limit === undefined) return fail("cache has no memory limit. Keep one, just large enough.");
  if (limit < 512n * MI) return fail(`cache's memory limit is ${c.resources.limits.memory}: below the 512Mi the cache uses, so the kernel OOM-kills it.`);
  if (limit > 1024n * MI) return fail(`cache's memory limit is ${c.resources.limits.memory}: more than the 1Gi allowed.`);
  return pass(`Memory limit ${c.resources.limits.memory}: enough for the cache, no more than 1Gi.`);
});

const guaranteed = customCheck("guaranteed", "cache's Pods are Guaranteed QoS", (cluster) => {
  const pods = cachePods(cluster);
  if (pods.length === 0) return fail("cache has no Pods.");
  const other = pods.find((p) => (p.status as any)?.qosClass !== "Guaranteed");
  if (other) {
    const c = container(cluster);
    const r = c?.resources ?? {};
    const missing = ["cpu", "memory"].filter((k) => r.limits?.[k] === undefined || (r.requests?.[k] !== undefined && r.requests[k] !== r.limits[k]));
    return fail(`${other.metadata.name} is ${(other.status as any)?.qosClass ?? "not classified yet"}. Guaranteed needs cpu and memory limits, with requests equal to them${missing.length ? ` (check ${missing.join(" and ")})` : ""}.`);
  }
  return pass("Every cache Pod is Guaranteed.");
});

const running = customCheck("running", "2 cache Pods are Ready and none restarted", (cluster) => {
  const pods = cachePods(cluster);
  const ready = pods.filter(isPodReady);
  if (ready.length < 2) return fail(`${ready.length} of 2 cache Pods are Ready. Let the rollout finish.`);
  const restarted = ready.find((p) => ((p.status as any)?.containerStatuses ?? []).some((s: any) => s.restartCount > 0));
  if (restarted) return fail(`${restarted.metadata.name} has restarted: the fix is not enough yet.`);
  if (pods.length > 2) return fail(`${pods.length} cache Pods exist; the rollout is still replacing old ones.`);
  return pass("2 cache Pods run without restarts.");
});

const fixed = (resources: string) => CACHE_DEPLOYMENT.replace(/          resources:\n[\s\S]*$/, resources);

const GUARANTEED_768 = fixed(`          resources:
            requests:
              cpu: 100m
              memory: 768Mi
            limits:
              cpu: 100m
              memory: 768Mi
`);

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [memoryLimit, guaranteed, running],
  reference: [
    { at: 5_000, kind: "kubectl", payload: { line: "kubectl get pods" } },
    { at: 8_000, kind: "apply", payload: { yaml: GUARANTEED_768 } },
    { at: 90_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    {
      name: "raises the limit too far",
      actions: [{ at: 8_000, kind: "apply", payload: { yaml: GUARANTEED_768.replaceAll("768Mi", "2Gi") } }, { at: 90_000, kind: "wait" }],
      fails: "memory-limit",
      message: "more than the 1Gi allowed",
    },
    {
      name: "fixes the limit but stays Burstable",
      actions: [
        {
          at: 8_000,
          kind: "apply",
          payload: { yaml: fixed(`          resources:\n            requests:\n              cpu: 100m\n              memory: 128Mi\n            limits:\n              memory: 768Mi\n`) },
        },
        { at: 90_000, kind: "wait" },
      ],
      fails: "guaranteed",
      message: "is Burstable",
    },
    {
      name: "removes the limits altogether",
      actions: [{ at: 8_000, kind: "apply", payload: { yaml: fixed("") } }, { at: 90_000, kind: "wait" }],
      fails: "memory-limit",
      message: "has no memory limit",
    },
  ],
};
