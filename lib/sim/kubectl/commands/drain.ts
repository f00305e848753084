// kubectl cordon / uncordon / drain (kubectl pkg/cmd/drain, pkg/drain): mark nodes
// (un)schedulable ("node/x cordoned", "already cordoned", "uncordoned"), and for drain evict
// every pod on the node that the filters allow (filters.go, in order: DaemonSet-managed,
// mirror, local storage, unreplicated — a pod's status is the last filter's that ran), printing
// "evicting pod ns/name" per pod, "pod/name evicted" as each one is gone, then
// "node/x drained". Evictions are deletes with the pod's own grace period (the simulator has
// no PodDisruptionBudgets, so an eviction is never refused); inside a cluster drain waits,
// letting virtual time run, until the pods are gone (--timeout, default: no limit, capped).
import type { KubeObject } from "../../types";
import { fail, type Command, type Flags, type KubectlContext, type KubectlResult } from "../context";
import { flag } from "../flags";
import { formatApiError } from "../errors";
import { dryRunOf } from "./create-output";
import { invalidDuration, parseGoDuration } from "../rollout/duration";

const DAEMONSET_FATAL = "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)";
const DAEMONSET_WARNING = "ignoring DaemonSet-managed Pods";
const LOCAL_STORAGE_FATAL = "Pods with local storage (use --delete-emptydir-data to override)";
const LOCAL_STORAGE_WARNING = "deleting Pods with local storage";
const UNMANAGED_FATAL = "cannot delete Pods that declare no controller (use --force to override)";
const UNMANAGED_WARNING = "deleting Pods that declare no controller";
/** Longest a drain waits for evicted pods inside the simulator when --timeout is 0 (infinite). */
const MAX_WAIT_MS = 3600_000;

type Status = { delete: boolean; reason: "Okay" | "Skip" | "Warning" | "Error"; message?: string };
const okay: Status = { delete: true, reason: "Okay" };

interface DrainOptions { force: boolean; ignoreDaemonSets: boolean; deleteEmptyDir: boolean }

function controllerOf(pod: KubeObject) {
  return (pod.metadata.ownerReferences ?? []).find((r: { controller?: boolean }) => r.controller);
}
const finished = (pod: KubeObject) => pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";

/** The filters of pkg/drain/filters.go, run in order until one says "do not delete". */
function podStatus(ctx: KubectlContext, pod: KubeObject, o: DrainOptions): Status {
  const filters: ((p: KubeObject) => Status)[] = [
    (p) => {
      const ref = controllerOf(p);
      if (!ref || ref.kind !== "DaemonSet" || finished(p)) return okay;
      try {
        ctx.api.get("daemonsets", p.metadata.namespace, ref.name);
      } catch (e) {
        const reason = (e as { reason?: string }).reason;
        const msg = (e as Error).message;
        return reason === "NotFound" && o.force ? { delete: true, reason: "Warning", message: msg } : { delete: false, reason: "Error", message: msg };
      }
      return o.ignoreDaemonSets ? { delete: false, reason: "Warning", message: DAEMONSET_WARNING } : { delete: false, reason: "Error", message: DAEMONSET_FATAL };
    },
    (p) => (p.metadata.annotations?.["kubernetes.io/config.mirror"] !== undefined ? { delete: false, reason: "Skip" } : okay),
    (p) => {
      if (!(p.spec?.volumes ?? []).some((v: { emptyDir?: unknown }) => v.emptyDir !== undefined) || finished(p)) return okay;
      return o.deleteEmptyDir ? { delete: true, reason: "Warning", message: LOCAL_STORAGE_WARNING } : { delete: false, reason: "Error", message: LOCAL_STORAGE_FATAL };
    },
    (p) => {
      if (finished(p) || controllerOf(p)) return okay;
      return o.force ? { delete: true, reason: "Warning", message: UNMANAGED_WARNING } : { delete: false, reason: "Error", message: UNMANAGED_FATAL };
    },
  ];
  let status = okay;
  for (const f of filters) {
    status = f(pod);
    if (!status.delete) break;
  }
  return status;
}

