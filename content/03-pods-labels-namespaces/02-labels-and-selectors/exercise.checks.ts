import "server-only";
// Server-only: the checks and the reference solution of "take a Pod out of its Deployment".
import type { Action, ApiObject, ClusterView, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, noPodDeletedByLearner, pass, podsReady } from "@/lib/exercises/checks";
import { startCluster } from "@/lib/exercises/start";
import { exercise } from "./exercise";

// Two Pods of the starting cluster (their random suffixes depend on the simulator's random stream).
const [POD_A, POD_B] = startCluster(exercise.start).internals.lister.list("pods", "default").map((p) => p.metadata.name).sort() as [string, string];
const ANNOTATION = "example.com/quarantine-reason";

const quarantined = (cluster: ClusterView): ApiObject[] => cluster.list("pods", "default", "app=web-debug").filter((p) => !p.metadata.deletionTimestamp);

const one = customCheck("one-quarantined", "exactly one Pod is labelled app=web-debug", (cluster) => {
  const pods = quarantined(cluster);
  if (pods.length === 0) return fail("No Pod is labelled app=web-debug. Change the app label of one of web's Pods (with --overwrite).");
  if (pods.length > 1) return fail(`${pods.length} Pods are labelled app=web-debug (${pods.map((p) => p.metadata.name).join(", ")}); quarantine only one.`);
  return pass(`${pods[0]!.metadata.name} is labelled app=web-debug.`);
});

const released = customCheck("released", "the quarantined Pod no longer belongs to web's ReplicaSet", (cluster) => {
  const [p] = quarantined(cluster);
  if (!p) return fail("No Pod is labelled app=web-debug yet.");
  const owner = p.metadata.ownerReferences?.find((r) => r.controller);
  if (owner) return fail(`${p.metadata.name} is still owned by ${owner.kind} ${owner.name}. Its labels must stop matching the ReplicaSet's selector.`);
  return pass(`${p.metadata.name} was released: it has no controller any more.`);
});

const annotated = customCheck("annotated", `the quarantined Pod carries the ${ANNOTATION} annotation`, (cluster) => {
  const [p] = quarantined(cluster);
  if (!p) return fail("No Pod is labelled app=web-debug yet.");
  const value = p.metadata.annotations?.[ANNOTATION];
  if (!value) return fail(`${p.metadata.name} has no ${ANNOTATION} annotation. Use kubectl annotate (a label would not do: this is a note for people, not something to select on).`);
  return pass(`${p.metadata.name} is annotated: ${value}`);
});

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [one, released, annotated, podsReady("web-ready", "app=web", 3), noPodDeletedByLearner("no-pod-deleted")],
  reference: [
    { at: 5_000, kind: "kubectl", payload: { line: "kubectl get pods --show-labels" } },
    { at: 10_000, kind: "kubectl", payload: { line: `kubectl label pod ${POD_A} app=web-debug --overwrite` } },
    { at: 12_000, kind: "kubectl", payload: { line: `kubectl annotate pod ${POD_A} ${ANNOTATION}="slow responses"` } },
    { at: 30_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    {
      name: "adds a label instead of changing app",
      actions: [
        { at: 10_000, kind: "kubectl", payload: { line: `kubectl label pod ${POD_A} debug=true` } },
        { at: 12_000, kind: "kubectl", payload: { line: `kubectl annotate pod ${POD_A} ${ANNOTATION}=slow` } },
        { at: 30_000, kind: "wait" },
      ],
      fails: "one-quarantined",
      message: "No Pod is labelled app=web-debug",
    },
    {
      name: "quarantines two Pods",
      actions: [
        { at: 10_000, kind: "kubectl", payload: { line: `kubectl label pod ${POD_A} ${POD_B} app=web-debug --overwrite` } },
        { at: 12_000, kind: "kubectl", payload: { line: `kubectl annotate pod ${POD_A} ${ANNOTATION}=slow` } },
        { at: 30_000, kind: "wait" },
      ],
      fails: "one-quarantined",
      message: "2 Pods",
    },
    {
      name: "uses a label for the reason",
      actions: [
        { at: 10_000, kind: "kubectl", payload: { line: `kubectl label pod ${POD_A} app=web-debug --overwrite` } },
        { at: 12_000, kind: "kubectl", payload: { line: `kubectl label pod ${POD_A} ${ANNOTATION}=slow` } },
        { at: 30_000, kind: "wait" },
      ],
      fails: "annotated",
      message: "has no example.com/quarantine-reason annotation",
    },
    {
      name: "deletes the Pod",
      actions: [{ at: 10_000, kind: "kubectl", payload: { line: `kubectl delete pod ${POD_A}` } }, { at: 30_000, kind: "wait" }],
      fails: "no-pod-deleted",
      message: "you deleted pod",
    },
  ],
};
