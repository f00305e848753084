import "server-only";
// Server-only: the checks and the reference solution of "unstick two Deployments".
import type { Action, ExerciseChecks } from "@/lib/exercises";
import { fieldEquals, podsReady } from "@/lib/exercises/checks";
import { exercise, shop, worker } from "./exercise";

const CPU = ["spec", "template", "spec", "containers", "0", "resources", "requests", "cpu"];
const IMAGE = ["spec", "template", "spec", "containers", "0", "image"];

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    fieldEquals("shop-request", { resource: "deployments", name: "shop" }, CPU, "250m"),
    fieldEquals("worker-image", { resource: "deployments", name: "worker" }, IMAGE, "ghcr.io/reconcile/web:v2"),
    podsReady("shop-ready", "app=shop", 2),
    podsReady("worker-ready", "app=worker", 1),
  ],
  reference: [
    { at: 5_000, kind: "kubectl", payload: { line: "kubectl get pods -o wide" } },
    { at: 8_000, kind: "kubectl", payload: { line: "kubectl get events" } },
    { at: 20_000, kind: "apply", payload: { yaml: shop("250m") } },
    { at: 30_000, kind: "apply", payload: { yaml: worker("ghcr.io/reconcile/web:v2") } },
    { at: 60_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    {
      name: "fixes only shop",
      actions: [{ at: 20_000, kind: "apply", payload: { yaml: shop("250m") } }, { at: 60_000, kind: "wait" }],
      fails: "worker-ready",
    },
    {
      name: "removes shop's request instead of lowering it",
      actions: [
        { at: 20_000, kind: "apply", payload: { yaml: shop("250m").replace(/ {10}resources:\n {12}requests:\n {14}cpu: "250m"\n/, "") } },
        { at: 30_000, kind: "apply", payload: { yaml: worker("ghcr.io/reconcile/web:v2") } },
        { at: 60_000, kind: "wait" },
      ],
      fails: "shop-request",
    },
    {
      name: "runs v1 in worker",
      actions: [
        { at: 20_000, kind: "apply", payload: { yaml: shop("250m") } },
        { at: 30_000, kind: "apply", payload: { yaml: worker("ghcr.io/reconcile/web:v1") } },
        { at: 60_000, kind: "wait" },
      ],
      fails: "worker-image",
      message: `"ghcr.io/reconcile/web:v1"`,
    },
  ],
};
