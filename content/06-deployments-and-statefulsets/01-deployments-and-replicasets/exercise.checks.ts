import "server-only";
// Server-only: the checks and the reference solution of "give an orphaned ReplicaSet its Deployment back".
import type { Action, ApiObject, Check, ExerciseChecks } from "@/lib/exercises";
import { atTime, customCheck, fail, historyCheck, noPodDeletedByLearner, pass } from "@/lib/exercises/checks";
import { SHOP_WEB } from "../transcripts";
import { exercise } from "./exercise";

const RS = "web-58b9869879";
const controller = (o: ApiObject) => o.metadata.ownerReferences?.find((r) => r.controller);

const deployment = customCheck("deployment", "Deployment web exists with 3 replicas and selector app=web", (cluster) => {
  const d = cluster.get("deployments", "default", "web");
  if (!d) return fail("There is no Deployment web yet. Write one whose Pod template matches the ReplicaSet's and apply it.");
  if (d.spec?.replicas !== 3) return fail(`Deployment web asks for ${d.spec?.replicas} replicas; the ReplicaSet runs 3 and all must stay.`);
  return pass("Deployment web exists with 3 replicas.");
});

const adopted = customCheck("adopted", `ReplicaSet ${RS} is controlled by Deployment web and is its only ReplicaSet`, (cluster) => {
  const rs = cluster.get("replicasets", "default", RS);
  if (!rs) return fail(`ReplicaSet ${RS} is gone. It had to stay, with its Pods: the Deployment should adopt it, not replace it.`);
  const owner = controller(rs);
  if (!owner) return fail(`ReplicaSet ${RS} has no owner yet: no Deployment whose selector matches app=web has adopted it.`);
  if (owner.kind !== "Deployment" || owner.name !== "web") return fail(`ReplicaSet ${RS} is controlled by ${owner.kind} ${owner.name}, not Deployment web.`);
  const others = cluster.list("replicasets", "default").filter((r) => r.metadata.name !== RS && controller(r)?.name === "web");
  if (others.length > 0) return fail(`Deployment web also owns ${others.map((r) => r.metadata.name).join(", ")}: its template differs from ${RS}'s, so it started a rollout.`);
  return pass(`${RS} belongs to Deployment web again, and it is the current version.`);
});

/** No Pod of web was created or deleted after the start: the adoption restarted nothing. */
function samePods(): Check {
  return historyCheck("same-pods", "the three original Pods kept running: none created, none deleted", () => {
    let started = false;
    let problem: string | undefined;
    return {
      begin() {
        started = true;
      },
      onChange(c) {
        if (!started || problem || c.resource !== "pods" || c.object.metadata.labels?.app !== "web") return;
        if (c.type === "ADDED") problem = `At ${atTime(c.at)} Pod ${c.object.metadata.name} was created: the Deployment's template differs from the ReplicaSet's, so it rolled out new Pods.`;
        else if (c.type === "DELETED" || (c.type === "MODIFIED" && c.object.metadata.deletionTimestamp)) problem = `At ${atTime(c.at)} Pod ${c.object.metadata.name} was deleted.`;
      },
      finish({ cluster }) {
        if (problem) return fail(problem);
        const running = cluster.list("pods", "default", "app=web").filter((p) => !p.metadata.deletionTimestamp);
        return pass(`The same ${running.length} Pods are running: ${running.map((p) => p.metadata.name).join(", ")}.`);
      },
    };
  });
}

const available = customCheck("available", "Deployment web reports 3 updated, available replicas", (cluster) => {
  const st = cluster.get("deployments", "default", "web")?.status ?? {};
  if ((st.updatedReplicas ?? 0) !== 3 || (st.availableReplicas ?? 0) !== 3) {
    return fail(`Deployment web reports ${st.updatedReplicas ?? 0} updated and ${st.availableReplicas ?? 0} available replicas; expected 3 and 3.`);
  }
  return pass("3/3 up to date and available.");
});

const applyWeb = (yaml: string, at = 10_000): Action => ({ at, kind: "apply", payload: { yaml } });

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [deployment, adopted, samePods(), available, noPodDeletedByLearner("no-pod-deleted")],
  reference: [
    { at: 5_000, kind: "kubectl", payload: { line: `kubectl get rs ${RS} -o yaml` } },
    applyWeb(SHOP_WEB),
    { at: 20_000, kind: "kubectl", payload: { line: "kubectl get rs,pods" } },
    { at: 30_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    {
      name: "kubectl create deployment (container named nginx, no tier label, no port)",
      actions: [{ at: 10_000, kind: "kubectl", payload: { line: "kubectl create deployment web --image=nginx:1.27 --replicas=3" } }, { at: 60_000, kind: "wait" }],
      fails: "same-pods",
      message: "rolled out new Pods",
    },
    {
      name: "a newer image tag",
      actions: [applyWeb(SHOP_WEB.replace("nginx:1.27", "nginx:1.28")), { at: 60_000, kind: "wait" }],
      fails: "adopted",
      message: "started a rollout",
    },
    {
      name: "two replicas",
      actions: [applyWeb(SHOP_WEB.replace("replicas: 3", "replicas: 2")), { at: 60_000, kind: "wait" }],
      fails: "same-pods",
      message: "was deleted",
    },
    {
      name: "deletes the ReplicaSet and starts afresh",
      actions: [{ at: 5_000, kind: "kubectl", payload: { line: `kubectl delete rs ${RS}` } }, applyWeb(SHOP_WEB), { at: 60_000, kind: "wait" }],
      fails: "same-pods",
      message: "was deleted",
    },
  ],
};
