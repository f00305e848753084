import "server-only";
// Server-only: the checks and the reference solution of "survive a node failure".
import type { Action, ExerciseChecks } from "@/lib/exercises";
import { atTime, customCheck, fail, historyCheck, pass } from "@/lib/exercises/checks";
import { deployment, FAILURE_AT_MS } from "../transcripts";
import { exercise } from "./exercise";

/* eslint-disable @typescript-eslint/no-explicit-any */
const FAILED = "kind-worker2";
const DEADLINE_MS = FAILURE_AT_MS + 180_000;
const NODE_TAINTS = ["node.kubernetes.io/unreachable", "node.kubernetes.io/not-ready"];

/** web's available replicas went back to 4 after dropping, by the deadline. */
const recovered = historyCheck("recovered", "web was back to 4 available replicas within 3 minutes of the failure", () => {
  let dropped: number | undefined;
  let back: number | undefined;
  return {
    onChange(c) {
      if (c.resource !== "deployments" || c.object.metadata.name !== "web" || c.at < FAILURE_AT_MS) return;
      const available = c.type === "DELETED" ? 0 : Number((c.object as any).status?.availableReplicas ?? 0);
      if (available < 4) {
        dropped ??= c.at;
        back = undefined;
      } else if (dropped !== undefined && back === undefined) back = c.at;
    },
    finish({ cluster }) {
      const d = cluster.get("deployments", "default", "web") as any;
      if (!d) return fail("The Deployment web is gone.");
      if (dropped === undefined) return fail("web never lost a replica: let the exercise run until the node fails.");
      if (back === undefined) return fail(`web dropped below 4 available replicas at ${atTime(dropped)} and has not recovered.`);
      if (back > DEADLINE_MS) return fail(`web was back to 4 available replicas only at ${atTime(back)}, more than 3 minutes after the failure: the default 300 s tolerations decided, not you.`);
      return pass(`web was back to 4 available replicas at ${atTime(back)}.`);
    },
  };
});

const cordoned = customCheck("cordoned", `${FAILED} is cordoned`, (cluster) => {
  const node = cluster.get("nodes", undefined, FAILED) as any;
  if (!node) return fail(`The node ${FAILED} is gone: keep the Node object, cordon it.`);
  if (!node.spec?.unschedulable) return fail(`${FAILED} is not cordoned: its NoSchedule taint goes away as soon as the node answers again, and Pods would land on a node nobody repaired.`);
  return pass(`${FAILED} is cordoned (SchedulingDisabled).`);
});

const fastFailover = customCheck("fast-failover", "web's Pods tolerate an unreachable or not-ready node for 60 s at most", (cluster) => {
  const d = cluster.get("deployments", "default", "web") as any;
  if (!d) return fail("The Deployment web is gone.");
  const tols: any[] = d.spec?.template?.spec?.tolerations ?? [];
  for (const key of NODE_TAINTS) {
    const t = tols.find((x) => (x.key === key || (!x.key && x.operator === "Exists")) && (!x.effect || x.effect === "NoExecute"));
    if (!t) return fail(`web's Pod template has no toleration for ${key}:NoExecute, so its Pods get the default one: 300 s.`);
    if (t.tolerationSeconds === undefined || t.tolerationSeconds === null) return fail(`web's toleration for ${key} has no tolerationSeconds: its Pods would stay on a dead node for ever.`);
    if (Number(t.tolerationSeconds) > 60) return fail(`web tolerates ${key} for ${t.tolerationSeconds} s; at most 60 s was asked.`);
  }
  return pass("web's Pods leave an unreachable or not-ready node within 60 s.");
});

const TOLERATIONS = (seconds: number) => `      tolerations:
        - key: node.kubernetes.io/unreachable
          operator: Exists
          effect: NoExecute
          tolerationSeconds: ${seconds}
        - key: node.kubernetes.io/not-ready
          operator: Exists
          effect: NoExecute
          tolerationSeconds: ${seconds}
`;
const look: Action = { at: 80_000, kind: "kubectl", payload: { line: "kubectl get nodes" } };
const cordon: Action = { at: 85_000, kind: "kubectl", payload: { line: "kubectl cordon kind-worker2" } };
const applyTolerations = (seconds: number, at = 90_000): Action => ({ at, kind: "apply", payload: { yaml: deployment("web", 4, TOLERATIONS(seconds)) } });
const wait = (at = 420_000): Action => ({ at, kind: "wait" });

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [recovered, cordoned, fastFailover],
  reference: [look, cordon, applyTolerations(30), wait(240_000)],
  wrong: [
    { name: "cordons and waits for the default eviction", actions: [look, cordon, wait()], fails: "recovered", message: "the default 300 s tolerations decided" },
    { name: "fast tolerations but the node left schedulable", actions: [look, applyTolerations(30), wait(240_000)], fails: "cordoned", message: "is not cordoned" },
    { name: "tolerations of 120 s", actions: [look, cordon, applyTolerations(120), wait(240_000)], fails: "fast-failover", message: "for 120 s" },
    {
      name: "deletes the stuck Pods but leaves the default tolerations",
      actions: [look, cordon, { at: 90_000, kind: "kubectl", payload: { line: "kubectl delete pods -l app=web --wait=false" } }, wait(240_000)],
      fails: "fast-failover",
      message: "get the default one: 300 s",
    },
  ],
};
