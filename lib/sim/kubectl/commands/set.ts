// kubectl set image | set env (kubectl pkg/cmd/set): change containers of a pod or of a
// workload's pod template. No output for an object that does not change, as upstream skips
// empty patches.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from "../../types";
import { fail, type Command, type Flags, type KubectlContext, type KubectlResult } from "../context";
import { flag } from "../flags";
import { formatApiError } from "../errors";
import { nameOf, resolveObjects, resourcesAndPairs } from "../rollout/targets";
import { printJson, printYaml } from "../printers";
import { dryRunOf } from "./create-output";
import { setResources } from "./set-resources";
import { setSelector } from "./set-selector";

/** The pod spec to edit in a copy of `obj` (UpdatePodSpecForObject), or undefined. */
export function podSpecOf(obj: KubeObject): any | undefined {
  switch (obj.kind) {
    case "Pod":
      return obj.spec;
    case "CronJob":
      return obj.spec?.jobTemplate?.spec?.template?.spec;
    case "Deployment": case "ReplicaSet": case "StatefulSet": case "DaemonSet": case "ReplicationController": case "Job":
      return obj.spec?.template?.spec;
    default:
      return undefined;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies `edit` to a copy of each object and writes the ones that changed. With --dry-run=client
 * the edited copy is printed instead of written; -o yaml|json|name prints the object (PrintFlags).
 */
export function editEach(ctx: KubectlContext, args: string[], flags: Flags, stdin: string | undefined, edit: (spec: any, errors: string[]) => void, done: string): KubectlResult {
  const dry = dryRunOf(flags);
  if (dry !== "none" && dry !== "client" && dry !== "server") return fail(dry);
  const output = flag(flags, "output");
  if (output !== undefined && !["yaml", "json", "name"].includes(output)) {
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,yaml\n`);
  }
  const suffix = dry === "client" ? " (dry run)" : dry === "server" ? " (server dry run)" : "";
  const print = (obj: KubeObject, ref: string) =>
    output === "yaml" ? printYaml(obj) : output === "json" ? printJson(obj) : output === "name" ? `${ref}\n` : `${ref} ${done}${suffix}\n`;
  const r = resolveObjects(ctx, args, flags, stdin, { all: flags.bools.has("all") });
  if (typeof r === "string") return fail(r);
  let stdout = "";
  let stderr = r.stderr;
  const errors: string[] = [];
  for (const t of r.targets) {
    const next = structuredClone(t.obj);
    const spec = podSpecOf(next);
    if (!spec) {
      errors.push(`error: ${nameOf(t)} the object is not a pod or does not have a pod template: *v1.${t.obj.kind}`);
      continue;
    }
    edit(spec, errors);
    if (same(next, t.obj)) continue;
    if (dry === "client") {
      stdout += print(next, nameOf(t));
      continue;
    }
    try {
      const written = dry === "server" ? next : ctx.api.update(next);
      stdout += print(written, nameOf(t));
    } catch (e) {
      stderr += formatApiError(e);
    }
  }
  const uniq = [...new Set(errors)];
  if (uniq.length) stderr += `${uniq.length === 1 ? uniq[0] : `[${uniq.join(", ")}]`}\n`;
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

function setImage(ctx: KubectlContext, args: string[], flags: Flags, stdin: string | undefined): KubectlResult {
  const resources = args.filter((a) => !a.includes("="));
  const images = args.filter((a) => a.includes("="));
  if (resources.length === 0 && flag(flags, "filename") === undefined) return fail("error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n");
  if (images.length === 0) return fail("error: at least one image update is required\n");
  const pairs = images.map((i) => [i.slice(0, i.indexOf("=")), i.slice(i.indexOf("=") + 1)] as const);
  return editEach(ctx, resources, flags, stdin, (spec, errors) => {
    for (const [name, image] of pairs) {
      let found = false;
      for (const list of [spec.initContainers, spec.containers, spec.ephemeralContainers]) {
        for (const c of (list ?? []) as any[]) {
          if (name === "*" || c.name === name) {
            found = true;
            c.image = image;
          }
        }
      }
      if (!found) errors.push(`error: unable to find container named ${JSON.stringify(name)}`);
    }
  }, "image updated");
}

function setEnv(ctx: KubectlContext, args: string[], flags: Flags, stdin: string | undefined): KubectlResult {
  const split = resourcesAndPairs(args, "env");
  if (typeof split === "string") return fail(split);
  const pairs = [...split.pairs, ...(flags.values.get("env") ?? [])];
  if (split.resources.length === 0 && flag(flags, "filename") === undefined) return fail("error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n");
  const set: [string, string][] = [];
  const remove: string[] = [];
  for (const p of pairs) {
    const eq = p.indexOf("=");
    if (eq > 0) set.push([p.slice(0, eq), p.slice(eq + 1)]);
    else if (p.endsWith("-") && eq < 0) remove.push(p.slice(0, -1));
    else return fail(`error: invalid key value pair: ${p}\n`);
  }
  const list = flags.bools.has("list");
  if (!list && set.length === 0 && remove.length === 0) return fail("error: at least one environment variable must be provided\n");
  const containers = flag(flags, "containers") ?? "*";
  const overwrite = flag(flags, "overwrite") !== "false";
  if (list) return listEnv(ctx, split.resources, flags, stdin, containers);
  return editEach(ctx, split.resources, flags, stdin, (spec) => {
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])] as any[]) {
      if (containers !== "*" && c.name !== containers) continue;
      let env: any[] = c.env ?? [];
      for (const [k, v] of set) {
        const existing = env.find((e) => e.name === k);
        if (existing) {
          if (overwrite) {
            existing.value = v;
            delete existing.valueFrom;
          }
        } else env = [...env, { name: k, value: v }];
      }
      env = env.filter((e) => !remove.includes(e.name));
      if (env.length > 0) c.env = env;
      else delete c.env;
    }
  }, "env updated");
}

function listEnv(ctx: KubectlContext, resources: string[], flags: Flags, stdin: string | undefined, containers: string): KubectlResult {
  const r = resolveObjects(ctx, resources, flags, stdin);
  if (typeof r === "string") return fail(r);
  let stdout = "";
  for (const t of r.targets) {
    const spec = podSpecOf(t.obj) ?? {};
    for (const c of (spec.containers ?? []) as any[]) {
      if (containers !== "*" && c.name !== containers) continue;
      stdout += `# ${t.obj.kind.toLowerCase()}s/${t.obj.metadata.name}, container ${c.name}\n`;
      for (const e of (c.env ?? []) as any[]) {
        if (e.valueFrom) {
          const ref = e.valueFrom.secretKeyRef ? `secret ${e.valueFrom.secretKeyRef.name}, key ${e.valueFrom.secretKeyRef.key}` : e.valueFrom.configMapKeyRef ? `configmap ${e.valueFrom.configMapKeyRef.name}, key ${e.valueFrom.configMapKeyRef.key}` : e.valueFrom.fieldRef ? `field path ${e.valueFrom.fieldRef.fieldPath}` : "";
          stdout += `# ${e.name} from ${ref}\n`;
        } else stdout += `${e.name}=${e.value ?? ""}\n`;
      }
    }
  }
  return { stdout, stderr: r.stderr, exitCode: r.stderr ? 1 : 0 };
}

/** Flags only some subcommands have (the rest are shared: -n, -f, -l, -o, --all, --dry-run). */
const OWN_FLAGS: Record<string, readonly string[]> = {
  image: [],
  env: ["containers", "env", "list", "overwrite"],
  resources: ["containers", "limits", "requests"],
  selector: [],
};
const ALL_OWN = [...new Set(Object.values(OWN_FLAGS).flat())];

export const setCommand: Command = {
  name: "set",
  valueFlags: ["namespace", "filename", "selector", "containers", "env", "output", "limits", "requests", "dry-run"],
  boolFlags: ["all", "list", "overwrite"],
  shorts: { c: "containers" },
  run(ctx, allArgs, flags, stdin) {
    const [sub, ...args] = allArgs;
    const own = OWN_FLAGS[sub ?? ""];
    if (own) {
      const foreign = [...flags.values.keys(), ...flags.bools].find((k) => ALL_OWN.includes(k) && !own.includes(k));
      if (foreign) return fail(`error: unknown flag: --${foreign}\nSee 'kubectl set ${sub} --help' for usage.\n`);
    }
    if (sub === "image") return setImage(ctx, args, flags, stdin);
    if (sub === "env") return setEnv(ctx, args, flags, stdin);
    if (sub === "resources") return setResources(ctx, args, flags, stdin);
    if (sub === "selector") return setSelector(ctx, args, flags, stdin);
    if (sub === undefined) return fail("Configure application resources.\n\n These commands help you make changes to existing application resources.\n\nAvailable Commands:\n  env              Update environment variables on a pod template\n  image            Update the image of a pod template\n  resources        Update resource requests/limits on objects with pod templates\n  selector         Set the selector on a resource\n  serviceaccount   Update the service account of a resource\n  subject          Update the user, group, or service account in a role binding or cluster role binding\n\nUsage:\n  kubectl set SUBCOMMAND [options]\n\nUse \"kubectl set <command> --help\" for more information about a given command.\nUse \"kubectl options\" for a list of global command-line options (applies to all commands).\n");
    return fail(`error: unknown command "${sub}"\nSee 'kubectl set -h' for help and examples\n`);
  },
};
