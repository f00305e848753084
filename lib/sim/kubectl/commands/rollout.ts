// kubectl rollout status|history|undo|pause|resume|restart (kubectl pkg/cmd/rollout). The
// decisions live in ../rollout/ (pure); this file reads objects, writes through the API and
// prints like the name printer ("deployment.apps/web paused").
import type { KubeObject } from "../../types";
import { timestamp } from "../../clock";
import { fail, type Command, type Flags, type KubectlContext, type KubectlResult } from "../context";
import { flag } from "../flags";
import { formatApiError } from "../errors";
import { kindRef } from "../resources";
import { LAST_APPLIED } from "./apply";
import { nameOf, resolveObjects, resourceString, type Target } from "../rollout/targets";
import { parseGoDuration, invalidDuration } from "../rollout/duration";
import { watchRollout } from "../rollout/wait";
import { controllerRevisionHistory, deploymentHistory, historyOutput, ownedReplicaSets, viewHistory, CHANGE_CAUSE } from "../rollout/history";
import { equalIgnoreHash, planDeploymentRollback, selectControllerRevision } from "../rollout/rollback";
import { pausePatch, restartPatch, resumePatch, type PatchResult } from "../rollout/patches";
import { groupKind } from "../rollout/status";

const SUBCOMMANDS = ["history", "pause", "restart", "resume", "status", "undo"];

