import "server-only";
// Server-only: the checks and the reference solution of "ship the slow-starting checkout".
// Whether a probe passes on the running app is asked of the simulator's app model
// (lib/sim/node/app.ts), the code the kubelet's probes use in the learner's cluster.
import type { Action, ExerciseChecks } from "@/lib/exercises";
import { atTime, availableNeverBelow, customCheck, fail, historyCheck, pass, rolloutCompleteWithImage } from "@/lib/exercises/checks";
import { runProbe } from "@/lib/sim/node/app";
import { LIVENESS, probedDeployment, READINESS, STARTUP } from "../probes-transcripts";
import { exercise } from "./exercise";

/* eslint-disable @typescript-eslint/no-explicit-any */
const SLOW = "ghcr.io/reconcile/slow-start:v1";

const container = (cluster: { get: (r: string, ns: string, n: string) => any }) =>
  cluster.get("deployments", "default", "checkout")?.spec?.template?.spec?.containers?.[0];

/** No checkout container was ever restarted (a liveness or startup kill shows as restartCount > 0). */
const noRestarts = historyCheck("no-restarts", "no checkout container was restarted", () => {
  let first: { pod: string; at: number } | undefined;
  return {
    onChange(c) {
      if (first || c.resource !== "pods" || c.object.metadata.labels?.app !== "checkout") return;
      const restarted = (c.object.status?.containerStatuses ?? []).some((s: any) => (s.restartCount ?? 0) > 0);
      if (restarted) first = { pod: c.object.metadata.name, at: c.at };
    },
    finish() {
      if (first) return fail(`At ${atTime(first.at)} a container of ${first.pod} was restarted: a probe killed it before the app was up (30 s). Give it time to start.`);
      return pass("No checkout container was restarted.");
    },
  };
});

const livenessKept = customCheck("liveness", "checkout keeps a liveness probe", (cluster) => {
  const c = container(cluster);
  if (!c) return fail("There is no deployment/checkout in the cluster.");
  if (!c.livenessProbe) return fail("checkout has no liveness probe any more: a process that hangs would never be restarted. Keep it, and keep it from firing while the app starts.");
  return pass("checkout still has a liveness probe.");
});

/** A readiness probe that passes on the running app (asked 2 minutes after start) and fails before it listens. */
const readiness = customCheck("readiness", "checkout has a readiness probe that passes once the app answers", (cluster) => {
  const c = container(cluster);
  if (!c) return fail("There is no deployment/checkout in the cluster.");
  const probe = c.readinessProbe;
  if (!probe) return fail("checkout has no readiness probe: a new Pod would count as available before its app answers. Add one on /readyz, port 8080.");
  const later = runProbe(probe, c, "10.244.0.1", 120_000);
  if (!later.ok) return fail(`checkout's readiness probe fails even on a running app${later.output ? ` (${later.output})` : ""}: point it at /readyz on port 8080.`);
  if (runProbe(probe, c, "10.244.0.1", 1_000).ok) return fail("checkout's readiness probe passes before the app listens: it must really ask the app (httpGet /readyz on 8080).");
  return pass("checkout's readiness probe passes once the app answers.");
});

const deployment = (probes: string, image = SLOW) => probedDeployment("checkout", 4, image, probes);
const solve = (yaml: string): Action[] => [
  { at: 12_000, kind: "kubectl", payload: { line: "kubectl describe deployment checkout" } },
  { at: 20_000, kind: "apply", payload: { yaml } },
  { at: 21_000, kind: "kubectl", payload: { line: "kubectl rollout status deployment/checkout" } },
  { at: 240_000, kind: "wait" },
];

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    rolloutCompleteWithImage("rolled-out", { name: "checkout" }, SLOW),
    availableNeverBelow("never-below-3", { name: "checkout" }, 3, { afterMs: 10_000 }),
    noRestarts,
    livenessKept,
    readiness,
  ],
  reference: solve(deployment(STARTUP + LIVENESS + READINESS)),
  wrong: [
    {
      name: "only changes the image",
      actions: [{ at: 20_000, kind: "kubectl", payload: { line: `kubectl set image deployment/checkout checkout=${SLOW}` } }, { at: 240_000, kind: "wait" }],
      fails: "never-below-3",
      message: "must never drop below 3",
    },
    {
      name: "adds a readiness probe but no startup probe",
      actions: solve(deployment(LIVENESS + READINESS)),
      fails: "no-restarts",
      message: "was restarted",
    },
    {
      name: "adds a startup probe but no readiness probe",
      actions: solve(deployment(STARTUP + LIVENESS)),
      fails: "readiness",
      message: "has no readiness probe",
    },
    {
      name: "drops the liveness probe instead",
      actions: solve(deployment(READINESS)),
      fails: "liveness",
      message: "has no liveness probe any more",
    },
    {
      name: "gives the startup probe only 20 seconds",
      actions: solve(deployment(STARTUP.replace("failureThreshold: 12", "failureThreshold: 4") + LIVENESS + READINESS)),
      fails: "no-restarts",
      message: "was restarted",
    },
    {
      name: "points the readiness probe at a path the app does not serve",
      actions: solve(deployment(STARTUP + LIVENESS + READINESS.replace("/readyz", "/ready"))),
      fails: "readiness",
      message: "fails even on a running app",
    },
  ],
};
