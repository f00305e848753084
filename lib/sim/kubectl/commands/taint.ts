// kubectl taint (kubectl pkg/cmd/taint: taint.go, utils.go): add `key[=value]:Effect`, remove
// `key:Effect-` or every taint of a key (`key-`) on nodes named after the resource type, picked
// by -l or --all. New taints go first, then the node's other taints (reorganizeTaints); the node
// prints "tainted", "untainted" or "modified" (--overwrite, or adds and removals together).
// The new list is sent as a merge patch of spec.taints (upstream: a strategic merge patch).
import type { KubeObject } from "../../types";
import { isQualifiedName, isValidLabelValue } from "../../labels/validation";
import { fail, type Command, type KubectlResult } from "../context";
import { flag } from "../flags";
import { formatApiError } from "../errors";
import { resolveKind, unknownResource } from "../resources";
import { dryRunOf } from "./create-output";

interface Taint { key: string; value?: string; effect?: string; timeAdded?: string }

const EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
const USAGE_HINT = "See 'kubectl taint -h' for help and examples\n";

/** core/v1 Taint.ToString. */
function taintString(t: Taint): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key;
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

/** parseTaint: `key=value:effect`, `key:effect` or `key`. */
function parseTaint(spec: string): Taint | string {
  const parts = spec.split(":");
  let key: string;
  let value = "";
  let effect = "";
  if (parts.length === 1) key = parts[0]!;
  else if (parts.length === 2) {
    effect = parts[1]!;
    if (!EFFECTS.includes(effect)) return `invalid taint effect: ${effect}, unsupported taint effect`;
    const kv = parts[0]!.split("=");
    if (kv.length > 2) return `invalid taint spec: ${spec}`;
    key = kv[0]!;
    if (kv.length === 2) {
      value = kv[1]!;
      const errs = isValidLabelValue(value);
      if (errs.length) return `invalid taint spec: ${spec}, ${errs.join("; ")}`;
    }
  } else return `invalid taint spec: ${spec}`;
  const errs = isQualifiedName(key);
  if (errs.length) return `invalid taint spec: ${spec}, ${errs.join("; ")}`;
  return { key, value, effect };
}

/** parseTaints: the taints to add (each with an effect, unique by key and effect) and to remove. */
function parseTaints(specs: string[]): { add: Taint[]; remove: Taint[] } | string {
  const add: Taint[] = [];
  const remove: Taint[] = [];
  for (const spec of specs) {
    const removal = spec.endsWith("-");
    const t = parseTaint(removal ? spec.slice(0, -1) : spec);
    if (typeof t === "string") return t;
    if (removal) {
      remove.push({ key: t.key, effect: t.effect });
      continue;
    }
    if (!t.effect) return `invalid taint spec: ${spec}`;
    // Go's %v of a v1.Taint struct: {Key Value Effect TimeAdded}.
    if (add.some((a) => a.key === t.key && a.effect === t.effect)) return `duplicated taints with the same key and effect: {${t.key} ${t.value} ${t.effect} <nil>}`;
    add.push(t);
  }
  return { add, remove };
}

const sameTaint = (a: Taint, b: Taint) => a.key === b.key && a.effect === b.effect;

/** updateTaints + reorganizeTaints for one node: the new list and the word printed, or the error. */
function reorganize(node: KubeObject, add: Taint[], remove: Taint[], overwrite: boolean): { taints: Taint[]; operation: string } | string[] {
  const old: Taint[] = node.spec?.taints ?? [];
  if (!overwrite) {
    const exists = add.filter((t) => old.some((o) => sameTaint(o, t))).map((t) => t.key);
    if (exists.length) return [`node ${node.metadata.name} already has ${exists.join(",")} taint(s) with same effect(s) and --overwrite is false`];
  }
  const taints: Taint[] = add.map((t) => (t.value ? { key: t.key, value: t.value, effect: t.effect } : { key: t.key, effect: t.effect }));
  for (const o of old) if (!taints.some((t) => sameTaint(t, o))) taints.push(o);
  const added = old.length !== taints.length;
  const errors: string[] = [];
  let deleted = false; // as upstream: whether the last removal found something
  let list = taints;
  for (const r of remove) {
    const next = list.filter((t) => !(t.key === r.key && (!r.effect || t.effect === r.effect)));
    deleted = next.length !== list.length;
    if (!deleted) errors.push(`taint ${JSON.stringify(taintString(r))} not found`);
    list = next;
  }
  if (errors.length) return errors;
  return { taints: list, operation: (added && deleted) || overwrite ? "modified" : added ? "tainted" : "untainted" };
}