const ROLLOUT_HELP = `Manage the rollout of one or many resources.

 Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets

Examples:
  # Rollback to the previous deployment
  kubectl rollout undo deployment/abc

  # Check the rollout status of a daemonset
  kubectl rollout status daemonset/foo

  # Restart a deployment
  kubectl rollout restart deployment/abc

  # Restart deployments with the 'app=nginx' label
  kubectl rollout restart deployment --selector=app=nginx

Available Commands:
  history       View rollout history
  pause         Mark the provided resource as paused
  restart       Restart a resource
  resume        Resume a paused resource
  status        Show the status of the rollout
  undo          Undo a previous rollout

Usage:
  kubectl rollout SUBCOMMAND [options]

Use "kubectl rollout <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

function parseInt64(flags: Flags, name: string): number | string {
  const text = flag(flags, name);
  if (text === undefined) return 0;
  if (!/^[+-]?\d+$/.test(text)) return `error: invalid argument "${text}" for "--${name}" flag: strconv.ParseInt: parsing "${text}": invalid syntax\n`;
  return Number(text);
}

/** Objects for a subcommand, or the error result. */
function targetsFor(ctx: KubectlContext, args: string[], flags: Flags, stdin: string | undefined): { targets: Target[]; stderr: string } | KubectlResult {
  if (args.length === 0 && flag(flags, "filename") === undefined) return fail("error: required resource not specified\n");
  const r = resolveObjects(ctx, args, flags, stdin);
  return typeof r === "string" ? fail(r) : r;
}

const isResult = (v: unknown): v is KubectlResult => typeof v === "object" && v !== null && "exitCode" in v;

function status(ctx: KubectlContext, args: string[], flags: Flags, stdin: string | undefined): KubectlResult {
  const revision = parseInt64(flags, "revision");
  if (typeof revision === "string") return fail(revision);
  if (revision < 0) return fail(`error: revision must be a positive integer: ${revision}\n`);
  const timeoutText = flag(flags, "timeout") ?? "0";
  const timeoutMs = parseGoDuration(timeoutText);
  if (timeoutMs === undefined) return fail(invalidDuration("timeout", timeoutText));
  const r = targetsFor(ctx, args, flags, stdin);
  if (isResult(r)) return r;
  if (r.stderr) return fail(r.stderr);
  if (r.targets.length !== 1) return fail(`error: rollout status is only supported on individual resources and resource collections - ${r.targets.length} resources were found\n`);
  const t = r.targets[0]!;
  return watchRollout(ctx, t.kind, t.obj, { revision, watch: flag(flags, "watch") !== "false", timeoutMs });
}

function ownedBy(owner: KubeObject, list: readonly KubeObject[]) {
  return list.filter((o) => o.metadata.ownerReferences?.some((ref) => ref.controller && ref.uid === owner.metadata.uid));
}

function listIn(ctx: KubectlContext, resource: string, ns: string | undefined): KubeObject[] {
  return ctx.api.list(resource, ns).items;
}

function history(ctx: KubectlContext, args: string[], flags: Flags, stdin: string | undefined): KubectlResult {
  const revision = parseInt64(flags, "revision");
  if (typeof revision === "string") return fail(revision);
  if (revision < 0) return fail(`error: revision must be a positive integer: ${revision}\n`);
  const r = targetsFor(ctx, args, flags, stdin);
  if (isResult(r)) return r;
  let stdout = "";
  const stderr = r.stderr;
  for (const t of r.targets) {
    const ns = t.obj.metadata.namespace;
    let view: { text: string } | { error: string };
    if (t.obj.kind === "Deployment") {
      const h = deploymentHistory(ownedReplicaSets(t.obj, listIn(ctx, "replicasets", ns)));
      const causes = new Map([...h].map(([rev, tpl]) => [rev, tpl.metadata?.annotations?.[CHANGE_CAUSE]]));
      view = viewHistory(causes, (rev) => h.get(rev), revision);
    } else if (t.obj.kind === "StatefulSet" || t.obj.kind === "DaemonSet") {
      const h = controllerRevisionHistory(ownedBy(t.obj, listIn(ctx, "controllerrevisions", ns)));
      const causes = new Map([...h].map(([rev, v]) => [rev, v.cause]));
      view = viewHistory(causes, (rev) => h.get(rev)?.template, revision);
    } else {
      view = { error: `no history viewer has been implemented for "${groupKind(t.obj)}"` };
    }
    if ("error" in view) return { stdout, stderr: `${stderr}error: ${view.error}\n`, exitCode: 1 };
    stdout += historyOutput(kindRef(t.kind), t.obj.metadata.name, revision, view.text);
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

const stripPatchDirective = (template: unknown) => {
  const t = structuredClone((template ?? {}) as Record<string, unknown>);
  delete t.$patch;
  return t;
};

interface UndoResult { stdout: string; stderr: string; error?: string }

function undoOne(ctx: KubectlContext, t: Target, toRevision: number): UndoResult {
  const obj = t.obj;
  const ns = obj.metadata.namespace;
  // kubectl warns first (also before a refusal) when `kubectl apply` manages the object.
  const stderr = obj.metadata.annotations?.[LAST_APPLIED] === undefined ? "" :
    `Warning: resource ${t.kind.resource}/${obj.metadata.name} was previously managed with 'kubectl apply'. Rolling back will not update the ${LAST_APPLIED} annotation, which may cause unexpected behavior on future 'kubectl apply' operations. Consider using 'kubectl apply' with your previous configuration file instead.\n`;
  const done = (what: string): UndoResult => ({ stdout: `${nameOf(t)} ${what}\n`, stderr });
  const failed = (error: string): UndoResult => ({ stdout: "", stderr, error });
  if (obj.kind === "Deployment") {
    const plan = planDeploymentRollback(obj, ownedReplicaSets(obj, listIn(ctx, "replicasets", ns)), toRevision);
    if ("error" in plan) return failed(plan.error);
    if ("skipped" in plan) return done(plan.skipped);
    ctx.api.update(plan.update);
    return done("rolled back");
  }
  if (obj.kind === "StatefulSet" || obj.kind === "DaemonSet") {
    const sel = selectControllerRevision(ownedBy(obj, listIn(ctx, "controllerrevisions", ns)), toRevision);
    if ("error" in sel) return failed(sel.error);
    const template = stripPatchDirective((sel.cr.data as { spec?: { template?: unknown } } | undefined)?.spec?.template);
    if (equalIgnoreHash(template, obj.spec?.template)) return done(`skipped rollback (current template already matches revision ${toRevision})`);
    ctx.api.update({ ...structuredClone(obj), spec: { ...obj.spec, template } });
    return done("rolled back");
  }
  return failed(`no rollbacker has been implemented for "${groupKind(obj)}"`);
}

function undo(ctx: KubectlContext, args: string[], flags: Flags, stdin: string | undefined): KubectlResult {
  const toRevision = parseInt64(flags, "to-revision");
  if (typeof toRevision === "string") return fail(toRevision);
  const r = targetsFor(ctx, args, flags, stdin);
  if (isResult(r)) return r;
  let stdout = "";
  let stderr = r.stderr;
  for (const t of r.targets) {
    let res: UndoResult;
    try {
      res = undoOne(ctx, t, toRevision);
    } catch (e) {
      res = { stdout: "", stderr: "", error: `failed restoring revision ${toRevision}: ${formatApiError(e).replace(/^error: /, "").replace(/\n$/, "")}` };
    }
    stdout += res.stdout;
    stderr += res.stderr;
    if (res.error !== undefined) return { stdout, stderr: `${stderr}error: ${res.error}\n`, exitCode: 1 };
  }
  return { stdout, stderr, exitCode: r.stderr ? 1 : 0 };
}

/** pause / resume / restart: one patch per object, errors collected (utilerrors.NewAggregate). */
function patchEach(ctx: KubectlContext, args: string[], flags: Flags, stdin: string | undefined, make: (o: KubeObject) => PatchResult, done: string): KubectlResult {
  const r = targetsFor(ctx, args, flags, stdin);
  if (isResult(r)) return r;
  let stdout = "";
  const errors: string[] = r.stderr ? [r.stderr.replace(/\n$/, "")] : [];
  for (const t of r.targets) {
    const p = make(t.obj);
    if ("error" in p) {
      errors.push(`error: ${resourceString(t.kind)} "${t.obj.metadata.name}" ${p.error}`);
      continue;
    }
    try {
      ctx.api.patch(t.kind.resource, t.obj.metadata.namespace, t.obj.metadata.name, p.patch);
      stdout += `${nameOf(t)} ${done}\n`;
    } catch (e) {
      errors.push(`failed to patch: ${formatApiError(e).replace(/^error: /, "").replace(/\n$/, "")}`);
    }
  }
  return { stdout, stderr: aggregate(errors), exitCode: errors.length > 0 ? 1 : 0 };
}

/** How kubectl prints an aggregate of errors: one as is, several as "[a, b]"; "error: " once. */
function aggregate(errors: readonly string[]): string {
  if (errors.length === 0) return "";
  const text = errors.length === 1 ? errors[0]! : `[${errors.join(", ")}]`;
  return text.startsWith("error: ") || text.startsWith("Error from server") ? `${text}\n` : `error: ${text}\n`;
}

export const rolloutCommand: Command = {
  name: "rollout",
  valueFlags: ["namespace", "filename", "selector", "revision", "to-revision", "timeout", "output"],
  boolFlags: ["watch", "all"],
  run(ctx, allArgs, flags, stdin) {
    const [sub, ...args] = allArgs;
    if (sub === undefined || !SUBCOMMANDS.includes(sub)) {
      // DefaultSubCommandRun: help for a bare `kubectl rollout`, RequireNoArguments otherwise.
      if (sub === undefined) return fail(ROLLOUT_HELP);
      return fail(`error: unknown command "${sub}"\nSee 'kubectl rollout -h' for help and examples\n`);
    }
    switch (sub) {
      case "status":
        return status(ctx, args, flags, stdin);
      case "history":
        return history(ctx, args, flags, stdin);
      case "undo":
        return undo(ctx, args, flags, stdin);
      case "pause":
        return patchEach(ctx, args, flags, stdin, pausePatch, "paused");
      case "resume":
        return patchEach(ctx, args, flags, stdin, resumePatch, "resumed");
      default:
        return patchEach(ctx, args, flags, stdin, (o) => restartPatch(o, timestamp(ctx.now(), ctx.epochMs)), "restarted");
    }
  },
};
