// kubectl delete <kind> <name>... | -l selector | --all | -f -. kubectl 1.34 prints
// `pod "web" deleted from default namespace` for namespaced objects (`force deleted` with
// --grace-period=0), `node "x" deleted` for cluster-scoped ones; the kind is printed as
// "deployment.apps" (delete.go PrintObj). Nothing matched: "No resources found" on stdout.
import type { KindSpec, KubeObject } from "../../types";
import { fail, type Command, type KubectlContext, type KubectlResult } from "../context";
import { flag, namespaceOf } from "../flags";
import { formatApiError } from "../errors";
import { resolveTargets } from "./get";
import { kindRef } from "../resources";
import { readManifests } from "./manifests";

function deleteOne(ctx: KubectlContext, kind: KindSpec, ns: string | undefined, name: string, grace: number | undefined): string {
  ctx.api.delete(kind.resource, ns, name, grace === undefined ? undefined : { gracePeriodSeconds: grace });
  // kubectl says "force deleted" whenever the grace period is 0; the kind is "kind[.group]".
  const verb = grace === 0 ? "force deleted" : "deleted";
  return kind.namespaced ? `${kindRef(kind)} "${name}" ${verb} from ${ns} namespace\n` : `${kindRef(kind)} "${name}" ${verb}\n`;
}

export const deleteCommand: Command = {
  name: "delete",
  valueFlags: ["namespace", "selector", "filename", "grace-period"],
  boolFlags: ["all", "all-namespaces", "force", "ignore-not-found", "wait"],
  run(ctx, args, flags, stdin): KubectlResult {
    const ns = namespaceOf(flags);
    const force = flags.bools.has("force");
    const graceText = flag(flags, "grace-period");
    const grace = graceText === undefined ? (force ? 0 : undefined) : Number(graceText);
    if (grace !== undefined && !Number.isInteger(grace)) return fail(`error: invalid argument "${graceText}" for "--grace-period" flag: strconv.ParseInt: parsing "${graceText}": invalid syntax\n`);
    let stdout = "";
    // kubectl warns on stderr before force-deleting.
    let stderr = force && grace === 0 ? "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n" : "";
    let failed = false;
    const items: { kind: KindSpec; ns: string | undefined; name: string }[] = [];
    if (flag(flags, "filename") !== undefined) {
      const read = readManifests(ctx, stdin);
      if (typeof read === "string") return fail(read);
      for (const m of read) items.push({ kind: m.kind, ns: m.kind.namespaced ? m.obj.metadata?.namespace ?? ns : undefined, name: m.obj.metadata?.name ?? "" });
    } else {
      const targets = resolveTargets(ctx, args);
      if (typeof targets === "string") return fail(targets.replace("to get", "to delete"));
      for (const t of targets) {
        const tns = t.kind.namespaced ? ns : undefined;
        if (t.names.length > 0) {
          for (const name of t.names) items.push({ kind: t.kind, ns: tns, name });
          continue;
        }
        const selector = flag(flags, "selector");
        if (selector === undefined && !flags.bools.has("all")) {
          return fail("error: resource(s) were provided, but no name was specified\n");
        }
        try {
          const list: KubeObject[] = ctx.api.list(t.kind.resource, tns, { labelSelector: selector }).items;
          for (const o of list) items.push({ kind: t.kind, ns: tns, name: o.metadata.name });
        } catch (e) {
          return fail(formatApiError(e));
        }
      }
      if (items.length === 0) return { stdout: "No resources found\n", stderr: "", exitCode: 0 };
    }
    for (const it of items) {
      try {
        stdout += deleteOne(ctx, it.kind, it.ns, it.name, grace);
      } catch (e) {
        if (flags.bools.has("ignore-not-found") && (e as { reason?: string }).reason === "NotFound") continue;
        stderr += formatApiError(e);
        failed = true;
      }
    }
    return { stdout, stderr, exitCode: failed ? 1 : 0 };
  },
};
