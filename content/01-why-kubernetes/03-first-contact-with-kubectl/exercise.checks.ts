import "server-only";
// Server-only: the checks and the reference solution of "run a Pod, find it, tidy up".
import type { Action, ApiObject, ClusterView, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, fieldEquals, isPodReady, objectExists, pass, podStatusText } from "@/lib/exercises/checks";
import { startCluster } from "@/lib/exercises/start";
import { exercise } from "./exercise";

const RUN_GREETER = "kubectl run greeter --image=nginx:1.27 --labels=app=greeter";

// The node the scheduler picks for greeter when it is created at t=10s, read from the
// simulator rather than pinned, so a change to its seeded choices cannot break the solutions.
export const GREETER_NODE: string = (() => {
  const cluster = startCluster(exercise.start);
  cluster.advance(10);
  cluster.kubectl(RUN_GREETER);
  cluster.advance(5);
  return String(cluster.internals.lister.get("pods", "default", "greeter")?.spec?.nodeName);
})();
const OTHER_WORKER = GREETER_NODE === "kind-worker" ? "kind-worker2" : "kind-worker";

const live = (p: ApiObject | undefined) => (p && !p.metadata.deletionTimestamp ? p : undefined);
const pod = (cluster: ClusterView, name: string) => cluster.get("pods", "default", name);
/** api as the exercise created it: the same object (uid) as in the starting state. */
const API_UID = String(startCluster(exercise.start).internals.lister.get("pods", "default", "api")?.metadata.uid);

const greeterReady = customCheck("greeter-ready", "greeter is Ready", (cluster) => {
  const greeter = live(pod(cluster, "greeter"));
  if (!greeter) return fail("There is no Pod named greeter yet. `kubectl run` creates one.");
  if (!isPodReady(greeter)) return fail(`greeter is not Ready yet (${podStatusText(greeter)}). Let some virtual time pass.`);
  return pass("greeter is Ready.");
});

const seenOn = customCheck("seen-on", "greeter's seen-on label names the node it runs on", (cluster) => {
  const greeter = live(pod(cluster, "greeter"));
  if (!greeter) return fail("There is no Pod named greeter yet.");
  const label = greeter.metadata.labels?.["seen-on"];
  const node = greeter.spec?.nodeName;
  if (label === undefined) return fail("greeter has no seen-on label. `kubectl label pod greeter seen-on=<node>` adds one.");
  if (!node) return fail("greeter is not on any node yet.");
  if (label !== node) return fail(`greeter's label says seen-on=${label}, but it runs on another node. Look at the NODE column of \`kubectl get pods -o wide\`.`);
  return pass(`greeter runs on ${node}, and its label says so.`);
});

const leftoverGone = customCheck("leftover-gone", "the Pod leftover is deleted", (cluster) => {
  const leftover = pod(cluster, "leftover");
  if (leftover && !leftover.metadata.deletionTimestamp) return fail("The Pod leftover is still there.");
  return pass(leftover ? "leftover is being deleted." : "leftover is gone.");
});

const apiKept = customCheck("api-kept", "api is still the Pod the team started", (cluster) => {
  const api = pod(cluster, "api");
  if (!live(api)) return fail("The Pod api is gone. It was a bare Pod, so nothing brought it back: reset the exercise and delete only leftover.");
  if (api!.metadata.uid !== API_UID) return fail("api was deleted and created again. Reset the exercise and leave api alone.");
  return pass("api is untouched.");
});

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    objectExists("greeter-exists", { resource: "pods", name: "greeter" }, { missing: "There is no Pod named greeter yet. `kubectl run` creates one." }),
    fieldEquals("greeter-image", { resource: "pods", name: "greeter" }, "spec.containers[0].image", "nginx:1.27"),
    fieldEquals("greeter-label", { resource: "pods", name: "greeter" }, "metadata.labels.app", "greeter", { title: "greeter carries the label app=greeter" }),
    greeterReady,
    seenOn,
    leftoverGone,
    apiKept,
  ],
  reference: [
    { at: 5_000, kind: "kubectl", payload: { line: "kubectl get pods" } },
    { at: 10_000, kind: "kubectl", payload: { line: RUN_GREETER } },
    { at: 20_000, kind: "kubectl", payload: { line: "kubectl get pods -o wide" } },
    { at: 25_000, kind: "kubectl", payload: { line: `kubectl label pod greeter seen-on=${GREETER_NODE}` } },
    { at: 30_000, kind: "kubectl", payload: { line: "kubectl delete pod leftover" } },
    { at: 70_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    {
      name: "labels greeter with the wrong node",
      actions: [
        { at: 10_000, kind: "kubectl", payload: { line: RUN_GREETER } },
        { at: 25_000, kind: "kubectl", payload: { line: `kubectl label pod greeter seen-on=${OTHER_WORKER}` } },
        { at: 30_000, kind: "kubectl", payload: { line: "kubectl delete pod leftover" } },
        { at: 70_000, kind: "wait" },
      ],
      fails: "seen-on",
      message: `label says seen-on=${OTHER_WORKER}`,
    },
    {
      name: "forgets the app label",
      actions: [
        { at: 10_000, kind: "kubectl", payload: { line: "kubectl run greeter --image=nginx:1.27" } },
        { at: 25_000, kind: "kubectl", payload: { line: `kubectl label pod greeter seen-on=${GREETER_NODE}` } },
        { at: 30_000, kind: "kubectl", payload: { line: "kubectl delete pod leftover" } },
        { at: 70_000, kind: "wait" },
      ],
      fails: "greeter-label",
    },
    {
      name: "runs the wrong image",
      actions: [
        { at: 10_000, kind: "kubectl", payload: { line: "kubectl run greeter --image=nginx:latest --labels=app=greeter" } },
        { at: 25_000, kind: "kubectl", payload: { line: `kubectl label pod greeter seen-on=${GREETER_NODE}` } },
        { at: 30_000, kind: "kubectl", payload: { line: "kubectl delete pod leftover" } },
        { at: 70_000, kind: "wait" },
      ],
      fails: "greeter-image",
    },
    {
      name: "deletes api instead of leftover",
      actions: [
        { at: 10_000, kind: "kubectl", payload: { line: RUN_GREETER } },
        { at: 25_000, kind: "kubectl", payload: { line: `kubectl label pod greeter seen-on=${GREETER_NODE}` } },
        { at: 30_000, kind: "kubectl", payload: { line: "kubectl delete pod api" } },
        { at: 70_000, kind: "wait" },
      ],
      fails: "api-kept",
      message: "The Pod api is gone",
    },
    {
      name: "deletes api and recreates it",
      actions: [
        { at: 10_000, kind: "kubectl", payload: { line: RUN_GREETER } },
        { at: 25_000, kind: "kubectl", payload: { line: `kubectl label pod greeter seen-on=${GREETER_NODE}` } },
        { at: 30_000, kind: "kubectl", payload: { line: "kubectl delete pod api leftover" } },
        { at: 70_000, kind: "kubectl", payload: { line: "kubectl run api --image=ghcr.io/reconcile/web:v1 --labels=app=api" } },
        { at: 90_000, kind: "wait" },
      ],
      fails: "api-kept",
      message: "deleted and created again",
    },
    {
      name: "never deletes leftover",
      actions: [
        { at: 10_000, kind: "kubectl", payload: { line: RUN_GREETER } },
        { at: 25_000, kind: "kubectl", payload: { line: `kubectl label pod greeter seen-on=${GREETER_NODE}` } },
        { at: 70_000, kind: "wait" },
      ],
      fails: "leftover-gone",
    },
  ],
};
