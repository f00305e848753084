import "server-only";
// Server-only: the checks and the reference solution of "past the API server's checks".
import type { Action, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, fieldEquals, objectExists, pass, podsReady } from "@/lib/exercises/checks";
import { BROKEN_API, exercise } from "./exercise";

const FIXED = (replicas: number) => BROKEN_API.replace("replicas: -2", `replicas: ${replicas}`).replace("app: backend", "app: api");
const api = { resource: "deployments", name: "api" };

const scaledOnce = customCheck("scaled-once", "api was scaled to 3 after it was created (generation 2, observed)", (cluster) => {
  const d = cluster.get("deployments", "default", "api");
  if (!d) return fail("There is no Deployment named api yet: the API server has not accepted your manifest.");
  const generation = d.metadata.generation ?? 0;
  if (d.spec?.replicas !== 3) return fail(`api asks for ${d.spec?.replicas} replicas; scale it to 3 with kubectl scale.`);
  if (generation < 2) return fail(`api's generation is ${generation}: its spec was stored once, already with 3 replicas. Apply it with 2 replicas first, then scale it, so you can watch generation change.`);
  if (d.status?.observedGeneration !== generation) return fail(`The Deployment controller has not caught up yet (observedGeneration ${d.status?.observedGeneration ?? "unset"}, generation ${generation}).`);
  return pass(`api is at generation ${generation}, and the Deployment controller has observed it.`);
});

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    objectExists("api-exists", api, { missing: "There is no Deployment named api: the API server refused every version you applied. Read its error, fix the fields it names, and apply again." }),
    fieldEquals("api-template-label", api, ["spec", "template", "metadata", "labels", "app"], "api"),
    scaledOnce,
    podsReady("api-ready", "app=api", 3),
  ],
  reference: [
    { at: 2_000, kind: "apply", payload: { yaml: BROKEN_API } },
    { at: 5_000, kind: "kubectl", payload: { line: "kubectl get deployments" } },
    { at: 15_000, kind: "apply", payload: { yaml: FIXED(2) } },
    { at: 25_000, kind: "kubectl", payload: { line: "kubectl scale deployment api --replicas=3" } },
    { at: 30_000, kind: "kubectl", payload: { line: "kubectl get deployment api -o yaml" } },
    { at: 50_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    { name: "only applies the broken manifest", actions: [{ at: 2_000, kind: "apply", payload: { yaml: BROKEN_API } }, { at: 30_000, kind: "wait" }], fails: "api-exists", message: "refused every version" },
    {
      name: "changes the selector to backend instead of the label",
      actions: [{ at: 2_000, kind: "apply", payload: { yaml: FIXED(2).replace("app: api", "app: backend").replace("app: api", "app: backend").replace("replicas: 2", "replicas: 3") } }, { at: 40_000, kind: "wait" }],
      fails: "api-template-label",
      message: `"backend"`,
    },
    { name: "applies 3 replicas directly", actions: [{ at: 2_000, kind: "apply", payload: { yaml: FIXED(3) } }, { at: 40_000, kind: "wait" }], fails: "scaled-once", message: "generation is 1" },
    {
      name: "stops before the Pods are Ready",
      actions: [
        { at: 2_000, kind: "apply", payload: { yaml: FIXED(2) } },
        { at: 3_000, kind: "kubectl", payload: { line: "kubectl scale deployment api --replicas=3" } },
      ],
      fails: "api-ready",
    },
  ],
};
