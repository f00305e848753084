// kubectl set resources (kubectl pkg/cmd/set/set_resources.go): sets requests and limits on the
// containers of a pod template (all of them, or those whose name matches -c, a shell glob).
// Values are parsed as resource.Quantity and stored in canonical form, as the API server does.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { fail, type Flags, type KubectlContext, type KubectlResult } from "../context";
import { flag } from "../flags";
import { parseQuantity } from "../../util/quantity";
import { editEach } from "./set";

/** populateResourceListV1: "cpu=200m,memory=512Mi" → canonical quantities; "" → none. */
export function parseResourceList(spec: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  if (spec === "") return out;
  for (const statement of spec.split(",")) {
    const parts = statement.split("=");
    if (parts.length !== 2) return `Invalid argument syntax ${statement}, expected <resource>=<value>`;
    try {
      out[parts[0]!] = parseQuantity(parts[1]!).toString();
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
  return out;
}

/** filepath.Match for container names: "*" any run, "?" one character, the rest literal. */
export function globMatch(pattern: string, name: string): boolean {
  const re = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${re}$`).test(name);
}

export function setResources(ctx: KubectlContext, args: string[], flags: Flags, stdin: string | undefined): KubectlResult {
  // Upstream resolves the objects (Complete) before it checks the flags (Validate).
  if (args.length === 0 && flag(flags, "filename") === undefined) return fail("error: you must provide one or more resources by argument or filename (.json|.yaml|.yml)\n");
  if (flags.bools.has("all") && flag(flags, "selector")) return fail("error: cannot set --all and --selector at the same time\n");
  const limitsText = flag(flags, "limits") ?? "";
  const requestsText = flag(flags, "requests") ?? "";
  if (limitsText === "" && requestsText === "") return fail("error: you must specify an update to requests or limits (in the form of --requests/--limits)\n");
  const limits = parseResourceList(limitsText);
  if (typeof limits === "string") return fail(`error: ${limits}\n`);
  const requests = parseResourceList(requestsText);
  if (typeof requests === "string") return fail(`error: ${requests}\n`);
  const selector = flag(flags, "containers") ?? "*";
  return editEach(ctx, args, flags, stdin, (spec, errors) => {
    const containers = ((spec.containers ?? []) as any[]).filter((c) => globMatch(selector, c.name));
    if (containers.length === 0) {
      errors.push(`error: unable to find container named ${selector}`);
      return;
    }
    for (const c of containers) {
      c.resources ??= {};
      if (limitsText !== "") c.resources.limits = { ...c.resources.limits, ...limits };
      if (requestsText !== "") c.resources.requests = { ...c.resources.requests, ...requests };
    }
  }, "resource requirements updated");
}
