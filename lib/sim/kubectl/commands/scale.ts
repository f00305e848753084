// kubectl scale (kubectl pkg/cmd/scale, pkg/scale): set spec.replicas of Deployments,
// ReplicaSets and StatefulSets, with the --current-replicas / --resource-version preconditions.
import { fail, type Command, type KubectlResult } from "../context";
import { flag } from "../flags";
import { formatApiError } from "../errors";
import { nameOf, resolveObjects } from "../rollout/targets";

const SCALABLE = new Set(["Deployment", "ReplicaSet", "StatefulSet", "ReplicationController"]);

function intFlag(text: string | undefined, name: string): number | string | undefined {
  if (text === undefined) return undefined;
  if (!/^[+-]?\d+$/.test(text)) return `error: invalid argument "${text}" for "--${name}" flag: strconv.ParseInt: parsing "${text}": invalid syntax\nSee 'kubectl scale --help' for usage.\n`;
  return Number(text);
}

export const scaleCommand: Command = {
  name: "scale",
  valueFlags: ["namespace", "filename", "selector", "replicas", "current-replicas", "resource-version", "timeout", "output"],
  boolFlags: ["all"],
  run(ctx, args, flags, stdin): KubectlResult {
    const replicas = intFlag(flag(flags, "replicas"), "replicas");
    if (typeof replicas === "string") return fail(replicas);
    const current = intFlag(flag(flags, "current-replicas"), "current-replicas") ?? -1;
    if (typeof current === "string") return fail(current);
    if (replicas === undefined) return fail('error: required flag(s) "replicas" not set\n');
    if (replicas < 0) return fail("error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n");
    if (current < -1) return fail("error: The --current-replicas must specify an integer of -1 or greater\n");
    if (args.length === 0 && flag(flags, "filename") === undefined) return fail("error: you must provide one or more resources by argument or filename (.json|.yaml|.yml)\n");
    const r = resolveObjects(ctx, args, flags, stdin, { all: flags.bools.has("all") });
    if (typeof r === "string") return fail(r);
    const version = flag(flags, "resource-version");
    if (version && r.targets.length > 1) return fail("error: cannot use --resource-version with multiple resources\n");
    let stdout = "";
    for (const t of r.targets) {
      if (!SCALABLE.has(t.obj.kind)) return { stdout, stderr: `${r.stderr}Error from server (NotFound): the server could not find the requested resource\n`, exitCode: 1 };
      const was = Number(t.obj.spec?.replicas ?? 0);
      // ScalePrecondition.validate: "Expected <what> to be <expected>, was <actual>".
      if (current !== -1 && was !== current) return { stdout, stderr: `${r.stderr}error: Expected replicas to be ${current}, was ${was}\n`, exitCode: 1 };
      if (version && t.obj.metadata.resourceVersion !== version) {
        return { stdout, stderr: `${r.stderr}error: Expected resource version to be ${version}, was ${t.obj.metadata.resourceVersion}\n`, exitCode: 1 };
      }
      try {
        ctx.api.patch(t.kind.resource, t.obj.metadata.namespace, t.obj.metadata.name, { spec: { replicas } });
      } catch (e) {
        return { stdout, stderr: r.stderr + formatApiError(e), exitCode: 1 };
      }
      stdout += flag(flags, "output") === "name" ? `${nameOf(t)}\n` : `${nameOf(t)} scaled\n`;
    }
    if (r.targets.length === 0 && !r.stderr) return fail("error: no objects passed to scale\n");
    return { stdout, stderr: r.stderr, exitCode: r.stderr ? 1 : 0 };
  },
};
