import "server-only";
// Server-only: the checks and the reference solution of "dedicate two nodes to batch work".
import type { Action, ApiObject, ClusterView, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, pass } from "@/lib/exercises/checks";
import { isPodReady } from "@/lib/exercises/checks/objects";
import { nodeSelectorMatches, toleratesTaint, type Taint } from "@/lib/sim/scheduler/plugins";
import { deployment } from "../transcripts";
import { exercise } from "./exercise";

/* eslint-disable @typescript-eslint/no-explicit-any */
const BATCH_NODES = ["kind-worker3", "kind-worker4"];
const GENERAL_NODES = ["kind-worker", "kind-worker2"];

const dedicatedTaint = (node: ApiObject | undefined): Taint | undefined =>
  ((node as any)?.spec?.taints ?? []).find((t: Taint) => t.key === "dedicated");
const livePods = (cluster: ClusterView, app: string) => cluster.list("pods", "default", `app=${app}`).filter((p) => !p.metadata.deletionTimestamp);
const nodeOf = (p: ApiObject): string | undefined => (p as any).spec?.nodeName;

const taints = customCheck("taints", "kind-worker3 and kind-worker4 carry dedicated=batch, the other workers do not", (cluster) => {
  for (const name of BATCH_NODES) {
    const t = dedicatedTaint(cluster.get("nodes", undefined, name));
    if (!t) return fail(`${name} has no taint with key dedicated: other Pods can still be scheduled there.`);
    if (t.value !== "batch") return fail(`${name}'s dedicated taint has the value "${t.value ?? ""}"; use dedicated=batch.`);
    if (t.effect === "PreferNoSchedule") return fail(`${name}'s taint is PreferNoSchedule: the scheduler may still use the node for other Pods. Use NoSchedule or NoExecute.`);
  }
  for (const name of GENERAL_NODES) {
    const node = cluster.get("nodes", undefined, name) as any;
    if (dedicatedTaint(node)) return fail(`${name} is a general node but has a dedicated taint: remove it (kubectl taint nodes ${name} dedicated-).`);
    if (node?.metadata?.labels?.dedicated !== undefined) return fail(`${name} is a general node but has the label dedicated=${node.metadata.labels.dedicated}.`);
  }
  return pass("Both batch nodes are tainted dedicated=batch; the general workers are not.");
});

const batchPlacement = customCheck("batch-pinned", "batch's 2 Pods run only on the batch nodes, and its template keeps them there", (cluster) => {
  const d = cluster.get("deployments", "default", "batch") as any;
  if (!d) return fail("The Deployment batch is gone. Change it instead of deleting it.");
  const template = { metadata: {}, spec: d.spec?.template?.spec ?? {} } as any;
  const leak = GENERAL_NODES.map((n) => cluster.get("nodes", undefined, n) as any).find((n) => n && nodeSelectorMatches(template, n));
  if (leak) return fail(`batch's Pod template would also fit on ${leak.metadata.name}: a toleration allows the batch nodes but does not choose them. Add a nodeSelector (dedicated: batch) or required node affinity.`);
  const pods = livePods(cluster, "batch");
  const pending = pods.find((p) => !nodeOf(p));
  if (pending) {
    const node = cluster.get("nodes", undefined, BATCH_NODES[0]!);
    const t = dedicatedTaint(node);
    const tolerated = t && ((d.spec?.template?.spec?.tolerations ?? []) as any[]).some((x) => toleratesTaint(x, t));
    return fail(`${pending.metadata.name} is Pending${tolerated ? "" : ": batch does not tolerate the dedicated=batch taint"}. kubectl describe pod shows the scheduler's reasons.`);
  }
  const elsewhere = pods.find((p) => !BATCH_NODES.includes(nodeOf(p)!));
  if (elsewhere) return fail(`${elsewhere.metadata.name} runs on ${nodeOf(elsewhere)}, not on a batch node.`);
  const ready = pods.filter(isPodReady);
  if (ready.length !== 2 || pods.length !== 2) return fail(`batch has ${ready.length} Ready Pods of ${pods.length}; it needs exactly 2 Ready. Let the rollout finish.`);
  return pass(`batch's Pods run on ${[...new Set(pods.map(nodeOf))].sort().join(" and ")} only.`);
});

const webOff = customCheck("web-off-batch-nodes", "web has 4 Ready Pods, none on a batch node", (cluster) => {
  const pods = livePods(cluster, "web");
  const stray = pods.find((p) => BATCH_NODES.includes(nodeOf(p)!));
  if (stray) return fail(`${stray.metadata.name} still runs on ${nodeOf(stray)}. A NoSchedule taint does not move Pods already running: recreate web's Pods, or use NoExecute.`);
  const ready = pods.filter(isPodReady);
  if (ready.length < 4) return fail(`web has ${ready.length} Ready Pods; it needs 4.`);
  return pass("web's 4 Pods run on the general workers only.");
});

const TOLERATION = `      tolerations:
        - key: dedicated
          operator: Equal
          value: batch
          effect: NoSchedule
`;
const SELECTOR = `      nodeSelector:
        dedicated: batch
`;
const taintBoth = { at: 5_000, kind: "kubectl", payload: { line: "kubectl taint nodes kind-worker3 kind-worker4 dedicated=batch:NoSchedule" } } satisfies Action;
const restartWeb = { at: 10_000, kind: "kubectl", payload: { line: "kubectl rollout restart deployment web" } } satisfies Action;
const applyBatch = (extra: string): Action => ({ at: 8_000, kind: "apply", payload: { yaml: deployment("batch", 2, extra) } });
const wait: Action = { at: 120_000, kind: "wait" };

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [taints, batchPlacement, webOff],
  reference: [{ at: 2_000, kind: "kubectl", payload: { line: "kubectl get pods -o wide" } }, taintBoth, applyBatch(TOLERATION + SELECTOR), restartWeb, wait],
  wrong: [
    { name: "toleration without a nodeSelector", actions: [taintBoth, applyBatch(TOLERATION), restartWeb, wait], fails: "batch-pinned", message: "does not choose them" },
    { name: "nodeSelector without a toleration", actions: [taintBoth, applyBatch(SELECTOR), restartWeb, wait], fails: "batch-pinned", message: "batch does not tolerate the dedicated=batch taint" },
    { name: "NoSchedule taint but web's Pods left where they were", actions: [taintBoth, applyBatch(TOLERATION + SELECTOR), wait], fails: "web-off-batch-nodes", message: "does not move Pods already running" },
    {
      name: "only one batch node tainted",
      actions: [{ ...taintBoth, payload: { line: "kubectl taint nodes kind-worker3 dedicated=batch:NoSchedule" } }, applyBatch(TOLERATION + SELECTOR), restartWeb, wait],
      fails: "taints",
      message: "kind-worker4 has no taint",
    },
  ],
};
