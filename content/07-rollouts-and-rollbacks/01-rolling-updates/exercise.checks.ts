import "server-only";
// Server-only: the checks and the reference solution of "update without dropping capacity".
import type { Action, ExerciseChecks } from "@/lib/exercises";
import { availableNeverBelow, fieldEquals, rolloutCompleteWithImage } from "@/lib/exercises/checks";
import { exercise } from "./exercise";

const V2 = "ghcr.io/reconcile/web:v2";
const SURGE_FIRST = `kubectl patch deployment shop -p '{"spec":{"strategy":{"rollingUpdate":{"maxSurge":1,"maxUnavailable":0}}}}'`;
const SET_V2 = `kubectl set image deployment/shop web=${V2}`;

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    rolloutCompleteWithImage("rolled-out", { name: "shop" }, V2),
    availableNeverBelow("never-below-4", { name: "shop" }, 4, { afterMs: 10_000 }),
    fieldEquals("four-replicas", { resource: "deployments", name: "shop" }, "spec.replicas", 4, { title: "deployment/shop still wants 4 replicas" }),
  ],
  reference: [
    { at: 12_000, kind: "kubectl", payload: { line: "kubectl describe deployment shop" } },
    { at: 20_000, kind: "kubectl", payload: { line: SURGE_FIRST } },
    { at: 25_000, kind: "kubectl", payload: { line: SET_V2 } },
    { at: 26_000, kind: "kubectl", payload: { line: "kubectl rollout status deployment/shop" } },
    { at: 60_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    {
      name: "updates the image straight away",
      actions: [{ at: 20_000, kind: "kubectl", payload: { line: SET_V2 } }, { at: 60_000, kind: "wait" }],
      fails: "never-below-4",
      message: "had only 2 available replicas",
    },
    {
      name: "switches to Recreate",
      actions: [
        { at: 20_000, kind: "kubectl", payload: { line: `kubectl patch deployment shop -p '{"spec":{"strategy":{"type":"Recreate","rollingUpdate":null}}}'` } },
        { at: 25_000, kind: "kubectl", payload: { line: SET_V2 } },
        { at: 60_000, kind: "wait" },
      ],
      fails: "never-below-4",
      message: "had only 0 available replicas",
    },
    {
      name: "tries maxSurge 0 and maxUnavailable 0 (refused), then updates",
      actions: [
        { at: 20_000, kind: "kubectl", payload: { line: `kubectl patch deployment shop -p '{"spec":{"strategy":{"rollingUpdate":{"maxUnavailable":0}}}}'` } },
        { at: 25_000, kind: "kubectl", payload: { line: SET_V2 } },
        { at: 60_000, kind: "wait" },
      ],
      fails: "never-below-4",
    },
    {
      name: "fixes the strategy but never updates",
      actions: [{ at: 20_000, kind: "kubectl", payload: { line: SURGE_FIRST } }, { at: 60_000, kind: "wait" }],
      fails: "rolled-out",
      message: "runs ghcr.io/reconcile/web:v1",
    },
    {
      name: "scales to 6 for the rollout and forgets to scale back",
      actions: [
        { at: 20_000, kind: "kubectl", payload: { line: "kubectl scale deployment shop --replicas=6" } },
        { at: 30_000, kind: "kubectl", payload: { line: SET_V2 } },
        { at: 90_000, kind: "wait" },
      ],
      fails: "four-replicas",
    },
  ],
};
