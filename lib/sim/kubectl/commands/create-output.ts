// What every imperative generator (run, create <kind>, expose) shares: --dry-run parsing, and
// either printing the generated object (client dry run) or sending it to the API server.
// The generated object is built in Go struct field order on purpose: `-o json` of a client
// dry run marshals the typed object (struct order), while `-o yaml` goes through JSON→YAML,
// which sorts keys (printYaml does that).
import type { ObjectInput } from "../../types";
import { fail, type Flags, type KubectlContext, type KubectlResult } from "../context";
import { flag, namespaceOf } from "../flags";
import { formatApiError, isApiError } from "../errors";
import { printJson, printYaml } from "../printers";

/** Flags every generator accepts. */
export const GENERATOR_FLAGS = ["namespace", "dry-run", "output", "field-manager"];

export type DryRun = "none" | "client" | "server";

export function dryRunOf(flags: Flags): DryRun | string {
  const v = flag(flags, "dry-run") ?? "none";
  if (v === "none" || v === "client" || v === "server") return v;
  return `error: Invalid dry-run value (${v}). Must be "none", "server", or "client".\n`;
}

/** The namespace to write into metadata: only an explicit -n is copied into the manifest. */
export const explicitNamespace = (flags: Flags): string | undefined => flag(flags, "namespace");

/** Drops the `creationTimestamp: null` placeholders a Go client would serialise but not send. */
function forServer(obj: ObjectInput): ObjectInput {
  return JSON.parse(JSON.stringify(obj, (k, v: unknown) => (k === "creationTimestamp" && v === null ? undefined : v))) as ObjectInput;
}

/**
 * Prints or creates `obj`. `wrap` is the generator's prefix for server errors ("failed to create
 * configmap: "); without it the error prints as kubectl's standard "Error from server (…)".
 */
export function emit(ctx: KubectlContext, flags: Flags, obj: ObjectInput, ref: string, namespaced: boolean, verb = "created", wrap?: string): KubectlResult {
  const dry = dryRunOf(flags);
  if (dry !== "none" && dry !== "client" && dry !== "server") return fail(dry);
  const output = flag(flags, "output");
  if (output !== undefined && !["yaml", "json", "name"].includes(output)) {
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,yaml\n`);
  }
  const name = obj.metadata?.name ?? "";
  let printed: unknown = obj;
  if (dry !== "client") {
    const body = forServer(obj);
    if (namespaced && body.metadata) body.metadata.namespace = namespaceOf(flags);
    try {
      printed = ctx.api.create(body, { dryRun: dry === "server", fieldManager: flag(flags, "field-manager") ?? `kubectl-${verb === "exposed" ? "expose" : ref === "pod" && verb === "created" ? "run" : "create"}` });
    } catch (e) {
      return fail(wrap !== undefined && isApiError(e) ? `error: ${wrap}${e.message}\n` : formatApiError(e));
    }
    if (output === "yaml") return { stdout: printYaml(printed), stderr: "", exitCode: 0 };
    if (output === "json") return { stdout: printJson(printed), stderr: "", exitCode: 0 };
  } else {
    if (output === "yaml") return { stdout: printYaml(obj), stderr: "", exitCode: 0 };
    if (output === "json") return { stdout: `${JSON.stringify(obj, null, 4)}\n`, stderr: "", exitCode: 0 };
  }
  if (output === "name") return { stdout: `${ref}/${name}\n`, stderr: "", exitCode: 0 };
  const suffix = dry === "client" ? " (dry run)" : dry === "server" ? " (server dry run)" : "";
  return { stdout: `${ref}/${name} ${verb}${suffix}\n`, stderr: "", exitCode: 0 };
}

/** "k=v,k2=v2" as kubectl parses --labels: run says "unexpected label spec", expose's generator "invalid label spec". */
export function parseLabels(text: string, word: "unexpected" | "invalid" = "unexpected"): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const part of text.split(",")) {
    const kv = part.split("=");
    if (kv.length !== 2) return `error: ${word} label spec: ${part}\n`;
    if (kv[0] === "") return word === "unexpected" ? "error: unexpected empty label key\n" : `error: ${word} label spec: ${part}\n`;
    out[kv[0] as string] = kv[1] as string;
  }
  return out;
}

/** metadata in ObjectMeta field order (name, namespace, creationTimestamp, labels). */
export function meta(name: string, ns: string | undefined, labels?: Record<string, string>): Record<string, unknown> {
  return { name, ...(ns ? { namespace: ns } : {}), creationTimestamp: null, ...(labels ? { labels } : {}) };
}