export const taintCommand: Command = {
  name: "taint",
  valueFlags: ["selector", "dry-run", "field-manager", "validate"],
  boolFlags: ["overwrite", "all"],
  run(ctx, args, flags): KubectlResult {
    const dry = dryRunOf(flags);
    if (dry !== "none" && dry !== "client" && dry !== "server") return fail(dry);
    const resources: string[] = [];
    const specs: string[] = [];
    for (const a of args) {
      const isTaint = a.includes("=") || a.includes(":") || a.endsWith("-");
      if (isTaint) specs.push(a);
      else if (specs.length) return fail(`error: all resources must be specified before taint changes: ${a}\n`);
      else resources.push(a);
    }
    if (resources.length < 1) return fail("error: one or more resources must be specified as <resource> <name>\n");
    if (specs.length < 1) return fail("error: at least one taint update is required\n");
    const parsed = parseTaints(specs);
    if (typeof parsed === "string") return fail(`error: ${parsed}\n${USAGE_HINT}`);
    const type = resources[0]!.toLowerCase();
    const kind = resolveKind(ctx.kinds, type);
    if (!kind) return fail(unknownResource(type));
    if (kind.kind !== "Node") return fail(`error: invalid resource type ${type}, only node types are supported\n`);
    const conflicts = parsed.add.flatMap((a) => parsed.remove.filter((r) => r.key === a.key && (!r.effect || r.effect === a.effect)).map((r) => `{"${r.key}":"${r.effect ?? ""}"}`));
    if (conflicts.length) return fail(`error: can not both modify and remove the following taint(s) in the same command: ${conflicts.join(", ")}\n`);
    const selector = flag(flags, "selector");
    const all = flags.bools.has("all");
    if (all && selector !== undefined) return fail("error: setting 'all' parameter with a non empty selector is prohibited\n");
    if (!all && selector === undefined && resources.length < 2) return fail("error: at least one resource name must be specified since 'all' parameter is not set\n");

    const nodes: KubeObject[] = [];
    let stderr = "";
    if (all || selector !== undefined) {
      try {
        nodes.push(...ctx.api.list("nodes", undefined, { labelSelector: selector }).items);
      } catch (e) {
        return fail(formatApiError(e));
      }
    } else {
      for (const name of resources.slice(1)) {
        try {
          nodes.push(ctx.api.get("nodes", undefined, name));
        } catch (e) {
          stderr += formatApiError(e);
        }
      }
    }
    const suffix = dry === "client" ? " (dry run)" : dry === "server" ? " (server dry run)" : "";
    const errors: string[] = [];
    let stdout = "";
    for (const node of nodes) {
      const r = reorganize(node, parsed.add, parsed.remove, flags.bools.has("overwrite"));
      if (Array.isArray(r)) {
        errors.push(...r);
        continue;
      }
      if (dry !== "client") {
        try {
          ctx.api.patch("nodes", undefined, node.metadata.name, { spec: { taints: r.taints.length ? r.taints : null } }, { dryRun: dry === "server" });
        } catch (e) {
          stderr += formatApiError(e);
          continue;
        }
      }
      stdout += `node/${node.metadata.name} ${r.operation}${suffix}\n`;
    }
    // checkErr: one error prints with "error: ", several each on a line of their own.
    if (errors.length === 1) stderr += `error: ${errors[0]}\n`;
    else stderr += errors.map((e) => `${e}\n`).join("");
    return { stdout, stderr, exitCode: stderr ? 1 : 0 };
  },
};
