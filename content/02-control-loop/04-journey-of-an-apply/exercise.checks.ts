import "server-only";
// Server-only: the checks and the reference solution of "a Deployment from scratch".
import type { Action, ExerciseChecks } from "@/lib/exercises";
import { fieldEquals, objectExists, podsReady, rolloutCompleteWithImage } from "@/lib/exercises/checks";
import { exercise } from "./exercise";

const CATALOG = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: catalog
spec:
  replicas: 3
  selector:
    matchLabels:
      app: catalog
  template:
    metadata:
      labels:
        app: catalog
    spec:
      containers:
        - name: catalog
          image: ghcr.io/reconcile/web:v2
          resources:
            requests:
              cpu: 200m
`;

const barePod = (i: number) => `apiVersion: v1
kind: Pod
metadata:
  name: catalog-${i}
  labels:
    app: catalog
spec:
  containers:
    - name: catalog
      image: ghcr.io/reconcile/web:v2
      resources:
        requests:
          cpu: 200m
`;

const catalog = { resource: "deployments", name: "catalog" };

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    objectExists("catalog-exists", catalog, { missing: "There is no Deployment named catalog. Pods created one by one would not be replaced if they died: write a Deployment." }),
    fieldEquals("catalog-request", catalog, ["spec", "template", "spec", "containers", "0", "resources", "requests", "cpu"], "200m"),
    rolloutCompleteWithImage("catalog-rolled-out", { name: "catalog" }, "ghcr.io/reconcile/web:v2"),
    podsReady("catalog-ready", "app=catalog", 3),
  ],
  reference: [
    { at: 10_000, kind: "apply", payload: { yaml: CATALOG } },
    { at: 15_000, kind: "kubectl", payload: { line: "kubectl get events" } },
    { at: 30_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    {
      name: "three bare Pods",
      actions: [...[1, 2, 3].map((i): Action => ({ at: 10_000 + i * 1_000, kind: "apply", payload: { yaml: barePod(i) } })), { at: 30_000, kind: "wait" }],
      fails: "catalog-exists",
      message: "There is no Deployment named catalog",
    },
    {
      name: "old image",
      actions: [{ at: 10_000, kind: "apply", payload: { yaml: CATALOG.replace("web:v2", "web:v1") } }, { at: 30_000, kind: "wait" }],
      fails: "catalog-rolled-out",
    },
    {
      name: "one replica",
      actions: [{ at: 10_000, kind: "apply", payload: { yaml: CATALOG.replace("replicas: 3", "replicas: 1") } }, { at: 30_000, kind: "wait" }],
      fails: "catalog-ready",
    },
    {
      name: "no CPU request",
      actions: [{ at: 10_000, kind: "apply", payload: { yaml: CATALOG.replace("          resources:\n            requests:\n              cpu: 200m\n", "") } }, { at: 30_000, kind: "wait" }],
      fails: "catalog-request",
    },
  ],
};
