import "server-only";
// Server-only: the checks and the reference solution of "scale through the owner".
import type { Action, ApiObject, ExerciseChecks } from "@/lib/exercises";
import { atTime, customCheck, fail, fieldEquals, pass, podsReady, stateCheck } from "@/lib/exercises/checks";
import { startCluster } from "@/lib/exercises/start";
import { exercise } from "./exercise";

// web's ReplicaSet (the suffix hashes the Pod template, so it is stable) and the first Pod
// of the starting cluster (its random suffix depends on the simulator's random stream).
const REPLICASET = "web-5f84b7585b";
const A_POD = startCluster(exercise.start).internals.lister.list("pods", "default").map((p) => p.metadata.name).sort()[0]!;

const live = (p: ApiObject) => !p.metadata.deletionTimestamp;
const controllerOf = (o: ApiObject) => o.metadata.ownerReferences?.find((r) => r.controller);

const owned = customCheck("web-owned", "every Pod labelled app=web belongs to web's ReplicaSet", (cluster) => {
  const pods = cluster.list("pods", "default", "app=web").filter(live);
  for (const p of pods) {
    const owner = controllerOf(p);
    if (!owner) return fail(`Pod ${p.metadata.name} has no owner: you created it yourself, so no controller will replace it or count it. Delete it and scale the Deployment instead.`);
    const rs = owner.kind === "ReplicaSet" ? cluster.get("replicasets", "default", owner.name) : undefined;
    if (!rs || controllerOf(rs)?.name !== "web") return fail(`Pod ${p.metadata.name} is owned by ${owner.kind} ${owner.name}, which does not belong to Deployment web.`);
  }
  return pass(`All ${pods.length} Pods of web are owned by web's ReplicaSet.`);
});

const selfHealed = stateCheck("self-healed", "you deleted a Pod of web and the ReplicaSet controller replaced it", ({ actions }) => {
  for (const r of actions) {
    const del = r.apiCalls.find((c) => c.verb === "delete" && c.resource === "pods" && c.code < 300 && c.name?.startsWith("web-"));
    if (del) return pass(`At ${atTime(del.at)} you deleted ${del.name}; the ReplicaSet controller created a replacement.`);
  }
  return fail("You have not deleted any Pod of web yet. Pick one from `kubectl get pods` and delete it with `kubectl delete pod <name>`.");
});

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    fieldEquals("web-replicas", { resource: "deployments", name: "web" }, "spec.replicas", 5),
    owned,
    selfHealed,
    podsReady("web-ready", "app=web", 5),
  ],
  reference: [
    { at: 5_000, kind: "kubectl", payload: { line: "kubectl get deployments,replicasets,pods" } },
    { at: 10_000, kind: "kubectl", payload: { line: "kubectl scale deployment web --replicas=5" } },
    { at: 20_000, kind: "kubectl", payload: { line: `kubectl delete pod ${A_POD}` } },
    { at: 40_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    {
      name: "scales the ReplicaSet",
      actions: [
        { at: 10_000, kind: "kubectl", payload: { line: `kubectl scale replicaset ${REPLICASET} --replicas=5` } },
        { at: 20_000, kind: "kubectl", payload: { line: `kubectl delete pod ${A_POD}` } },
        { at: 40_000, kind: "wait" },
      ],
      fails: "web-replicas",
      message: "3",
    },
    {
      name: "adds two Pods by hand",
      actions: [
        ...["extra-1", "extra-2"].map((name, i): Action => ({
          at: 10_000 + i * 1_000,
          kind: "apply",
          payload: { yaml: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels:\n    app: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n` },
        })),
        { at: 20_000, kind: "kubectl", payload: { line: `kubectl delete pod ${A_POD}` } },
        { at: 40_000, kind: "wait" },
      ],
      fails: "web-owned",
      message: "has no owner",
    },
    {
      name: "scales but never deletes a Pod",
      actions: [{ at: 10_000, kind: "kubectl", payload: { line: "kubectl scale deployment web --replicas=5" } }, { at: 40_000, kind: "wait" }],
      fails: "self-healed",
      message: "have not deleted",
    },
  ],
};
