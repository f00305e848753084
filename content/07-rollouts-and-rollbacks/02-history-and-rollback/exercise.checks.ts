import "server-only";
// Server-only: the checks and the reference solution of "ship two releases, recover from the bad one".
import type { Action, ApiObject, ClusterView, ExerciseChecks } from "@/lib/exercises";
import { availableNeverBelow, customCheck, fail, pass, rolloutCompleteWithImage, usedRolloutUndo } from "@/lib/exercises/checks";
import { exercise } from "./exercise";

const image = (tag: string) => `ghcr.io/reconcile/web:${tag}`;
const CAUSE = "kubernetes.io/change-cause";

/** api's ReplicaSets (its revisions), by the image of their template. */
function revisionFor(cluster: ClusterView, tag: string): ApiObject | undefined {
  const api = cluster.get("deployments", "default", "api");
  if (!api) return undefined;
  return cluster
    .list("replicasets", "default")
    .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === api.metadata.uid))
    .find((rs) => rs.spec?.template?.spec?.containers?.[0]?.image === image(tag));
}

const shippedV3 = customCheck("shipped-v3", "release v3 was rolled out (a revision runs web:v3)", (cluster) => {
  if (!cluster.get("deployments", "default", "api")) return fail("The Deployment api is gone. Roll it back instead of deleting it.");
  if (!revisionFor(cluster, "v3")) return fail("No revision of api runs ghcr.io/reconcile/web:v3: ship release v3 before you roll back.");
  return pass("A revision of api ran the v3 release.");
});

const changeCauses = customCheck("change-causes", "revisions v2 and v3 show their CHANGE-CAUSE", (cluster) => {
  for (const tag of ["v2", "v3"]) {
    const rs = revisionFor(cluster, tag);
    if (!rs) return fail(`No revision of api runs ${image(tag)}.`);
    const cause = rs.metadata.annotations?.[CAUSE];
    if (cause !== `release ${tag}`) {
      const now = cause === undefined ? "none" : `"${cause}"`;
      return fail(`The revision running ${image(tag)} has change-cause ${now}; it should be "release ${tag}". Annotate the Deployment right after each change.`);
    }
  }
  return pass('rollout history shows "release v2" and "release v3".');
});

const SET = (tag: string) => ({ line: `kubectl set image deployment/api web=${image(tag)}` });
const ANNOTATE = (tag: string) => ({ line: `kubectl annotate deployment/api ${CAUSE}='release ${tag}' --overwrite` });

const shipBoth: Action[] = [
  { at: 12_000, kind: "kubectl", payload: SET("v2") },
  { at: 13_000, kind: "kubectl", payload: ANNOTATE("v2") },
  { at: 14_000, kind: "kubectl", payload: { line: "kubectl rollout status deployment/api" } },
  { at: 40_000, kind: "kubectl", payload: SET("v3") },
  { at: 41_000, kind: "kubectl", payload: ANNOTATE("v3") },
  { at: 42_000, kind: "kubectl", payload: { line: "kubectl rollout status deployment/api" } },
];

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    rolloutCompleteWithImage("back-on-v2", { name: "api" }, image("v2")),
    usedRolloutUndo("used-undo", { deployment: "api" }),
    shippedV3,
    changeCauses,
    availableNeverBelow("kept-3", { name: "api" }, 3, { afterMs: 10_000 }),
  ],
  reference: [
    ...shipBoth,
    { at: 110_000, kind: "kubectl", payload: { line: "kubectl get pods" } },
    { at: 115_000, kind: "kubectl", payload: { line: "kubectl rollout history deployment/api" } },
    { at: 120_000, kind: "kubectl", payload: { line: "kubectl rollout undo deployment/api" } },
    { at: 150_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    {
      name: "sets the v2 image again instead of rolling back",
      actions: [...shipBoth, { at: 120_000, kind: "kubectl", payload: SET("v2") }, { at: 150_000, kind: "wait" }],
      fails: "used-undo",
      message: "You did not use kubectl rollout undo",
    },
    {
      name: "rolls back to revision 1",
      actions: [...shipBoth, { at: 120_000, kind: "kubectl", payload: { line: "kubectl rollout undo deployment/api --to-revision=1" } }, { at: 150_000, kind: "wait" }],
      fails: "back-on-v2",
      message: "runs ghcr.io/reconcile/web:v1",
    },
    {
      name: "records no change-cause",
      actions: [
        { at: 12_000, kind: "kubectl", payload: SET("v2") },
        { at: 40_000, kind: "kubectl", payload: SET("v3") },
        { at: 120_000, kind: "kubectl", payload: { line: "kubectl rollout undo deployment/api" } },
        { at: 150_000, kind: "wait" },
      ],
      fails: "change-causes",
      message: 'change-cause "release v1"',
    },
    {
      name: "never ships v3",
      actions: [{ at: 12_000, kind: "kubectl", payload: SET("v2") }, { at: 13_000, kind: "kubectl", payload: ANNOTATE("v2") }, { at: 60_000, kind: "wait" }],
      fails: "shipped-v3",
    },
    {
      name: "recreates api on v2",
      actions: [
        ...shipBoth,
        { at: 120_000, kind: "kubectl", payload: { line: "kubectl delete deployment api" } },
        { at: 121_000, kind: "kubectl", payload: { line: "kubectl create deployment api --image=ghcr.io/reconcile/web:v2 --replicas=4" } },
        { at: 150_000, kind: "wait" },
      ],
      fails: "kept-3",
    },
  ],
};
