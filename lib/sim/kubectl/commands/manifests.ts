// Reading `-f -` input: multi-document YAML or JSON (JSON is YAML), with the `yaml`
// package's alias cap so a "billion laughs" document fails fast, and a size cap.
import { parseAllDocuments } from "yaml";
import type { KindSpec, ObjectInput } from "../../types";
import type { KubectlContext } from "../context";
import { kindByGVK } from "../resources";

export const MAX_MANIFEST_BYTES = 3 * 1024 * 1024;
const MAX_DOCUMENTS = 500;

export interface Manifest { kind: KindSpec; obj: ObjectInput }

/** Manifests from stdin, or kubectl's error text. */
export function readManifests(ctx: KubectlContext, stdin: string | undefined): Manifest[] | string {
  if (stdin === undefined || stdin.trim() === "") return "error: no objects passed to apply\n";
  if (stdin.length > MAX_MANIFEST_BYTES) return `error: error reading STDIN: input is larger than ${MAX_MANIFEST_BYTES} bytes\n`;
  const raw: unknown[] = [];
  try {
    const docs = parseAllDocuments(stdin);
    const list = Array.isArray(docs) ? docs : [docs];
    if (list.length > MAX_DOCUMENTS) return `error: error reading STDIN: more than ${MAX_DOCUMENTS} documents\n`;
    for (const doc of list) {
      const err = doc.errors[0];
      if (err) return `error: error parsing STDIN: error converting YAML to JSON: yaml: ${err.message.split("\n")[0]}\n`;
      const v: unknown = doc.toJS({ maxAliasCount: 100 });
      if (v === null || v === undefined) continue;
      const o = v as { kind?: unknown; items?: unknown };
      if (o.kind === "List" && Array.isArray(o.items)) raw.push(...o.items);
      else raw.push(v);
    }
  } catch (e) {
    return `error: error parsing STDIN: ${e instanceof Error ? e.message : String(e)}\n`;
  }
  const out: Manifest[] = [];
  for (const v of raw) {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return "error: error parsing STDIN: object expected\n";
    const obj = v as ObjectInput;
    // kubectl's schema validation (getObjectKind): absent, or present but not a string.
    const fieldError = (v: unknown, field: string) => (v === undefined || v === null || v === "" ? [`${field} not set`] : typeof v !== "string" ? [`${field} isn't string type`] : []);
    const missing = [...fieldError(obj.apiVersion, "apiVersion"), ...fieldError(obj.kind, "kind")];
    if (missing.length > 0) {
      const list = missing.length === 1 ? missing[0] : `[${missing.join(", ")}]`;
      return `error: error validating "STDIN": error validating data: ${list}; if you choose to ignore these errors, turn validation off with --validate=false\n`;
    }
    const kind = kindByGVK(ctx.kinds, String(obj.apiVersion), String(obj.kind));
    if (!kind) {
      const name = obj.metadata?.name ?? "";
      const ns = obj.metadata?.namespace ?? "";
      return `error: resource mapping not found for name: "${name}" namespace: "${ns}" from "STDIN": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first\n`;
    }
    out.push({ kind, obj });
  }
  if (out.length === 0) return "error: no objects passed to apply\n";
  return out;
}
