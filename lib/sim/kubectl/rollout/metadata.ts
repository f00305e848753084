// kubectl label / annotate (kubectl pkg/cmd/label, pkg/cmd/annotate): add, change (with
// --overwrite) or remove (`key-`) labels/annotations, sent as a JSON merge patch of metadata.
import type { KubeObject } from "../../types";
import { fail, type Flags, type KubectlContext, type KubectlResult } from "../context";
import { flag } from "../flags";
import { formatApiError } from "../errors";
import { nameOf, resolveObjects, resourcesAndPairs } from "./targets";

export type Field = "labels" | "annotations";

export interface Pairs { set: Record<string, string>; remove: string[] }

export function runMetadataCommand(
  ctx: KubectlContext, args: string[], flags: Flags, stdin: string | undefined,
  field: Field,
  parse: (pairs: string[]) => Pairs | string,
  /** Error text when --overwrite is off and keys already exist, or undefined. */
  conflicts: (current: Record<string, string>, set: Record<string, string>) => string | undefined,
  message: (before: KubeObject, after: Record<string, string>) => string,
): KubectlResult {
  const noun = field === "labels" ? "label" : "annotation";
  const split = resourcesAndPairs(args, noun);
  if (typeof split === "string") return fail(split);
  if (flags.bools.has("all") && flag(flags, "selector") !== undefined) return fail("error: cannot set --all and --selector at the same time\n");
  if (split.resources.length === 0 && flag(flags, "filename") === undefined) return fail("error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n");
  const pairs = parse(split.pairs);
  if (typeof pairs === "string") return fail(pairs);
  const list = flags.bools.has("list");
  if (!list && Object.keys(pairs.set).length === 0 && pairs.remove.length === 0) return fail(`error: at least one ${noun} update is required\n`);
  const r = resolveObjects(ctx, split.resources, flags, stdin, { all: flags.bools.has("all") });
  if (typeof r === "string") return fail(r);
  const overwrite = flags.bools.has("overwrite");
  let stdout = "";
  for (const t of r.targets) {
    const current = { ...(t.obj.metadata[field] ?? {}) };
    if (list) {
      for (const [k, v] of Object.entries(current)) stdout += `${k}=${v}\n`;
      continue;
    }
    if (field === "labels") for (const k of pairs.remove) if (!(k in current)) stdout += `label ${JSON.stringify(k)} not found.\n`;
    if (!overwrite) {
      const err = conflicts(current, pairs.set);
      if (err) return { stdout, stderr: `${r.stderr}error: ${err}\n`, exitCode: 1 };
    }
    const next = { ...current, ...pairs.set };
    for (const k of pairs.remove) delete next[k];
    const patch: Record<string, string | null> = {};
    for (const k of Object.keys(current)) if (!(k in next)) patch[k] = null;
    for (const [k, v] of Object.entries(next)) if (current[k] !== v) patch[k] = v;
    try {
      if (Object.keys(patch).length > 0) ctx.api.patch(t.kind.resource, t.obj.metadata.namespace, t.obj.metadata.name, { metadata: { [field]: patch } });
    } catch (e) {
      return { stdout, stderr: r.stderr + formatApiError(e), exitCode: 1 };
    }
    stdout += `${nameOf(t)} ${message(t.obj, next)}\n`;
  }
  return { stdout, stderr: r.stderr, exitCode: r.stderr ? 1 : 0 };
}
