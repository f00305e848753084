import "server-only";
// Server-only: the checks and the reference solution of "unstick a Pod, then build one with an
// init container and a sidecar".
import type { Action, ApiObject, ClusterView, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, pass } from "@/lib/exercises/checks";
import { isPodReady, podStatusText } from "@/lib/exercises/checks/objects";
import { startCluster } from "@/lib/exercises/start";
import { REPORT_POD, SHOP_POD } from "../transcripts";
import { exercise } from "./exercise";

// The starting Pod's UID (deterministic for the exercise's seed): a re-created Pod has another.
const REPORT_UID = startCluster(exercise.start).internals.lister.get("pods", "default", "report")!.metadata.uid;

const pod = (cluster: ClusterView, name: string): ApiObject | undefined => {
  const p = cluster.get("pods", "default", name);
  return p && !p.metadata.deletionTimestamp ? p : undefined;
};

/* eslint-disable @typescript-eslint/no-explicit-any */
const reportFixed = customCheck("report-fixed", "report runs, as the same Pod (fixed in place)", (cluster) => {
  const p = pod(cluster, "report");
  if (!p) return fail("There is no Pod named report. It had to be fixed in place, not deleted.");
  if (p.metadata.uid !== REPORT_UID) return fail("report was deleted and created again (it has a new UID). Its init container's image can be changed in place with kubectl set image.");
  if (!isPodReady(p)) return fail(`report is not Ready yet (STATUS ${podStatusText(p)}). What do its events say?`);
  return pass("report is Running and Ready: same Pod, corrected image.");
});

const shopExists = customCheck("shop-exists", "a Pod named shop exists", (cluster) =>
  pod(cluster, "shop") ? pass("shop exists.") : fail("There is no Pod named shop yet."));

const shopInit = customCheck("shop-init", "shop has a regular init container that ran to completion", (cluster) => {
  const p = pod(cluster, "shop");
  if (!p) return fail("There is no Pod named shop yet.");
  const regular = ((p.spec as any).initContainers ?? []).filter((c: any) => c.restartPolicy !== "Always");
  if (regular.length === 0) return fail("shop has no regular init container (one under initContainers without restartPolicy: Always).");
  const statuses: any[] = (p.status as any)?.initContainerStatuses ?? [];
  const done = regular.filter((c: any) => statuses.find((s) => s.name === c.name)?.state?.terminated?.exitCode === 0);
  if (done.length === 0) return fail(`shop's init container ${regular[0].name} has not completed successfully (yet).`);
  return pass(`${done.map((c: any) => c.name).join(", ")} ran to completion before the app started.`);
});

const shopSidecar = customCheck("shop-sidecar", "shop runs log-shipper as a native sidecar", (cluster) => {
  const p = pod(cluster, "shop");
  if (!p) return fail("There is no Pod named shop yet.");
  const spec = p.spec as any;
  if ((spec.containers ?? []).some((c: any) => c.name === "log-shipper")) {
    return fail("log-shipper is a regular container. A native sidecar is declared under initContainers with restartPolicy: Always, so it starts before web.");
  }
  const c = (spec.initContainers ?? []).find((x: any) => x.name === "log-shipper");
  if (!c) return fail("shop has no init container named log-shipper.");
  if (c.restartPolicy !== "Always") return fail("log-shipper has no restartPolicy: Always, so it is an ordinary init container that must finish before web can start.");
  const s = ((p.status as any)?.initContainerStatuses ?? []).find((x: any) => x.name === "log-shipper");
  if (!s?.state?.running) return fail("log-shipper is not running. Its command must keep running (e.g. while true; do sleep 3600; done).");
  return pass("log-shipper runs as a native sidecar.");
});

const shopWeb = customCheck("shop-web", "shop's web container runs nginx and the Pod is 2/2 Ready", (cluster) => {
  const p = pod(cluster, "shop");
  if (!p) return fail("There is no Pod named shop yet.");
  const web = ((p.spec as any).containers ?? []).find((c: any) => c.name === "web");
  if (!web) return fail("shop has no container named web.");
  if (!/^(docker\.io\/)?(library\/)?nginx(:|@|$)/.test(web.image)) return fail(`web runs ${web.image}; it should run nginx.`);
  if (!isPodReady(p)) return fail(`shop is not Ready yet (STATUS ${podStatusText(p)}). Let time run.`);
  return pass("shop is Ready: the sidecar and web are both running.");
});

const REPORT_POD_FIXED = REPORT_POD.replace("busybox:1.366", "busybox:1.36");

const SHOP_AS_REGULAR_CONTAINERS = `apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  initContainers:
    - name: wait-for-config
      image: busybox:1.36
      command: ["sh", "-c", "sleep 5"]
  containers:
    - name: log-shipper
      image: busybox:1.36
      command: ["sh", "-c", "while true; do sleep 3600; done"]
    - name: web
      image: nginx:1.26
`;

const SOLUTION: Action[] = [
  { at: 5_000, kind: "kubectl", payload: { line: "kubectl describe pod report" } },
  { at: 10_000, kind: "kubectl", payload: { line: "kubectl set image pod/report migrate=busybox:1.36" } },
  { at: 20_000, kind: "apply", payload: { yaml: SHOP_POD } },
  { at: 60_000, kind: "wait" },
];

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [reportFixed, shopExists, shopInit, shopSidecar, shopWeb],
  reference: SOLUTION,
  wrong: [
    {
      name: "re-creates report instead of fixing it",
      actions: [
        { at: 10_000, kind: "kubectl", payload: { line: "kubectl delete pod report" } },
        { at: 12_000, kind: "apply", payload: { yaml: REPORT_POD_FIXED } },
        { at: 20_000, kind: "apply", payload: { yaml: SHOP_POD } },
        { at: 60_000, kind: "wait" },
      ],
      fails: "report-fixed",
      message: "new UID",
    },
    {
      name: "runs log-shipper as a regular container",
      actions: [
        { at: 10_000, kind: "kubectl", payload: { line: "kubectl set image pod/report migrate=busybox:1.36" } },
        { at: 20_000, kind: "apply", payload: { yaml: SHOP_AS_REGULAR_CONTAINERS } },
        { at: 60_000, kind: "wait" },
      ],
      fails: "shop-sidecar",
      message: "is a regular container",
    },
    {
      name: "leaves report stuck",
      actions: [{ at: 20_000, kind: "apply", payload: { yaml: SHOP_POD } }, { at: 60_000, kind: "wait" }],
      fails: "report-fixed",
      message: "not Ready",
    },
  ],
};
