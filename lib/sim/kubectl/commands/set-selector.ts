// kubectl set selector (TYPE NAME | TYPE/NAME | -f) EXPRESSIONS (kubectl pkg/cmd/set/set_selector.go):
// replaces a Service's spec.selector with the equality terms of the last argument. Set-based
// terms parse but a Service cannot hold them; other kinds are refused. Unlike set image/env it
// patches (and reports) even when nothing changes, as upstream does.
import type { KubeObject } from "../../types";
import { fail, type Flags, type KubectlContext, type KubectlResult } from "../context";
import { flag } from "../flags";
import { formatApiError } from "../errors";
import { parseSelector } from "../../labels/parser";
import { printJson, printYaml } from "../printers";
import { nameOf, resolveObjects } from "../rollout/targets";
import { dryRunOf } from "./create-output";

const OPERATORS: Record<string, string> = { in: "In", notin: "NotIn", exists: "Exists", "!": "DoesNotExist" };

/** metav1.ParseToLabelSelector: matchLabels, the set-based terms as Go prints them, or the error. */
export function parseToLabelSelector(text: string): { matchLabels: Record<string, string>; expressions: string[] } | string {
  let requirements;
  try {
    requirements = parseSelector(text).requirements;
  } catch (e) {
    return `couldn't parse the selector string "${text}": ${e instanceof Error ? e.message : String(e)}`;
  }
  const matchLabels: Record<string, string> = {};
  const expressions: string[] = [];
  for (const r of requirements) {
    if (r.operator === "=" || r.operator === "==") matchLabels[r.key] = r.values[0] ?? "";
    else if (r.operator === "gt" || r.operator === "lt") return `"${r.operator}" isn't supported in label selectors`;
    else if (OPERATORS[r.operator]) expressions.push(`{${r.key} ${OPERATORS[r.operator]} [${r.values.join(" ")}]}`);
    else return `"${r.operator}" is not a valid label selector operator`;
  }
  return { matchLabels, expressions };
}

export function setSelector(ctx: KubectlContext, args: string[], flags: Flags, stdin: string | undefined): KubectlResult {
  const dry = dryRunOf(flags);
  if (dry !== "none" && dry !== "client" && dry !== "server") return fail(dry);
  const output = flag(flags, "output");
  if (output !== undefined && !["yaml", "json", "name"].includes(output)) {
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,yaml\n`);
  }
  const text = args.at(-1);
  const selector = text === undefined ? undefined : parseToLabelSelector(text);
  if (typeof selector === "string") return fail(`error: ${selector}\n`);
  if (!selector) return fail("error: one selector is required\n");
  const resources = args.slice(0, -1);
  if (resources.length === 0 && flag(flags, "filename") === undefined) return fail("error: you must provide one or more resources by argument or filename (.json|.yaml|.yml)\n");
  const r = resolveObjects(ctx, resources, flags, stdin, { all: flags.bools.has("all") });
  if (typeof r === "string") return fail(r);
  const suffix = dry === "client" ? " (dry run)" : dry === "server" ? " (server dry run)" : "";
  const print = (obj: KubeObject, ref: string) =>
    output === "yaml" ? printYaml(obj) : output === "json" ? printJson(obj) : output === "name" ? `${ref}\n` : `${ref} selector updated${suffix}\n`;
  let stdout = "";
  // The first failure stops the walk (the builder's Visit returns it).
  if (r.stderr) return fail(r.stderr, stdout);
  for (const t of r.targets) {
    if (t.obj.kind !== "Service") return fail("error: setting a selector is only supported for Services\n", stdout);
    if (selector.expressions.length) return fail(`error: match expression [${selector.expressions.join(" ")}] not supported on this object\n`, stdout);
    const next = structuredClone(t.obj);
    next.spec = { ...next.spec };
    if (Object.keys(selector.matchLabels).length) next.spec.selector = { ...selector.matchLabels };
    else delete next.spec.selector;
    if (dry === "client") {
      stdout += print(next, nameOf(t));
      continue;
    }
    try {
      stdout += print(dry === "server" ? next : ctx.api.update(next), nameOf(t));
    } catch (e) {
      return fail(formatApiError(e), stdout);
    }
  }
  return { stdout, stderr: "", exitCode: 0 };
}
