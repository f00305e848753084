// Places apply errors on the YAML lines they are about, for inline editor diagnostics:
// API validation errors name a field path (`spec.containers[0].image: Required value`),
// YAML syntax errors name a line. Runs in the worker, where `yaml` is already loaded by kubectl.
import { LineCounter, parseAllDocuments, isMap, isSeq, type Document, type Node } from "yaml";
import type { Diagnostic } from "./protocol";

/** `spec.containers[0].image` → ["spec", "containers", 0, "image"]. */
export function fieldPath(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]|\[([^\]]*)\]/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(m[3]);
  }
  return out;
}

/** The "<field>: <message>" items of an Invalid error (`is invalid: a: x` or `is invalid: [a: x, b: y]`). */
export function invalidItems(stderr: string): { kind: string; name: string; items: { field: string; message: string }[] } | null {
  const m = /^The (\S+) "([^"]*)" is invalid: (.*)$/m.exec(stderr);
  if (!m) return null;
  let agg = m[3]!;
  if (agg.startsWith("[") && agg.endsWith("]")) agg = agg.slice(1, -1);
  // kubectl prints several causes one per "* " line after an empty first line (MultilineError).
  const parts = agg.trim() === "" ? [...stderr.matchAll(/^\* (.*)$/gm)].map((x) => x[1]!) : agg.split(/, (?=[A-Za-z][\w.[\]/-]*: )/);
  const items = parts
    .map((part) => {
      const i = part.indexOf(": ");
      return i > 0 ? { field: part.slice(0, i), message: part.slice(i + 2) } : null;
    })
    .filter((x) => x !== null);
  return { kind: m[1]!.split(".")[0]!, name: m[2]!, items };
}

/** The line of the deepest node of `path` that exists in `doc` (the key's line for map entries). */
function lineOf(doc: Document, path: (string | number)[], lines: LineCounter): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number" && node.items[key]) {
      node = node.items[key];
      offset = (node as Node).range?.[0] ?? offset;
    } else break;
  }
  return lines.linePos(offset).line;
}

export function diagnose(yaml: string, stderr: string): Diagnostic[] {
  if (!stderr) return [];
  const syntax = /at line (\d+), column \d+/.exec(stderr);
  if (syntax) return [{ line: Number(syntax[1]), message: stderr.replace(/^error: /, "").trim() }];
  const invalid = invalidItems(stderr);
  if (!invalid) return [];
  const lines = new LineCounter();
  const docs = parseAllDocuments(yaml, { lineCounter: lines });
  if (!Array.isArray(docs) || docs.length === 0) return [];
  const doc =
    docs.find((d) => {
      const js = d.toJS({ maxAliasCount: 100 }) as { kind?: unknown; metadata?: { name?: unknown } } | null;
      return js?.kind === invalid.kind && js?.metadata?.name === invalid.name;
    }) ?? docs[0]!;
  return invalid.items.map(({ field, message }) => ({ line: lineOf(doc, fieldPath(field), lines), message: `${field}: ${message}` }));
}