/** message → "ns/name" list, in first-seen order (upstream iterates a Go map; sorted here for determinism). */
function group(items: { pod: KubeObject; status: Status }[], reason: Status["reason"]): [string, string[]][] {
  const m = new Map<string, string[]>();
  for (const { pod, status } of items) {
    if (status.reason !== reason) continue;
    const msg = status.message || "unexpected error";
    m.set(msg, [...(m.get(msg) ?? []), `${pod.metadata.namespace}/${pod.metadata.name}`]);
  }
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function nodesFor(ctx: KubectlContext, args: string[], flags: Flags, use: string, cmd: string): { nodes: KubeObject[]; stderr: string } | string {
  const selector = flag(flags, "selector");
  if (args.length === 0 && selector === undefined) return `error: USAGE: ${use} [flags]\nSee 'kubectl ${cmd} -h' for help and examples\n`;
  if (args.length > 0 && selector !== undefined) return `error: error: cannot specify both a node name and a --selector option\nSee 'kubectl ${cmd} -h' for help and examples\n`;
  const nodes: KubeObject[] = [];
  let stderr = "";
  if (selector !== undefined) {
    try {
      nodes.push(...ctx.api.list("nodes", undefined, { labelSelector: selector }).items);
    } catch (e) {
      return formatApiError(e);
    }
    if (nodes.length === 0) return "No resources found\n";
  }
  for (const a of args) {
    const slash = a.indexOf("/");
    if (slash >= 0 && !["node", "nodes", "no"].includes(a.slice(0, slash))) return `error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n`;
    try {
      nodes.push(ctx.api.get("nodes", undefined, slash >= 0 ? a.slice(slash + 1) : a));
    } catch (e) {
      stderr += formatApiError(e);
    }
  }
  return { nodes, stderr };
}

function suffixOf(dry: string) {
  return dry === "client" ? " (dry run)" : dry === "server" ? " (server dry run)" : "";
}

/** RunCordonOrUncordon: stdout lines, error lines. */
function setUnschedulable(ctx: KubectlContext, nodes: KubeObject[], desired: boolean, dry: string): { stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const verb = desired ? "cordon" : "uncordon";
  for (const node of nodes) {
    if (Boolean(node.spec?.unschedulable) === desired) {
      stdout += `node/${node.metadata.name} already ${verb}ed${suffixOf(dry)}\n`;
      continue;
    }
    if (dry !== "client") {
      try {
        ctx.api.patch("nodes", undefined, node.metadata.name, { spec: { unschedulable: desired ? true : null } }, { dryRun: dry === "server" });
      } catch (e) {
        stderr += `error: unable to ${verb} node ${JSON.stringify(node.metadata.name)}: ${(e as Error).message}\n`;
        continue;
      }
    }
    stdout += `node/${node.metadata.name} ${verb}ed${suffixOf(dry)}\n`;
  }
  return { stdout, stderr };
}

function nodeSchedulingCommand(name: "cordon" | "uncordon"): Command {
  return {
    name,
    valueFlags: ["selector", "dry-run"],
    boolFlags: [],
    run(ctx, args, flags): KubectlResult {
      const dry = dryRunOf(flags);
      if (dry !== "none" && dry !== "client" && dry !== "server") return fail(dry);
      const r = nodesFor(ctx, args, flags, `${name} NODE`, name);
      if (typeof r === "string") return r === "No resources found\n" ? { stdout: "", stderr: r, exitCode: 0 } : fail(r);
      const out = setUnschedulable(ctx, r.nodes, name === "cordon", dry);
      return { stdout: out.stdout, stderr: r.stderr + out.stderr, exitCode: r.stderr ? 1 : 0 };
    },
  };
}

export const cordonCommand = nodeSchedulingCommand("cordon");
export const uncordonCommand = nodeSchedulingCommand("uncordon");

export const drainCommand: Command = {
  name: "drain",
  valueFlags: ["selector", "pod-selector", "dry-run", "grace-period", "timeout", "skip-wait-for-delete-timeout", "chunk-size"],
  boolFlags: ["force", "ignore-daemonsets", "delete-emptydir-data", "delete-local-data", "disable-eviction", "ignore-errors"],
  run(ctx, args, flags): KubectlResult {
    const dry = dryRunOf(flags);
    if (dry !== "none" && dry !== "client" && dry !== "server") return fail(dry);
    const timeout = flag(flags, "timeout");
    const timeoutMs = timeout === undefined ? 0 : parseGoDuration(timeout);
    if (timeoutMs === undefined) return fail(`${invalidDuration("timeout", timeout!)}See 'kubectl drain --help' for usage.\n`);
    const graceText = flag(flags, "grace-period");
    if (graceText !== undefined && !/^-?\d+$/.test(graceText)) return fail(`error: invalid argument "${graceText}" for "--grace-period" flag: strconv.ParseInt: parsing "${graceText}": invalid syntax\nSee 'kubectl drain --help' for usage.\n`);
    const grace = graceText === undefined ? -1 : Number(graceText);
    const r = nodesFor(ctx, args, flags, "drain NODE", "drain");
    if (typeof r === "string") return r === "No resources found\n" ? { stdout: "", stderr: r, exitCode: 0 } : fail(r);
    if (r.stderr) return fail(r.stderr);
    const cordoned = setUnschedulable(ctx, r.nodes, true, dry);
    let stdout = cordoned.stdout;
    let stderr = cordoned.stderr;
    const opts: DrainOptions = {
      force: flags.bools.has("force"),
      ignoreDaemonSets: flags.bools.has("ignore-daemonsets"),
      deleteEmptyDir: flags.bools.has("delete-emptydir-data") || flags.bools.has("delete-local-data"),
    };
    if (flags.bools.has("delete-local-data")) stderr = "Flag --delete-local-data has been deprecated, This option is deprecated and will be deleted. Use --delete-emptydir-data.\n" + stderr;
    const fatal: string[] = [];
    const remaining: string[] = [];
    for (const node of r.nodes) {
      const name = node.metadata.name;
      let pods: KubeObject[];
      try {
        pods = ctx.api.list("pods", undefined, { fieldSelector: `spec.nodeName=${name}`, labelSelector: flag(flags, "pod-selector") }).items;
      } catch (e) {
        stderr += formatApiError(e);
        return { stdout, stderr, exitCode: 1 };
      }
      const items = pods.map((pod) => ({ pod, status: podStatus(ctx, pod, opts) }));
      const errors = group(items, "Error").map(([msg, ps]) => (msg.toLowerCase().startsWith("cannot delete") ? `${msg}: ${ps.join(", ")}` : `cannot delete ${msg}: ${ps.join(", ")}`));
      if (errors.length > 0) {
        const text = errors.length === 1 ? errors[0]! : `[${errors.join(", ")}]`;
        stderr += `error: unable to drain node ${JSON.stringify(name)} due to error: ${text}, continuing command...\n`;
        fatal.push(...errors);
        remaining.push(name);
        continue;
      }
      const warnings = group(items, "Warning").map(([msg, ps]) => `${msg}: ${ps.join(", ")}`);
      if (warnings.length > 0) stderr += `Warning: ${warnings.join("; ")}\n`;
      const toEvict = items.filter((i) => i.status.delete).map((i) => i.pod);
      if (dry === "client") {
        for (const p of toEvict) stdout += `evicting pod ${p.metadata.namespace}/${p.metadata.name} (dry run)\n`;
      } else {
        const evicted = evict(ctx, name, toEvict, dry === "server", grace, timeoutMs);
        stdout += evicted.stdout;
        if (evicted.error) {
          stderr += evicted.error;
          fatal.push(evicted.fatal!);
          remaining.push(name);
          continue;
        }
      }
      stdout += `node/${name} drained${suffixOf(dry)}\n`;
    }
    if (remaining.length > 0) {
      stderr += `There are pending nodes to be drained:\n${remaining.map((n) => ` ${n}\n`).join("")}`;
      // checkErr of an Aggregate prints each error on its own line, without "error: ".
      stderr += fatal.map((e) => `${e}\n`).join("");
      return { stdout, stderr, exitCode: 1 };
    }
    return { stdout, stderr, exitCode: stderr.includes("error: ") ? 1 : 0 };
  },
};

/** Evicts `pods` and waits until each is gone; pods are reported in the order they disappear. */
function evict(ctx: KubectlContext, node: string, pods: KubeObject[], serverDry: boolean, grace: number, timeoutMs: number): { stdout: string; error?: string; fatal?: string } {
  let stdout = "";
  const pending: KubeObject[] = [];
  for (const p of pods) {
    stdout += `evicting pod ${p.metadata.namespace}/${p.metadata.name}${serverDry ? " (server dry run)" : ""}\n`;
    if (serverDry) continue; // the API here has no dry-run delete: a server dry run changes nothing
    try {
      ctx.api.delete("pods", p.metadata.namespace, p.metadata.name, grace >= 0 ? { gracePeriodSeconds: grace } : {});
    } catch (e) {
      if ((e as { reason?: string }).reason === "NotFound") continue;
      return { stdout, error: formatApiError(e), fatal: (e as Error).message };
    }
    pending.push(p);
  }
  if (serverDry) return { stdout };
  const gone = (p: KubeObject) => {
    const cur = ctx.waiter ? ctx.waiter.peek("pods", p.metadata.namespace, p.metadata.name) : undefined;
    return !cur || cur.metadata.uid !== p.metadata.uid;
  };
  const start = ctx.now();
  const deadline = start + (timeoutMs > 0 ? timeoutMs : MAX_WAIT_MS);
  for (;;) {
    for (let i = 0; i < pending.length; i++) {
      if (gone(pending[i]!)) {
        stdout += `pod/${pending[i]!.metadata.name} evicted\n`;
        pending.splice(i--, 1);
      }
    }
    if (pending.length === 0 || !ctx.waiter || !ctx.waiter.step(deadline)) break;
  }
  if (pending.length > 0 && ctx.waiter) {
    if (ctx.now() < deadline) ctx.waiter.advanceTo(deadline);
    const err = `drain did not complete within ${formatGoDuration(deadline - start)}`;
    const list = pending.map((p) => `pod/${p.metadata.name}\n`).join("");
    return { stdout, error: `There are pending pods in node ${JSON.stringify(node)} when an error occurred: ${err}\n${list}error: unable to drain node ${JSON.stringify(node)} due to error: ${err}, continuing command...\n`, fatal: err };
  }
  return { stdout };
}

/** Go's time.Duration String for whole seconds/minutes ("30s", "5m0s", "1h0m0s"). */
function formatGoDuration(ms: number): string {
  let s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  return h ? `${h}h${m}m${s}s` : m ? `${m}m${s}s` : `${s}s`;
}
