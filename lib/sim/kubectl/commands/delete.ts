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
import { invalidDuration, parseGoDuration } from "../rollout/duration";
import { MAX_WAIT_MS } from "../rollout/wait";

interface Deleted { kind: KindSpec; ns: string | undefined; name: string; uid: string | undefined }

/**
 * `--wait` (on by default): kubectl blocks until every deleted object is gone from the API
 * (graceful termination, finalizers, foreground dependents), so the next command — typically
 * re-creating the object — does not find it terminating. Virtual time runs meanwhile. Without
 * --timeout real kubectl waits up to a week; the simulator gives up after MAX_WAIT_MS.
 */
function waitUntilGone(ctx: KubectlContext, deleted: Deleted[], timeoutMs: number): string {
  const w = ctx.waiter;
  if (!w) return "";
  const deadline = ctx.now() + (timeoutMs > 0 ? timeoutMs : MAX_WAIT_MS);
  const present = (d: Deleted) => {
    const o = w.peek(d.kind.resource, d.ns, d.name);
    return o !== undefined && o.metadata.uid === d.uid;
  };
  let pending = deleted.filter(present);
  while (pending.length > 0 && w.step(deadline)) pending = pending.filter(present);
  if (pending.length === 0) return "";
  return pending.map((d) => `error: timed out waiting for the condition on ${d.kind.resource}/${d.name}\n`).join("");
}

type Propagation = "Background" | "Foreground" | "Orphan";

/** parseCascadingFlag: background (the default), foreground, orphan, or the deprecated booleans. */
function parseCascade(text: string | undefined): { policy?: Propagation; warning: string } | string {
  if (text === undefined) return { warning: "" };
  const named: Record<string, Propagation> = { background: "Background", foreground: "Foreground", orphan: "Orphan" };
  if (named[text]) return { policy: named[text], warning: "" };
  const bool = ["1", "t", "T", "TRUE", "true", "True"].includes(text) ? true : ["0", "f", "F", "FALSE", "false", "False"].includes(text) ? false : undefined;
  if (bool === undefined) return `error: invalid cascade value (${text}). Must be "background", "foreground", or "orphan"\n`;
  const replacement = bool ? "background" : "orphan";
  return { policy: bool ? "Background" : "Orphan", warning: `warning: --cascade=${text} is deprecated (boolean value) and can be replaced with --cascade=${replacement}.\n` };
}

function deleteOne(ctx: KubectlContext, kind: KindSpec, ns: string | undefined, name: string, grace: number | undefined, policy: Propagation | undefined): string {
  const opts = { ...(grace === undefined ? {} : { gracePeriodSeconds: grace }), ...(policy ? { propagationPolicy: policy } : {}) };
  ctx.api.delete(kind.resource, ns, name, Object.keys(opts).length ? opts : undefined);
  // kubectl says "force deleted" whenever the grace period is 0; the kind is "kind[.group]".
  const verb = grace === 0 ? "force deleted" : "deleted";
  return kind.namespaced ? `${kindRef(kind)} "${name}" ${verb} from ${ns} namespace\n` : `${kindRef(kind)} "${name}" ${verb}\n`;
}

export const deleteCommand: Command = {
  name: "delete",
  valueFlags: ["namespace", "selector", "filename", "grace-period", "timeout", "cascade"],
  boolFlags: ["all", "all-namespaces", "force", "ignore-not-found", "wait"],
  run(ctx, args, flags, stdin): KubectlResult {
    const ns = namespaceOf(flags);
    const force = flags.bools.has("force");
    const graceText = flag(flags, "grace-period");
    const grace = graceText === undefined ? (force ? 0 : undefined) : Number(graceText);
    if (grace !== undefined && !Number.isInteger(grace)) return fail(`error: invalid argument "${graceText}" for "--grace-period" flag: strconv.ParseInt: parsing "${graceText}": invalid syntax\n`);
    const timeoutText = flag(flags, "timeout") ?? "0s";
    const timeoutMs = parseGoDuration(timeoutText);
    if (timeoutMs === undefined) return fail(invalidDuration("timeout", timeoutText));
    const wait = flag(flags, "wait") !== "false";
    const cascade = parseCascade(flag(flags, "cascade"));
    if (typeof cascade === "string") return fail(cascade);
    const deleted: Deleted[] = [];
    let stdout = "";
    // kubectl warns on stderr before force-deleting.
    let stderr = cascade.warning + (force && grace === 0 ? "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n" : "");
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
        const uid = ctx.waiter?.peek(it.kind.resource, it.ns, it.name)?.metadata.uid;
        stdout += deleteOne(ctx, it.kind, it.ns, it.name, grace, cascade.policy);
        deleted.push({ ...it, uid });
      } catch (e) {
        if (flags.bools.has("ignore-not-found") && (e as { reason?: string }).reason === "NotFound") continue;
        stderr += formatApiError(e);
        failed = true;
      }
    }
    const timedOut = wait ? waitUntilGone(ctx, deleted, timeoutMs) : "";
    return { stdout, stderr: stderr + timedOut, exitCode: failed || timedOut ? 1 : 0 };
  },
};
