// kubectl patch (kubectl pkg/cmd/patch): TYPE NAME or -f, `-p/--patch` as JSON or YAML, --type
// strategic (default) | merge | json. The server applies the patch to the live object; kubectl
// prints "<kind>/<name> patched", or "patched (no change)" when the returned object equals the
// one it read. Merge patches go to the API server as they are; JSON and strategic patches are
// applied here to the live object the way the API server would (patch/jsonpatch.ts,
// patch/strategic.ts) and the result is sent as the equivalent merge patch, so decoding,
// validation and admission errors are the server's.
import { parseDocument } from "yaml";
import { fail, type Command, type KubectlResult } from "../context";
import { flag } from "../flags";
import { formatApiError } from "../errors";
import { printJson, printYaml } from "../printers";
import { deepEqual } from "../../store";
import { nameOf, resolveObjects, type Target } from "../rollout/targets";
import { dryRunOf } from "./create-output";
import { applyJsonPatch, PatchApplyError, type Operation } from "../patch/jsonpatch";
import { mergeDiff, strategicMerge, StrategicPatchError } from "../patch/strategic";

const TYPES = ["json", "merge", "strategic"];
const OUTPUTS = "go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml";

/** yaml.ToJSON: the -p text as JSON (YAML is accepted too), or kubectl's error. */
function parsePatch(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: false });
  const err = doc.errors[0];
  if (err) throw new Error(`unable to parse ${JSON.stringify(text)}: yaml: ${err.message.split("\n")[0]}`);
  return doc.toJS({ maxAliasCount: 100 }) as unknown;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** Go's name for a JSON value's type in "cannot unmarshal X into …" errors. */
const jsonType = (v: unknown) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v === "object" ? "object" : typeof v);

export const patchCommand: Command = {
  name: "patch",
  valueFlags: ["namespace", "filename", "patch", "patch-file", "type", "dry-run", "output", "field-manager", "selector", "subresource", "template"],
  boolFlags: ["local", "record", "allow-missing-template-keys", "show-managed-fields"],
  shorts: { p: "patch" },
  run(ctx, args, flags, stdin): KubectlResult {
    const dry = dryRunOf(flags);
    if (dry !== "none" && dry !== "client" && dry !== "server") return fail(dry);
    const output = flag(flags, "output");
    if (output !== undefined && !["yaml", "json", "name"].includes(output)) {
      return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${OUTPUTS}\n`);
    }
    const text = flag(flags, "patch") ?? "";
    const file = flag(flags, "patch-file");
    if (text && file) return fail("error: cannot specify --patch and --patch-file together\n");
    if (!text && !file) return fail("error: must specify --patch or --patch-file containing the contents of the patch\n");
    if (flags.bools.has("local") && args.length > 0) return fail("error: cannot specify --local and server resources\n");
    const typeText = flag(flags, "type") ?? "strategic";
    const type = typeText.toLowerCase();
    if (!TYPES.includes(type)) return fail(`error: --type must be one of [${TYPES.join(" ")}], not ${JSON.stringify(typeText)}\n`);
    // The simulator has no filesystem for --patch-file to read.
    if (file) return fail(`error: unable to read patch file: open ${file}: no such file or directory\n`);
    let patch: unknown;
    try {
      patch = parsePatch(text);
    } catch (e) {
      return fail(`error: ${(e as Error).message}\n`);
    }
    if (args.length === 0 && flag(flags, "filename") === undefined) return fail("error: you must provide one or more resources by argument or filename (.json|.yaml|.yml)\n");
    const r = resolveObjects(ctx, args, flags, stdin);
    if (typeof r === "string") return fail(r);
    let stdout = "";
    for (const t of r.targets) {
      const res = patchOne(t, type, patch, dry);
      if ("error" in res) return { stdout, stderr: r.stderr + res.error, exitCode: 1 };
      const after = res.obj;
      if (output === "yaml") stdout += printYaml(after);
      else if (output === "json") stdout += printJson(after);
      else if (output === "name") stdout += `${nameOf(t)}\n`;
      else {
        const suffix = dry === "client" ? " (dry run)" : dry === "server" ? " (server dry run)" : "";
        stdout += `${nameOf(t)} ${deepEqual(after, t.obj) ? "patched (no change)" : "patched"}${suffix}\n`;
      }
    }
    if (r.targets.length === 0 && !r.stderr) return fail("error: no objects passed to patch\n");
    return { stdout, stderr: r.stderr, exitCode: r.stderr ? 1 : 0 };

    function patchOne(t: Target, kind: string, body: unknown, dryRun: string): { obj: typeof t.obj } | { error: string } {
      const ns = t.obj.metadata.namespace;
      let merge: Record<string, unknown>;
      if (kind === "json") {
        // The server decodes the body as []jsonPatchOp before applying it (a BadRequest), then
        // answers any failing operation with a bare 422 that kubectl prints as below.
        if (!Array.isArray(body)) return { error: `Error from server (BadRequest): error decoding patch: json: cannot unmarshal ${jsonType(body)} into Go value of type []handlers.jsonPatchOp\n` };
        try {
          merge = mergeDiff(t.obj, applyJsonPatch(t.obj, body as Operation[]));
        } catch (e) {
          if (e instanceof PatchApplyError) return { error: "The request is invalid\n" };
          throw e;
        }
      } else {
        if (!isObj(body)) {
          const prefix = kind === "merge" ? "error decoding patch: " : "";
          return { error: `Error from server (BadRequest): ${prefix}json: cannot unmarshal ${jsonType(body)} into Go value of type map[string]interface {}\n` };
        }
        if (kind === "merge") merge = body;
        else {
          try {
            merge = mergeDiff(t.obj, strategicMerge(t.obj.kind, t.obj, body));
          } catch (e) {
            if (e instanceof StrategicPatchError) return { error: `Error from server (BadRequest): ${e.message}\n` };
            throw e;
          }
        }
      }
      try {
        // A client dry run still asks the server to compute the result, without persisting it.
        const obj = ctx.api.patch(t.kind.resource, ns, t.obj.metadata.name, merge, { dryRun: dryRun !== "none", fieldManager: flag(flags, "field-manager") ?? "kubectl-patch" });
        return { obj };
      } catch (e) {
        return { error: formatApiError(e) };
      }
    }
  },
};
