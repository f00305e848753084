import "server-only";
// Server-only: the checks and the reference solution of "turn a database Deployment into a StatefulSet".
import type { Action, ApiObject, ClusterView, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, isPodReady, pass } from "@/lib/exercises/checks";
import { statefulDatabase } from "../transcripts";
import { exercise } from "./exercise";

const ORDINALS = [0, 1, 2];
const live = (objs: ApiObject[]) => objs.filter((o) => !o.metadata.deletionTimestamp);
const sts = (cluster: ClusterView) => cluster.get("statefulsets", "default", "db");

const deploymentGone = customCheck("deployment-gone", "the Deployment db and its Pods are gone", (cluster) => {
  if (cluster.get("deployments", "default", "db")) return fail("The Deployment db still exists. Delete it: its replicas would keep sharing one claim.");
  const leftovers = live(cluster.list("pods", "default", "app=db")).filter((p) => p.metadata.ownerReferences?.some((r) => r.kind === "ReplicaSet"));
  if (leftovers.length) return fail(`Pods of the old Deployment are still running: ${leftovers.map((p) => p.metadata.name).join(", ")}.`);
  return pass("The Deployment db is gone.");
});

const headless = customCheck("headless", "Service db is headless and selects app=db on port 3306", (cluster) => {
  const svc = cluster.get("services", "default", "db");
  if (!svc) return fail("There is no Service db. The StatefulSet's Pods get their DNS names from a headless Service named in serviceName.");
  if (svc.spec?.clusterIP !== "None") return fail(`Service db has the cluster IP ${svc.spec?.clusterIP}: it is not headless. A cluster IP cannot be changed, so delete the Service and create it with clusterIP: None.`);
  if (svc.spec?.selector?.app !== "db") return fail("Service db must select app: db.");
  if (!(svc.spec?.ports ?? []).some((p: { port: number }) => p.port === 3306)) return fail("Service db must expose port 3306.");
  return pass("Service db is headless (clusterIP: None) and selects app=db.");
});

const statefulSet = customCheck("statefulset", "StatefulSet db runs db-0, db-1 and db-2, all Ready, governed by Service db", (cluster) => {
  const s = sts(cluster);
  if (!s) return fail("There is no StatefulSet db yet.");
  if (s.spec?.serviceName !== "db") return fail(`StatefulSet db has serviceName ${JSON.stringify(s.spec?.serviceName ?? "")}; it must name the headless Service db, or its Pods get no db-N.db names.`);
  if (s.spec?.replicas !== 3) return fail(`StatefulSet db asks for ${s.spec?.replicas} replicas, not 3.`);
  const image = s.spec?.template?.spec?.containers?.[0]?.image;
  if (image !== "mysql:8.4") return fail(`StatefulSet db runs ${image}, not mysql:8.4.`);
  for (const i of ORDINALS) {
    const p = cluster.get("pods", "default", `db-${i}`);
    if (!p || p.metadata.deletionTimestamp) return fail(`Pod db-${i} does not exist yet. Let time run: the Pods start one after the other.`);
    if (!isPodReady(p)) return fail(`Pod db-${i} is not Ready yet.`);
  }
  return pass("db-0, db-1 and db-2 are Running and Ready.");
});

const claims = customCheck("claims", "each Pod mounts its own claim data-db-N at /var/lib/mysql", (cluster) => {
  const s = sts(cluster);
  if (!s) return fail("There is no StatefulSet db yet.");
  const templates: ApiObject[] = s.spec?.volumeClaimTemplates ?? [];
  if (!templates.some((t) => t.metadata?.name === "data")) return fail("StatefulSet db has no volumeClaimTemplate named data: its Pods would not get a claim each.");
  const mount = (s.spec?.template?.spec?.containers?.[0]?.volumeMounts ?? []).find((m: { name: string }) => m.name === "data");
  if (mount?.mountPath !== "/var/lib/mysql") return fail("The container must mount the data volume at /var/lib/mysql.");
  for (const i of ORDINALS) {
    const claim = cluster.get("persistentvolumeclaims", "default", `data-db-${i}`);
    if (!claim) return fail(`There is no claim data-db-${i}.`);
    if (claim.status?.phase !== "Bound") return fail(`Claim data-db-${i} is ${claim.status?.phase ?? "not bound"} yet.`);
    const pod = cluster.get("pods", "default", `db-${i}`);
    const used = (pod?.spec?.volumes ?? []).map((v: { persistentVolumeClaim?: { claimName: string } }) => v.persistentVolumeClaim?.claimName).filter(Boolean);
    if (!used.includes(`data-db-${i}`)) return fail(`Pod db-${i} does not mount data-db-${i} (it mounts ${used.join(", ") || "no claim"}).`);
    if (used.includes("db-data")) return fail(`Pod db-${i} still mounts the shared claim db-data.`);
  }
  return pass("db-0..2 each mount their own Bound claim data-db-0..2.");
});

