// kubectl autoscale (kubectl pkg/cmd/autoscale): TYPE NAME | TYPE/NAME | -f, --max (required),
// --min, --cpu (70% → Utilization, 500m → AverageValue, bare 500 → 500m), --memory, the
// deprecated --cpu-percent, --name; creates an autoscaling/v2 HorizontalPodAutoscaler and prints
// "horizontalpodautoscaler.autoscaling/NAME autoscaled" ("created (dry run)" for a client dry
// run). No metric flag: the API server defaults a CPU utilization target of 80%.
import type { ObjectInput } from "../../types";
import { fail, type Command, type KubectlResult } from "../context";
import { flag } from "../flags";
import { resolveObjects } from "../rollout/targets";
import { dryRunOf, emit, explicitNamespace, meta } from "./create-output";
import { parseQuantity } from "../../util/quantity";

const SCALABLE = new Set(["Deployment", "ReplicaSet", "StatefulSet", "ReplicationController"]);

function int32Flag(flags: Parameters<Command["run"]>[2], name: string): number | string {
  const text = flag(flags, name);
  if (text === undefined) return -1;
  if (!/^[+-]?\d+$/.test(text)) return `error: invalid argument "${text}" for "--${name}" flag: strconv.ParseInt: parsing "${text}": invalid syntax\nSee 'kubectl autoscale --help' for usage.\n`;
  return Number(text);
}

/** parseResourceInput: "70%" → utilization 70, "500m"/"1Gi" → average value, a bare number gets m / Mi. */
function resourceTarget(text: string, resource: "cpu" | "memory"): Record<string, unknown> | string {
  if (text.endsWith("%")) {
    const n = text.slice(0, -1);
    if (!/^\d+$/.test(n)) return `invalid ${resource} percentage value: ${text}`;
    const v = Number(n);
    if (v <= 0) return `${resource} utilization percentage must be positive: ${text}`;
    return { type: "Utilization", averageUtilization: v };
  }
  const q = /^\d+$/.test(text) ? `${text}${resource === "cpu" ? "m" : "Mi"}` : text;
  try {
    parseQuantity(q);
  } catch {
    return `invalid ${resource} quantity: ${text}`;
  }
  return { type: "AverageValue", averageValue: q };
}

export const autoscaleCommand: Command = {
  name: "autoscale",
  valueFlags: ["namespace", "filename", "min", "max", "cpu-percent", "cpu", "memory", "name", "dry-run", "output", "field-manager", "template"],
  boolFlags: ["save-config", "record", "allow-missing-template-keys", "show-managed-fields", "recursive"],
  run(ctx, args, flags, stdin): KubectlResult {
    let warn = "";
    const dry = dryRunOf(flags);
    if (dry !== "none" && dry !== "client" && dry !== "server") return fail(dry);
    const min = int32Flag(flags, "min");
    if (typeof min === "string") return fail(min);
    const max = int32Flag(flags, "max");
    if (typeof max === "string") return fail(max);
    const cpuPercent = int32Flag(flags, "cpu-percent");
    if (typeof cpuPercent === "string") return fail(cpuPercent);
    if (flag(flags, "max") === undefined) return fail('error: required flag(s) "max" not set\n');
    if (flag(flags, "cpu-percent") !== undefined) warn += "Flag --cpu-percent has been deprecated, Use --cpu with percentage or resource quantity format (e.g., '70%' for utilization or '500m' for milliCPU).\n";
    if (max < 1) return fail(`${warn}error: --max=MAXPODS is required and must be at least 1, max: ${max}\n`);
    if (max < min) return fail(`${warn}error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}\n`);
    const cpu = flag(flags, "cpu") ?? "";
    const memory = flag(flags, "memory") ?? "";
    if (cpuPercent > 0 && cpu) return fail(`${warn}error: --cpu-percent and --cpu are mutually exclusive\n`);
    const metrics: Record<string, unknown>[] = [];
    if (cpuPercent > 0) metrics.push({ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: cpuPercent } } });
    for (const [text, name] of [[cpu, "cpu"], [memory, "memory"]] as const) {
      if (!text) continue;
      const t = resourceTarget(text, name);
      if (typeof t === "string") return fail(`${warn}error: ${t}\n`);
      metrics.push({ type: "Resource", resource: { name, target: t } });
    }
    if (args.length === 0 && flag(flags, "filename") === undefined) return fail(`${warn}error: you must provide one or more resources by argument or filename (.json|.yaml|.yml)\n`);
    const r = resolveObjects(ctx, args, flags, stdin);
    if (typeof r === "string") return fail(warn + r);
    let stdout = "";
    let stderr = warn + r.stderr;
    for (const t of r.targets) {
      if (!SCALABLE.has(t.obj.kind)) {
        const gv = t.kind.apiVersion.includes("/") ? t.kind.apiVersion : `/${t.kind.apiVersion}`;
        return { stdout, stderr: `${stderr}error: cannot autoscale a ${t.obj.kind}: could not find scale subresource for ${gv}, Resource=${t.kind.resource} in discovery information\n`, exitCode: 1 };
      }
      const name = flag(flags, "name") || t.obj.metadata.name;
      const hpa = {
        kind: "HorizontalPodAutoscaler",
        apiVersion: "autoscaling/v2",
        metadata: meta(name, explicitNamespace(flags)),
        spec: {
          scaleTargetRef: { kind: t.obj.kind, name: t.obj.metadata.name, apiVersion: t.kind.apiVersion },
          ...(min > 0 ? { minReplicas: min } : {}),
          maxReplicas: max,
          ...(metrics.length ? { metrics } : {}),
        },
        status: { desiredReplicas: 0 },
      } as unknown as ObjectInput;
      const out = emit(ctx, flags, hpa, "horizontalpodautoscaler.autoscaling", true, dry === "client" ? "created" : "autoscaled");
      stdout += out.stdout;
      stderr += out.stderr;
      if (out.exitCode !== 0) return { stdout, stderr, exitCode: 1 };
    }
    if (r.targets.length === 0 && !r.stderr) return fail(`${stderr}error: no objects passed to autoscale\n`);
    return { stdout, stderr, exitCode: r.stderr ? 1 : 0 };
  },
};
