// The objects a workload command (rollout, scale, set, label, annotate, describe) acts on, as
// kubectl's resource builder resolves them: "TYPE NAME…", "TYPE/NAME…", "TYPE -l sel",
// "TYPE --all", or -f manifests. Lookup failures are collected, not fatal (ContinueOnError),
// so `kubectl scale deploy a b` still scales `a` when `b` is missing.
import type { KindSpec, KubeObject } from "../../types";
import type { Flags, KubectlContext } from "../context";
import { flag, namespaceOf } from "../flags";
import { formatApiError } from "../errors";
import { kindRef } from "../resources";
import { resolveTargets } from "../commands/get";
import { readManifests } from "../commands/manifests";

export interface Target {
  kind: KindSpec;
  obj: KubeObject;
}

export interface Resolved {
  targets: Target[];
  /** kubectl's error lines for objects that could not be read (already "\n"-terminated). */
  stderr: string;
}

export { namespaceOf };

/** "deployment.apps/web" — the name printer's prefix. */
export const nameOf = (t: Target) => `${kindRef(t.kind)}/${t.obj.metadata.name}`;

/** "deployments.apps" — the resource string in patch errors. */
export const resourceString = (k: KindSpec) => (k.group ? `${k.resource}.${k.group}` : k.resource);

/** Resolves args (and -f stdin) to live objects, or returns kubectl's error text. */
export function resolveObjects(ctx: KubectlContext, args: readonly string[], flags: Flags, stdin: string | undefined, opts: { all?: boolean } = {}): Resolved | string {
  const ns = namespaceOf(flags);
  const refs: { kind: KindSpec; name: string }[] = [];
  const out: Resolved = { targets: [], stderr: "" };
  if (flag(flags, "filename") !== undefined) {
    const read = readManifests(ctx, stdin);
    if (typeof read === "string") return read;
    for (const m of read) refs.push({ kind: m.kind, name: m.obj.metadata?.name ?? "" });
  } else {
    const resolved = resolveTargets(ctx, [...args]);
    if (typeof resolved === "string") return resolved;
    const selector = flag(flags, "selector");
    for (const t of resolved) {
      if (t.names.length > 0) {
        if (selector !== undefined) return "error: name cannot be provided when a selector is specified\n";
        for (const name of t.names) refs.push({ kind: t.kind, name });
        continue;
      }
      if (selector === undefined && !opts.all) return "error: resource(s) were provided, but no name was specified\n";
      try {
        for (const obj of ctx.api.list(t.kind.resource, t.kind.namespaced ? ns : undefined, { labelSelector: selector }).items) out.targets.push({ kind: t.kind, obj });
      } catch (e) {
        return formatApiError(e);
      }
    }
  }
  for (const r of refs) {
    try {
      out.targets.push({ kind: r.kind, obj: ctx.api.get(r.kind.resource, r.kind.namespaced ? ns : undefined, r.name) });
    } catch (e) {
      out.stderr += formatApiError(e);
    }
  }
  return out;
}

/** Splits "TYPE NAME k=v k2-" into resource args and key=value/key- pairs (GetResourcesAndPairs). */
export function resourcesAndPairs(args: readonly string[], pairType: string): { resources: string[]; pairs: string[] } | string {
  const resources: string[] = [];
  const pairs: string[] = [];
  let first = true;
  for (const s of args) {
    const isPair = s.includes("=") || s.endsWith("-");
    if (isPair) {
      first = false;
      pairs.push(s);
    } else {
      if (!first) return `error: all resources must be specified before ${pairType} changes: ${s}\n`;
      resources.push(s);
    }
  }
  return { resources, pairs };
}
