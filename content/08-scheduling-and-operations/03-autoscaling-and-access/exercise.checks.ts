import "server-only";
// Server-only: the checks and the reference solution of "put web under an autoscaler".
import type { Action, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, pass } from "@/lib/exercises/checks";
import { isPodReady } from "@/lib/exercises/checks/objects";
import { parseQuantity } from "@/lib/sim/util/quantity";
import { withCpuRequest } from "../transcripts";
import { exercise } from "./exercise";

/* eslint-disable @typescript-eslint/no-explicit-any */
const milli = (q: unknown): number | undefined => {
  try {
    return q === undefined ? undefined : parseQuantity(String(q)).milliValue();
  } catch {
    return undefined;
  }
};

const requests = customCheck("cpu-request", "web's container requests 200m of CPU", (cluster) => {
  const d = cluster.get("deployments", "default", "web") as any;
  if (!d) return fail("The Deployment web is gone. Change it instead of deleting it.");
  const containers: any[] = d.spec?.template?.spec?.containers ?? [];
  const missing = containers.find((c) => milli(c.resources?.requests?.cpu) === undefined);
  if (missing) return fail(`Container ${missing.name} has no CPU request: the HPA cannot compute a utilization without one.`);
  const wrong = containers.find((c) => milli(c.resources.requests.cpu) !== 200);
  if (wrong) return fail(`Container ${wrong.name} requests ${wrong.resources.requests.cpu} of CPU; the task asks for 200m.`);
  return pass("web requests 200m of CPU per Pod.");
});

const hpa = customCheck("hpa", "HPA web scales Deployment web between 3 and 10 replicas at 60% CPU", (cluster) => {
  const h = cluster.get("horizontalpodautoscalers", "default", "web") as any;
  if (!h) return fail("There is no HorizontalPodAutoscaler named web in the default namespace.");
  const ref = h.spec?.scaleTargetRef ?? {};
  if (ref.kind !== "Deployment" || ref.name !== "web") return fail(`HPA web targets ${ref.kind}/${ref.name}, not Deployment/web.`);
  if (h.spec.minReplicas !== 3) return fail(`HPA web has minReplicas ${h.spec.minReplicas ?? 1}; the task asks for 3.`);
  if (h.spec.maxReplicas !== 10) return fail(`HPA web has maxReplicas ${h.spec.maxReplicas}; the task asks for 10.`);
  const metrics: any[] = h.spec.metrics ?? [];
  const cpu = metrics.find((m) => m.type === "Resource" && m.resource?.name === "cpu");
  if (!cpu || cpu.resource.target?.type !== "Utilization") return fail("HPA web has no CPU utilization target.");
  if (cpu.resource.target.averageUtilization !== 60) return fail(`HPA web targets ${cpu.resource.target.averageUtilization}% CPU utilization; the task asks for 60%.`);
  return pass("HPA web: Deployment/web, 3–10 replicas, 60% CPU.");
});

const scaledByHpa = customCheck("scaled-by-hpa", "web has 3 Ready Pods, scaled there by the HPA", (cluster) => {
  const h = cluster.get("horizontalpodautoscalers", "default", "web") as any;
  const pods = cluster.list("pods", "default", "app=web").filter((p) => !p.metadata.deletionTimestamp);
  const ready = pods.filter(isPodReady).length;
  if (ready < 3) return fail(`web has ${ready} Ready Pods; it needs 3.`);
  if (!h?.status?.lastScaleTime) return fail("web has 3 Pods, but the HPA never scaled it: you set the size yourself. Set replicas back to 1 and let the HPA's minReplicas do it.");
  return pass(`web has ${ready} Ready Pods; the HPA scaled it.`);
});

const WEB_REQUESTS = withCpuRequest("web", 1, "200m");
const applyRequests: Action = { at: 5_000, kind: "apply", payload: { yaml: WEB_REQUESTS } };
const autoscale = (flags = "--min=3 --max=10 --cpu=60%"): Action => ({ at: 10_000, kind: "kubectl", payload: { line: `kubectl autoscale deployment web ${flags}` } });
const wait: Action = { at: 90_000, kind: "wait" };

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [requests, hpa, scaledByHpa],
  reference: [applyRequests, autoscale(), wait],
  wrong: [
    { name: "HPA without a CPU request", actions: [autoscale(), wait], fails: "cpu-request", message: "has no CPU request" },
    { name: "the default 80% target", actions: [applyRequests, autoscale("--min=3 --max=10"), wait], fails: "hpa", message: "targets 80% CPU utilization" },
    {
      name: "scales by hand and keeps min 1",
      actions: [applyRequests, { at: 8_000, kind: "kubectl", payload: { line: "kubectl scale deployment web --replicas=3" } }, autoscale("--max=10 --cpu=60%"), wait],
      fails: "hpa",
      message: "minReplicas 1",
    },
    {
      name: "sets replicas: 3 in the manifest",
      actions: [{ at: 5_000, kind: "apply", payload: { yaml: withCpuRequest("web", 3, "200m") } }, autoscale(), wait],
      fails: "scaled-by-hpa",
      message: "the HPA never scaled it",
    },
    { name: "a request of 100m", actions: [{ at: 5_000, kind: "apply", payload: { yaml: withCpuRequest("web", 1, "100m") } }, autoscale(), wait], fails: "cpu-request", message: "requests 100m" },
  ],
};

