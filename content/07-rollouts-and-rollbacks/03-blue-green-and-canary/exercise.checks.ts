import "server-only";
// Server-only: the checks and the reference solution of "switch from blue to green".
import type { Action, ApiObject, ClusterView, ExerciseChecks } from "@/lib/exercises";
import { atTime, customCheck, fail, historyCheck, objectExists, pass, serviceRoutesTo } from "@/lib/exercises/checks";
import { exercise } from "./exercise";

interface Subset {
  addresses?: { ip: string; targetRef?: { name?: string } }[];
}
const readyAddresses = (ep: ApiObject | undefined) => ((ep as { subsets?: Subset[] } | undefined)?.subsets ?? []).flatMap((s) => s.addresses ?? []);

/** From t=10s on, the Endpoints of web always list at least one ready address (every write counts). */
const neverEmpty = historyCheck("never-empty", "service/web always had a Ready endpoint after t=10s", () => {
  const AFTER = 10_000;
  const series: { at: number; ready: number }[] = [];
  return {
    begin(cluster: ClusterView) {
      series.push({ at: 0, ready: readyAddresses(cluster.get("endpoints", "default", "web")).length });
    },
    onChange(c) {
      if (c.resource !== "endpoints" || c.object.metadata.name !== "web" || c.object.metadata.namespace !== "default") return;
      series.push({ at: c.at, ready: c.type === "DELETED" ? 0 : readyAddresses(c.object).length });
    },
    finish() {
      // Start from the value in effect at AFTER, then every later write.
      let i = 0;
      while (i + 1 < series.length && series[i + 1]!.at <= AFTER) i++;
      for (; i < series.length; i++) {
        if (series[i]!.ready === 0) {
          return fail(`At ${atTime(Math.max(series[i]!.at, AFTER))} service/web had no Ready endpoint: every request failed. Make green Ready before the Service selects it.`);
        }
      }
      return pass("service/web always had Ready Pods to send traffic to.");
    },
  };
});

const onlyGreen = customCheck("only-green", "service/web routes to green Pods only", (cluster) => {
  const pods = readyAddresses(cluster.get("endpoints", "default", "web"))
    .map((a) => a.targetRef?.name)
    .map((name) => (name ? cluster.get("pods", "default", name) : undefined));
  const blue = pods.filter((p) => p?.metadata.labels?.version !== "green");
  if (pods.length === 0) return fail("service/web routes to no Pod at all.");
  if (blue.length > 0) {
    const sel = Object.entries((cluster.get("services", "default", "web")?.spec?.selector ?? {}) as Record<string, string>)
      .map(([k, v]) => `${k}=${v}`)
      .join(",");
    return fail(`service/web still routes to ${blue.length} Pod(s) that are not green (its selector is ${sel || "empty"}).`);
  }
  return pass("Every endpoint of service/web is a green Pod.");
});

const PATCH = (color: string) => `kubectl patch service web -p '{"spec":{"selector":{"version":"${color}"}}}'`;

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    serviceRoutesTo("routes-to-3", { name: "web" }, 3, { mode: "exactly" }),
    onlyGreen,
    neverEmpty,
    objectExists("blue-kept", { resource: "deployments", name: "web-blue" }, { title: "deployment/web-blue is kept for a rollback", missing: "The Deployment web-blue is gone: keep it (scaled down if you like) so that you can switch back." }),
  ],
  reference: [
    { at: 12_000, kind: "kubectl", payload: { line: "kubectl scale deployment web-green --replicas=3" } },
    { at: 25_000, kind: "kubectl", payload: { line: "kubectl get deployment web-green" } },
    { at: 30_000, kind: "kubectl", payload: { line: PATCH("green") } },
    { at: 35_000, kind: "kubectl", payload: { line: "curl -s http://172.18.0.3:30080/" } },
    { at: 40_000, kind: "kubectl", payload: { line: "kubectl scale deployment web-blue --replicas=0" } },
    { at: 60_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    {
      name: "switches the selector before green has Pods",
      actions: [
        { at: 12_000, kind: "kubectl", payload: { line: PATCH("green") } },
        { at: 15_000, kind: "kubectl", payload: { line: "kubectl scale deployment web-green --replicas=3" } },
        { at: 60_000, kind: "wait" },
      ],
      fails: "never-empty",
      message: "At t=12s service/web had no Ready endpoint",
    },
    {
      name: "selects both versions",
      actions: [
        { at: 12_000, kind: "kubectl", payload: { line: "kubectl scale deployment web-green --replicas=3" } },
        { at: 30_000, kind: "kubectl", payload: { line: `kubectl patch service web --type=json -p '[{"op":"remove","path":"/spec/selector/version"}]'` } },
        { at: 60_000, kind: "wait" },
      ],
      fails: "only-green",
      message: "not green",
    },
    {
      name: "deletes blue after the switch",
      actions: [
        { at: 12_000, kind: "kubectl", payload: { line: "kubectl scale deployment web-green --replicas=3" } },
        { at: 30_000, kind: "kubectl", payload: { line: PATCH("green") } },
        { at: 40_000, kind: "kubectl", payload: { line: "kubectl delete deployment web-blue" } },
        { at: 60_000, kind: "wait" },
      ],
      fails: "blue-kept",
    },
    {
      name: "rolls blue itself out to v2 instead",
      actions: [{ at: 12_000, kind: "kubectl", payload: { line: "kubectl set image deployment/web-blue web=ghcr.io/reconcile/web:v2" } }, { at: 60_000, kind: "wait" }],
      fails: "only-green",
    },
  ],
};
