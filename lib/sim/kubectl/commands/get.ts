// kubectl get: kinds by any name ("po", "deploy,svc", "pod/web"), names, -n/-A, -l,
// --field-selector, --show-labels, -L/--label-columns, --sort-by, --no-headers,
// "all" (the discovery-ordered category), -o wide|name|yaml|json|jsonpath=…|custom-columns=….
import type { KindSpec, KubeObject } from "../../types";
import { fail, ok, type Command, type KubectlContext } from "../context";
import { flag, namespaceOf } from "../flags";
import { formatApiError } from "../errors";
import { deprecationWarning, resolveKind, unknownResource } from "../resources";
import { sortObjects } from "../sortby";
import { JsonPathError, parseJsonPath, runJsonPath } from "../jsonpath";
import { customColumnRows, parseCustomColumns, type Column } from "../customcolumns";
import { formatTable } from "../tabwriter";
import { asPrintable, printJson, printName, printTable, printYaml } from "../printers";
import { isWatch, watchInitial, WATCH_FLAGS } from "../watch";

interface Target { kind: KindSpec; names: string[] }

// The "all" category in API discovery order: the core group, then apps, autoscaling and
// batch, each group's resources alphabetical (kinds the simulator lacks are skipped).
const ALL = ["pods", "replicationcontrollers", "services", "daemonsets", "deployments", "replicasets", "statefulsets", "horizontalpodautoscalers", "cronjobs", "jobs"];

/** "deploy,svc web" or "pod/web svc/x": which kinds and names the arguments ask for. */
export function resolveTargets(ctx: KubectlContext, args: string[]): Target[] | string {
  if (args.length === 0) return "error: you must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n";
  const targets: Target[] = [];
  if (args.some((a) => a.includes("/"))) {
    for (const a of args) {
      const slash = a.indexOf("/");
      if (slash < 0) return "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n";
      const kind = resolveKind(ctx.kinds, a.slice(0, slash));
      if (!kind) return unknownResource(a.slice(0, slash));
      const t = targets.find((x) => x.kind === kind);
      if (t) t.names.push(a.slice(slash + 1));
      else targets.push({ kind, names: [a.slice(slash + 1)] });
    }
    return targets;
  }
  const [kinds, ...names] = args as [string, ...string[]];
  for (const k of kinds.split(",")) {
    if (k === "all") {
      for (const r of ALL) {
        const kind = ctx.kinds.find((x) => x.resource === r);
        if (kind && !targets.some((t) => t.kind === kind)) targets.push({ kind, names });
      }
      continue;
    }
    const kind = resolveKind(ctx.kinds, k);
    if (!kind) return unknownResource(k);
    if (!targets.some((t) => t.kind === kind)) targets.push({ kind, names });
  }
  return targets;
}

export const getCommand: Command = {
  name: "get",
  valueFlags: ["namespace", "selector", "output", "field-selector", "label-columns", "sort-by"],
  boolFlags: ["all-namespaces", "show-labels", "no-headers", "ignore-not-found", ...WATCH_FLAGS],
  run(ctx, args, flags) {
    // -w: the initial part of the watch (a streaming terminal follows it with watch.ts GetWatch).
    if (isWatch(flags)) return watchInitial(ctx, args, flags);
    const targets = resolveTargets(ctx, args);
    if (typeof targets === "string") return fail(targets);
    const all = flags.bools.has("all-namespaces");
    const ns = namespaceOf(flags);
    const output = flag(flags, "output") ?? "";
    const eq = output.indexOf("=");
    const format = eq < 0 ? output : output.slice(0, eq);
    const template = eq < 0 ? undefined : output.slice(eq + 1);
    let columns: Column[] | undefined;
    let nodes: ReturnType<typeof parseJsonPath> | undefined;
    if (format === "jsonpath") {
      if (!template) return fail("error: template format specified but no template given\n");
      try { nodes = parseJsonPath(template); } catch (e) {
        return fail(`error: error parsing jsonpath ${template}, ${e instanceof JsonPathError ? e.message : String(e)}\n`);
      }
    } else if (format === "custom-columns") {
      const parsed = parseCustomColumns(template ?? "");
      if (typeof parsed === "string") return fail(parsed);
      columns = parsed;
    } else if (!["", "wide", "name", "yaml", "json"].includes(output)) {
      return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n`);
    }
    let stdout = "";
    let stderr = [...new Set(targets.map((t) => deprecationWarning(t.kind)))].join("");
    let failed = false;
    const printed: { kind: KindSpec; objs: KubeObject[] }[] = [];
    for (const t of targets) {
      const namespace = t.kind.namespaced ? (all ? undefined : ns) : undefined;
      const objs: KubeObject[] = [];
      try {
        if (t.names.length > 0) {
          for (const name of t.names) {
            try {
              objs.push(ctx.api.get(t.kind.resource, namespace, name));
            } catch (e) {
              if (!flags.bools.has("ignore-not-found")) { stderr += formatApiError(e); failed = true; }
            }
          }
        } else {
          const labelSelector = flag(flags, "selector");
          const fieldSelector = flag(flags, "field-selector");
          objs.push(...ctx.api.list(t.kind.resource, namespace, { labelSelector, fieldSelector }).items);
        }
      } catch (e) {
        return { stdout, stderr: stderr + formatApiError(e), exitCode: 1 };
      }
      const sortBy = flag(flags, "sort-by");
      if (sortBy && objs.length > 0) {
        const sorted = sortObjects(objs, sortBy);
        if (typeof sorted === "string") return { stdout, stderr: stderr + sorted, exitCode: 1 };
        objs.splice(0, objs.length, ...sorted);
      }
      if (objs.length > 0) printed.push({ kind: t.kind, objs });
    }
    const single = targets.length === 1 && (targets[0]?.names.length ?? 0) === 1;
    if (output === "yaml" || output === "json") {
      const objs = printed.flatMap((p) => p.objs);
      if (objs.length > 0 || !single) {
        const v = asPrintable(objs, single);
        stdout += output === "json" ? printJson(v) : printYaml(v);
      }
    } else if (nodes) {
      stdout += runJsonPath(nodes, asPrintable(printed.flatMap((p) => p.objs), single));
    } else if (columns) {
      stdout += formatTable(customColumnRows(columns, printed.flatMap((p) => p.objs), flags.bools.has("no-headers")));
    } else if (output === "name") {
      for (const p of printed) for (const o of p.objs) stdout += printName(p.kind, o);
    } else {
      const opts = {
        wide: output === "wide",
        withNamespace: all,
        showLabels: flags.bools.has("show-labels"),
        noHeaders: flags.bools.has("no-headers"),
        qualifyNames: targets.length > 1 || args[0] === "all",
        // -L is a string slice: repeatable and comma-separated.
        labelColumns: (flags.values.get("label-columns") ?? []).flatMap((v) => v.split(",")).filter((v) => v !== ""),
      };
      stdout += printed.map((p) => printTable(p.kind, p.objs, ctx.now(), opts)).join("\n");
    }
    const anyNames = targets.some((t) => t.names.length > 0);
    // jsonpath and custom-columns print through kubectl's generic path, which says nothing when empty.
    if (printed.length === 0 && !anyNames && ["", "wide", "name"].includes(output)) {
      const scoped = !all && targets.every((t) => t.kind.namespaced);
      stderr += scoped ? `No resources found in ${ns} namespace.\n` : "No resources found\n";
    }
    return { stdout, stderr, exitCode: failed ? 1 : 0 };
  },
};

export { ok };
