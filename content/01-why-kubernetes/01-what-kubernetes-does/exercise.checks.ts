import "server-only";
// Server-only: the checks and the reference solution of "desired state and self-healing".
import type { Action, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, fieldEquals, isPodReady, noPodDeletedByLearner, objectExists, pass, podsReady } from "@/lib/exercises/checks";
import { WEB_POD, exercise } from "./exercise";

// Canary for the leak-proofing test: this string must never appear in a client bundle.
export const CHECKS_CANARY = "reconcile-checks-canary-7f3a9c";

const HELLO_POD = `apiVersion: v1
kind: Pod
metadata:
  name: hello
  labels:
    app: hello
spec:
  containers:
    - name: hello
      image: nginx:1.27
`;

const webHealed = customCheck("web-healed", "web was restarted by the kubelet and is Ready again", (cluster) => {
  const web = cluster.get("pods", "default", "web");
  if (!web || web.metadata.deletionTimestamp) return fail("Pod web is gone. Its container would have been restarted in place; deleting the Pod removed the desired state instead.");
  const restarts = ((web.status?.containerStatuses ?? []) as { restartCount?: number }[]).reduce((n, s) => n + (s.restartCount ?? 0), 0);
  if (restarts === 0) {
    return fail(cluster.now() < 30_000 ? "web has not crashed yet: the crash comes at t=30s. Keep the clock running past it." : "web's container was never restarted.");
  }
  if (!isPodReady(web)) return fail("web's container crashed and is being restarted, but web is not Ready yet. Give it a few more seconds.");
  return pass(`The kubelet restarted web's container (${restarts} restart${restarts === 1 ? "" : "s"}) and web is Ready again.`);
});

const hello = { resource: "pods", name: "hello" };

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    objectExists("hello-exists", hello, { missing: "There is no Pod named hello yet. Write its manifest in the editor and apply it." }),
    fieldEquals("hello-image", hello, "spec.containers[0].image", "nginx:1.27"),
    fieldEquals("hello-label", hello, ["metadata", "labels", "app"], "hello"),
    podsReady("hello-ready", "app=hello", 1),
    webHealed,
    noPodDeletedByLearner("no-pod-deleted"),
  ],
  reference: [
    { at: 2_000, kind: "apply", payload: { yaml: HELLO_POD } },
    { at: 45_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    { name: "stops before the crash", actions: [{ at: 2_000, kind: "apply", payload: { yaml: HELLO_POD } }, { at: 20_000, kind: "wait" }], fails: "web-healed", message: "crash comes at t=30s" },
    { name: "wrong image", actions: [{ at: 2_000, kind: "apply", payload: { yaml: HELLO_POD.replace("nginx:1.27", "nginx:latest") } }, { at: 45_000, kind: "wait" }], fails: "hello-image", message: `"nginx:latest"` },
    { name: "no label", actions: [{ at: 2_000, kind: "apply", payload: { yaml: HELLO_POD.replace("  labels:\n    app: hello\n", "") } }, { at: 45_000, kind: "wait" }], fails: "hello-ready", message: "No pod with labels app=hello" },
    {
      name: "deletes and recreates web after the crash",
      actions: [
        { at: 2_000, kind: "apply", payload: { yaml: HELLO_POD } },
        { at: 31_000, kind: "kubectl", payload: { line: "kubectl delete pod web --grace-period=0 --force" } },
        { at: 32_000, kind: "apply", payload: { yaml: WEB_POD } },
        { at: 45_000, kind: "wait" },
      ],
      fails: "no-pod-deleted",
      message: "At t=31s you deleted pod web",
    },
  ],
};
