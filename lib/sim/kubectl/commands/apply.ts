// kubectl apply -f - (client-side apply) and kubectl create -f -.
// Apply keeps the manifest in the kubectl.kubernetes.io/last-applied-configuration
// annotation and sends a three-way JSON merge patch: fields removed since the last apply are
// deleted, fields that differ from the live object are set, everything else (fields that
// controllers or other users own) is left alone.
// Simplification: upstream uses a strategic merge patch, which merges lists of named items
// (containers, ports) by key; a JSON merge patch replaces such lists as a whole, and a list
// is compared with the last-applied one rather than the live one (which carries defaults).
import type { KubeObject, ObjectInput } from "../../types";
import { fail, type Command, type KubectlContext, type KubectlResult } from "../context";
import { flag, namespaceOf } from "../flags";
import { formatApiError, isNotFound } from "../errors";
import { kindRef } from "../resources";
import { readManifests, type Manifest } from "./manifests";
import { CREATE_SUB_VALUE_FLAGS, CREATE_SUB_WORDS, runCreateSub } from "./create-subcommands";

export const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObj = (v: unknown): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Three-way merge patch from last-applied, the new manifest and the live object. */
export function threeWayPatch(last: unknown, modified: unknown, current: unknown, depth = 0): Record<string, Json> | undefined {
  if (depth > 64 || !isObj(modified)) return undefined;
  const patch: Record<string, Json> = {};
  const lastObj = isObj(last) ? last : {};
  const curObj = isObj(current) ? current : {};
  for (const k of Object.keys(lastObj)) if (!(k in modified) && k in curObj) patch[k] = null;
  for (const [k, v] of Object.entries(modified)) {
    if (isObj(v) && isObj(curObj[k])) {
      const sub = threeWayPatch(lastObj[k], v, curObj[k], depth + 1);
      if (sub && Object.keys(sub).length > 0) patch[k] = sub;
    } else if (Array.isArray(v)) {
      // The server fills defaults into list items (protocol, targetPort…), so a list is sent
      // only when the manifest changed it since the last apply, or the live object lacks it.
      if (!(k in curObj) || !same(v, lastObj[k])) patch[k] = v;
    } else if (!same(v, curObj[k])) patch[k] = v;
  }
  return patch;
}

function withLastApplied(obj: ObjectInput): ObjectInput {
  const copy = structuredClone(obj);
  const meta = (copy.metadata ??= {});
  const annotations = { ...(meta.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  const forAnnotation = structuredClone(copy);
  forAnnotation.metadata = { ...forAnnotation.metadata, annotations: Object.keys(annotations).length ? annotations : undefined };
  meta.annotations = { ...annotations, [LAST_APPLIED]: `${JSON.stringify(forAnnotation)}\n` };
  return copy;
}

function applyOne(ctx: KubectlContext, m: Manifest, defaultNs: string): string {
  const ns = m.kind.namespaced ? m.obj.metadata?.namespace ?? defaultNs : undefined;
  const name = m.obj.metadata?.name;
  if (!name) throw new Error("error when retrieving current configuration: resource name may not be empty");
  const desired = withLastApplied({ ...m.obj, metadata: { ...m.obj.metadata, ...(ns ? { namespace: ns } : {}) } });
  let live: KubeObject | undefined;
  try {
    live = ctx.api.get(m.kind.resource, ns, name);
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
  if (!live) {
    try {
      ctx.api.create(desired, { fieldManager: "kubectl-client-side-apply" });
    } catch (e) {
      throw new StepError("creating", e);
    }
    return `${kindRef(m.kind)}/${name} created\n`;
  }
  const lastText = live.metadata.annotations?.[LAST_APPLIED];
  let last: unknown = {};
  try {
    last = lastText ? JSON.parse(lastText) : {};
  } catch {
    last = {};
  }
  const patch = threeWayPatch(last, desired, live) ?? {};
  if (Object.keys(patch).length === 0) return `${kindRef(m.kind)}/${name} unchanged\n`;
  ctx.api.patch(m.kind.resource, ns, name, patch, { fieldManager: "kubectl-client-side-apply" });
  return `${kindRef(m.kind)}/${name} configured\n`;
}

/** A failure tagged with the operation kubectl names in its message ("creating", "applying patch"). */
class StepError {
  constructor(readonly verb: string, readonly cause: unknown) {}
}

function runAll(ctx: KubectlContext, stdin: string | undefined, ns: string, one: (m: Manifest) => string, verb: string): KubectlResult {
  const read = readManifests(ctx, stdin);
  if (typeof read === "string") return fail(read);
  let stdout = "";
  let stderr = "";
  let failed = false;
  for (const m of read) {
    try {
      stdout += one(m);
    } catch (e) {
      failed = true;
      const step = e instanceof StepError ? e : new StepError(verb, e);
      const text = formatApiError(step.cause);
      // kubectl names the operation and the source: `error when creating "STDIN": ...`.
      stderr += text.startsWith("Error from server (")
        ? text.replace(/^(Error from server \([^)]*\): )/, `$1error when ${step.verb} "STDIN": `)
        : text;
    }
  }
  return { stdout, stderr, exitCode: failed ? 1 : 0 };
}

export const applyCommand: Command = {
  name: "apply",
  valueFlags: ["namespace", "filename"],
  boolFlags: [],
  run(ctx, _args, flags, stdin) {
    if (flag(flags, "filename") === undefined) return fail("error: must specify one of -f and -k\n");
    const ns = namespaceOf(flags);
    return runAll(ctx, stdin, ns, (m) => applyOne(ctx, m, ns), "applying patch");
  },
};

export const createCommand: Command = {
  name: "create",
  valueFlags: ["filename", ...CREATE_SUB_VALUE_FLAGS],
  boolFlags: [],
  run(ctx, args, flags, stdin) {
    if (args[0] !== undefined && CREATE_SUB_WORDS.has(args[0])) return runCreateSub(ctx, args, flags);
    if (flag(flags, "filename") === undefined) return fail("error: must specify one of -f and -k\n");
    const ns = namespaceOf(flags);
    return runAll(ctx, stdin, ns, (m) => {
      const namespace = m.kind.namespaced ? m.obj.metadata?.namespace ?? ns : undefined;
      const created = ctx.api.create({ ...m.obj, metadata: { ...m.obj.metadata, ...(namespace ? { namespace } : {}) } });
      return `${kindRef(m.kind)}/${created.metadata.name} created\n`;
    }, "creating");
  },
};