const dns = customCheck("dns", "db-0.db, db-1.db and db-2.db resolve to their Pods", (cluster) => {
  const svc = cluster.get("services", "default", "db");
  if (svc?.spec?.clusterIP !== "None") return fail("Per-Pod DNS names need the headless Service db first.");
  for (const i of ORDINALS) {
    const p = cluster.get("pods", "default", `db-${i}`);
    if (!p) return fail(`Pod db-${i} does not exist yet.`);
    if (p.spec?.hostname !== `db-${i}` || p.spec?.subdomain !== "db") return fail(`Pod db-${i} has no db-${i}.db DNS name (hostname ${p.spec?.hostname ?? "unset"}, subdomain ${p.spec?.subdomain ?? "unset"}).`);
    if (p.metadata.labels?.app !== "db" || !p.status?.podIP) return fail(`Service db does not select Pod db-${i} yet.`);
  }
  return pass("Each Pod has hostname db-N and subdomain db behind the headless Service: db-N.db.default.svc.cluster.local.");
});

const oldClaim = customCheck("old-claim-gone", "the shared claim db-data is deleted", (cluster) => {
  const c = cluster.get("persistentvolumeclaims", "default", "db-data");
  if (c && !c.metadata.deletionTimestamp) return fail("The shared claim db-data is still there. Nothing should use it any more: delete it.");
  return pass("db-data is gone.");
});

const kubectl = (at: number, line: string): Action => ({ at, kind: "kubectl", payload: { line } });
const SOLUTION = statefulDatabase("db");

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [deploymentGone, headless, statefulSet, claims, dns, oldClaim],
  reference: [
    kubectl(5_000, "kubectl delete deployment db"),
    kubectl(10_000, "kubectl delete service db"),
    kubectl(15_000, "kubectl delete pvc db-data"),
    { at: 20_000, kind: "apply", payload: { yaml: SOLUTION } },
    { at: 120_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    {
      name: "keeps the ClusterIP Service (apply clusterIP: None fails)",
      actions: [kubectl(5_000, "kubectl delete deployment db"), kubectl(15_000, "kubectl delete pvc db-data"), { at: 20_000, kind: "apply", payload: { yaml: SOLUTION } }, { at: 120_000, kind: "wait" }],
      fails: "headless",
      message: "it is not headless",
    },
    {
      name: "keeps the shared claim in the Pod template",
      actions: [
        kubectl(5_000, "kubectl delete deployment db"),
        kubectl(10_000, "kubectl delete service db"),
        { at: 20_000, kind: "apply", payload: { yaml: SOLUTION.replace(/  volumeClaimTemplates:[\s\S]*$/, "").replace("      containers:", "      volumes:\n        - name: data\n          persistentVolumeClaim:\n            claimName: db-data\n      containers:") } },
        { at: 120_000, kind: "wait" },
      ],
      fails: "claims",
      message: "no volumeClaimTemplate named data",
    },
    {
      name: "leaves the Deployment running",
      actions: [kubectl(10_000, "kubectl delete service db"), kubectl(12_000, "kubectl delete pvc db-data --wait=false"), { at: 20_000, kind: "apply", payload: { yaml: SOLUTION } }, { at: 120_000, kind: "wait" }],
      fails: "deployment-gone",
      message: "still exists",
    },
    {
      name: "serviceName points to another Service",
      actions: [
        kubectl(5_000, "kubectl delete deployment db"),
        kubectl(10_000, "kubectl delete service db"),
        kubectl(15_000, "kubectl delete pvc db-data"),
        { at: 20_000, kind: "apply", payload: { yaml: SOLUTION.replace("serviceName: db", "serviceName: mysql") } },
        { at: 120_000, kind: "wait" },
      ],
      fails: "statefulset",
      message: "serviceName",
    },
  ],
};
