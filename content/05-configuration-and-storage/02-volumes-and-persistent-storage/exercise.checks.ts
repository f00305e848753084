import "server-only";
// Server-only: the checks and the reference solution of "unstick the ledger's storage".
import type { Action, ClusterView, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, pass } from "@/lib/exercises/checks";
import { isPodReady, podStatusText } from "@/lib/exercises/checks/objects";
import { parseQuantity } from "@/lib/sim/util/quantity";
import { claim } from "../transcripts";
import { exercise } from "./exercise";

/* eslint-disable @typescript-eslint/no-explicit-any */
const GI = 1024n ** 3n;
const bytes = (q: unknown): bigint | undefined => {
  try {
    return parseQuantity(String(q)).nano / 1_000_000_000n;
  } catch {
    return undefined;
  }
};

const ledgerClaim = (cluster: ClusterView): any => cluster.get("persistentvolumeclaims", "default", "ledger-data");

const claimBound = customCheck("claim", "ledger-data is Bound, ≥ 2Gi, from the standard class", (cluster) => {
  const pvc = ledgerClaim(cluster);
  if (!pvc) return fail("There is no claim ledger-data: the Deployment's Pod needs it by that name.");
  const cls = pvc.spec?.storageClassName;
  if (cls !== "standard") return fail(`ledger-data asks for the class ${cls === "" ? '"" (no class)' : `"${cls}"`}; use the cluster's class standard.`);
  const size = bytes(pvc.spec?.resources?.requests?.storage);
  if (size === undefined || size < 2n * GI) return fail(`ledger-data requests ${pvc.spec?.resources?.requests?.storage}; the ledger needs at least 2Gi.`);
  if (pvc.status?.phase !== "Bound") return fail(`ledger-data is ${pvc.status?.phase ?? "Pending"}: a claim of class standard binds once a Pod using it is scheduled.`);
  return pass(`ledger-data is Bound to ${pvc.spec.volumeName}.`);
});

const noNewClass = customCheck("no-new-class", "no StorageClass was added", (cluster) => {
  const extra = cluster.list("storageclasses").filter((c) => c.metadata.name !== "standard");
  if (extra.length) return fail(`StorageClass ${extra.map((c) => c.metadata.name).join(", ")} was created; the task asks you to use the cluster's class, not to invent one.`);
  return pass("Only the cluster's own StorageClass exists.");
});

const podRunning = customCheck("pod", "the ledger Pod is Ready with ledger-data mounted", (cluster) => {
  const dep: any = cluster.get("deployments", "default", "ledger");
  if (!dep) return fail("The Deployment ledger is gone. Keep it: fix the claim instead.");
  const volumes: any[] = dep.spec?.template?.spec?.volumes ?? [];
  if (!volumes.some((v) => v.persistentVolumeClaim?.claimName === "ledger-data")) return fail("The Deployment no longer mounts the claim ledger-data; keep its template as it was.");
  const pods = cluster.list("pods", "default", "app=ledger").filter((p) => !p.metadata.deletionTimestamp);
  const ready = pods.find(isPodReady);
  if (!ready) return fail(pods.length ? `${pods[0]!.metadata.name} is ${podStatusText(pods[0]!)}, not Ready.` : "The Deployment has no Pod.");
  return pass(`${ready.metadata.name} runs on ${(ready.spec as any).nodeName} with ledger-data mounted.`);
});

const recreate = (yaml: string): Action[] => [
  { at: 5_000, kind: "kubectl", payload: { line: "kubectl describe pvc ledger-data" } },
  { at: 8_000, kind: "kubectl", payload: { line: "kubectl delete pvc ledger-data" } },
  { at: 10_000, kind: "apply", payload: { yaml } },
  { at: 40_000, kind: "wait" },
];

const SC_FAST = `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast-ssd
provisioner: rancher.io/local-path
reclaimPolicy: Delete
volumeBindingMode: WaitForFirstConsumer
`;

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [claimBound, noNewClass, podRunning],
  reference: recreate(claim("ledger-data", "2Gi", "standard")),
  wrong: [
    {
      name: "edits the Pending claim in place (refused: the spec is immutable)",
      actions: [{ at: 8_000, kind: "apply", payload: { yaml: claim("ledger-data", "2Gi", "standard") } }, { at: 40_000, kind: "wait" }],
      fails: "claim",
      message: 'asks for the class "fast-ssd"',
    },
    {
      name: "re-creates the claim too small",
      actions: recreate(claim("ledger-data", "1Gi", "standard")),
      fails: "claim",
      message: "at least 2Gi",
    },
    {
      name: "creates the missing StorageClass instead",
      actions: [{ at: 8_000, kind: "apply", payload: { yaml: SC_FAST } }, { at: 40_000, kind: "wait" }],
      fails: "no-new-class",
      message: "fast-ssd was created",
    },
    {
      name: "re-creates the claim with no class at all",
      actions: recreate(claim("ledger-data", "2Gi", '""')),
      fails: "pod",
      message: "not scheduled yet",
    },
  ],
};
