import "server-only";
// Server-only: the checks and the reference solution of "give team A its own namespace".
import type { Action, ActionRecord, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, pass, stateCheck } from "@/lib/exercises/checks";
import { kubectlWords } from "@/lib/exercises/checks/history";
import { exercise } from "./exercise";

/* eslint-disable @typescript-eslint/no-explicit-any */
const namespaceExists = customCheck("namespace", "the namespace team-a exists", (cluster) => {
  const ns = cluster.get("namespaces", undefined, "team-a");
  if (!ns) return fail("There is no namespace team-a. Create it with kubectl create namespace (or apply a Namespace manifest).");
  if (ns.metadata.deletionTimestamp) return fail("team-a is being deleted.");
  return pass("team-a exists.");
});

const apiRunning = customCheck("api", "api runs 2 available replicas of ghcr.io/reconcile/web:v2 in team-a", (cluster) => {
  const d = cluster.get("deployments", "team-a", "api") as any;
  if (!d) {
    const misplaced = cluster.get("deployments", "default", "api");
    return fail(misplaced ? "api was created in default, not in team-a: pass -n team-a (or set the context's namespace first)." : "There is no Deployment api in team-a.");
  }
  const image = d.spec.template.spec.containers?.[0]?.image;
  if (image !== "ghcr.io/reconcile/web:v2") return fail(`api runs ${image}; it should run ghcr.io/reconcile/web:v2.`);
  if (d.spec.replicas !== 2) return fail(`api wants ${d.spec.replicas} replicas; it should want 2.`);
  if ((d.status?.availableReplicas ?? 0) < 2) return fail(`api has ${d.status?.availableReplicas ?? 0} of 2 replicas available. Let time run.`);
  return pass("api runs 2 available replicas in team-a.");
});

const nothingInDefault = customCheck("not-in-default", "nothing named api was left in default", (cluster) =>
  cluster.get("deployments", "default", "api") ? fail("There is still a Deployment api in default. Delete the misplaced copy (kubectl delete deployment api -n default).") : pass("default holds only web."));

/** The namespace the kubeconfig's current context ends up with, from the learner's config commands. */
function contextNamespace(records: readonly ActionRecord[]): string {
  let ns = "default";
  for (const r of records) {
    if (r.action.kind !== "kubectl" || r.exitCode !== 0) continue;
    const line: string = (r.action.payload as any).line;
    const words = kubectlWords(line);
    if (words[0] !== "config" || words[1] !== "set-context") continue;
    const m = /--namespace(?:=|\s+)(\S+)/.exec(line);
    if (m) ns = m[1]!.replace(/^["']|["']$/g, "");
  }
  return ns;
}

const contextSet = stateCheck("context", "the current context's namespace is team-a", ({ actions }) => {
  const ns = contextNamespace(actions);
  return ns === "team-a" ? pass("Your context now defaults to team-a.") : fail(`Your context's namespace is ${ns}. kubectl config set-context --current --namespace=team-a changes it.`);
});

const scratchGone = customCheck("scratch-gone", "the namespace scratch and its objects are gone", (cluster) => {
  const ns = cluster.get("namespaces", undefined, "scratch");
  if (ns && !ns.metadata.deletionTimestamp) return fail("The namespace scratch still exists. Deleting it removes everything inside in one go.");
  if (ns) return fail("scratch is still terminating. Let time run.");
  return pass("scratch is gone, with its Deployment, Pods and ConfigMap.");
});

const webKept = customCheck("web-kept", "web in default still runs 3 replicas", (cluster) => {
  const d = cluster.get("deployments", "default", "web") as any;
  if (!d) return fail("web in default was deleted. Only the experiment had to go.");
  return (d.status?.availableReplicas ?? 0) >= 3 ? pass("web is untouched.") : fail(`web has ${d.status?.availableReplicas ?? 0} of 3 replicas available.`);
});

// The reference steps, one kubectl line each; the wrong solutions change or drop one of them.
const STEPS = {
  namespace: "kubectl create namespace team-a",
  deploy: "kubectl create deployment api --image=ghcr.io/reconcile/web:v2 --replicas=2 -n team-a",
  context: "kubectl config set-context --current --namespace=team-a",
  cleanup: "kubectl delete namespace scratch",
};
const AT = { namespace: 5_000, deploy: 8_000, context: 10_000, cleanup: 12_000 };

function solution(changes: Partial<Record<keyof typeof STEPS, string | null>> = {}): Action[] {
  const lines = { ...STEPS, ...changes };
  const steps = (Object.keys(STEPS) as (keyof typeof STEPS)[]).flatMap((k): Action[] =>
    lines[k] === null ? [] : [{ at: AT[k], kind: "kubectl", payload: { line: lines[k]! } }]);
  return [...steps, { at: 60_000, kind: "wait" }];
}

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [namespaceExists, apiRunning, nothingInDefault, contextSet, scratchGone, webKept],
  reference: solution(),
  wrong: [
    {
      name: "creates api in default",
      actions: solution({ deploy: "kubectl create deployment api --image=ghcr.io/reconcile/web:v2 --replicas=2" }),
      fails: "api",
      message: "created in default",
    },
    {
      name: "deletes only the Deployment of the experiment",
      actions: solution({ cleanup: "kubectl delete deployment experiment -n scratch" }),
      fails: "scratch-gone",
      message: "still exists",
    },
    {
      name: "forgets the context",
      actions: solution({ context: null }),
      fails: "context",
      message: "namespace is default",
    },
  ],
};
