// kubectl's JSONPath templates (client-go util/jsonpath as kubectl uses it, missing keys
// allowed): text, {.a.b}, {.a\.b} (escaped dot), {.a[0]}, {.a[*]}, {.a[-1]}, {..a}, {['k.with/dots']}, {$.x},
// {"literal\n"}, {range <path>}…{end}, and filters [?(@.path=="v")] / != / bare [?(@.path)].
// Pure: templates are parsed once and evaluated against plain JSON values.

type Step =
  | { t: "field"; name: string }
  | { t: "index"; i: number }
  | { t: "all" }
  | { t: "recurse"; name: string }
  | { t: "filter"; path: Step[]; op?: "==" | "!="; value?: string };

type Node =
  | { t: "text"; s: string }
  | { t: "path"; root: boolean; steps: Step[] }
  | { t: "range"; root: boolean; steps: Step[]; body: Node[] };

export class JsonPathError extends Error {}

function parseSteps(src: string): { root: boolean; steps: Step[] } {
  let s = src.trim();
  let root = false;
  if (s.startsWith("$")) { root = true; s = s.slice(1); }
  if (s === ".") s = "";
  const steps: Step[] = [];
  let i = 0;
  // A field name runs to the next terminator; a backslash escapes the character after it, so
  // `.annotations.deployment\.kubernetes\.io/revision` is one key (client-go's parseField and
  // advance), and the backslashes are then dropped from the name.
  const ident = () => {
    const m = /^(?:\\[\s\S]?|[^.[\]\s\\])*/.exec(s.slice(i));
    const raw = m ? m[0] : "";
    i += raw.length;
    return raw.replaceAll("\\", "");
  };
  while (i < s.length) {
    if (s.startsWith("..", i)) { i += 2; steps.push({ t: "recurse", name: ident() }); continue; }
    if (s[i] === ".") { i++; const n = ident(); steps.push(n === "*" ? { t: "all" } : { t: "field", name: n }); continue; }
    if (s[i] === "[") {
      const close = s.startsWith("[?(", i) ? s.indexOf(")]", i) + 1 : s.indexOf("]", i);
      if (close <= i) throw new JsonPathError(`unterminated array`);
      const inner = s.slice(i + 1, close).trim();
      i = close + 1;
      if (inner === "*") steps.push({ t: "all" });
      else if (/^-?\d+$/.test(inner)) steps.push({ t: "index", i: Number(inner) });
      else if (/^'.*'$/.test(inner) || /^".*"$/.test(inner)) steps.push({ t: "field", name: inner.slice(1, -1).replace(/\\\./g, ".") });
      else if (inner.startsWith("?(") && inner.endsWith(")")) {
        const m = /^@((?:\.[^.=!\s]+)*)\s*(?:(==|!=)\s*(?:"([^"]*)"|'([^']*)'|(\S+)))?$/.exec(inner.slice(2, -1).trim());
        if (!m) throw new JsonPathError(`unsupported filter ${inner}`);
        const op = m[2] as "==" | "!=" | undefined;
        steps.push({ t: "filter", path: parseSteps(m[1] ?? "").steps, op, value: m[3] ?? m[4] ?? m[5] });
      } else throw new JsonPathError(`unsupported subscript [${inner}]`);
      continue;
    }
    // Relaxed form ("metadata.name"): a bare leading field.
    if (steps.length === 0 && i === 0) { const n = ident(); steps.push({ t: "field", name: n }); continue; }
    throw new JsonPathError(`unrecognized character in action: ${s.slice(i)}`);
  }
  return { root, steps };
}

function unquote(lit: string): string {
  return lit.slice(1, -1).replace(/\\(.)/g, (_, c: string) => ({ n: "\n", t: "\t", r: "\r" })[c] ?? c);
}

/** Template → nodes; throws JsonPathError on what it cannot parse. */
export function parseJsonPath(template: string): Node[] {
  const stack: Node[][] = [[]];
  const ranges: { root: boolean; steps: Step[] }[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) { stack.at(-1)!.push({ t: "text", s: template.slice(i) }); break; }
    if (open > i) stack.at(-1)!.push({ t: "text", s: template.slice(i, open) });
    // A string literal may hold "}".
    let close = open + 1;
    let inStr = false;
    for (; close < template.length; close++) {
      const c = template[close];
      if (inStr && c === "\\") { close++; continue; }
      if (c === '"') inStr = !inStr;
      else if (c === "}" && !inStr) break;
    }
    if (close >= template.length) throw new JsonPathError("unclosed action");
    const action = template.slice(open + 1, close).trim();
    i = close + 1;
    if (action.startsWith("range ")) { ranges.push(parseSteps(action.slice(6))); stack.push([]); }
    else if (action === "end") {
      const r = ranges.pop();
      const body = stack.pop();
      if (!r || !body) throw new JsonPathError("not in range, nothing to end");
      stack.at(-1)!.push({ t: "range", ...r, body });
    } else if (/^".*"$/s.test(action)) stack.at(-1)!.push({ t: "text", s: unquote(action) });
    else stack.at(-1)!.push({ t: "path", ...parseSteps(action) });
  }
  if (ranges.length > 0) throw new JsonPathError("unclosed range");
  return stack[0]!;
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function descend(v: unknown, name: string, out: unknown[]): void {
  if (Array.isArray(v)) { for (const x of v) descend(x, name, out); return; }
  if (!isObj(v)) return;
  if (name in v) out.push(v[name]);
  for (const k of Object.keys(v).sort()) descend(v[k], name, out);
}

function step(values: unknown[], s: Step): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    if (s.t === "field") { if (isObj(v) && v[s.name] !== undefined) out.push(v[s.name]); }
    else if (s.t === "index") { if (Array.isArray(v)) { const x = v[s.i < 0 ? v.length + s.i : s.i]; if (x !== undefined) out.push(x); } }
    else if (s.t === "all") { if (Array.isArray(v)) out.push(...v); else if (isObj(v)) for (const k of Object.keys(v).sort()) out.push(v[k]); }
    else if (s.t === "recurse") descend(v, s.name, out);
    else if (Array.isArray(v)) {
      for (const x of v) {
        const got = evalSteps([x], s.path);
        if (s.op === undefined ? got.length > 0 : got.some((g) => (textOf(g) === s.value) === (s.op === "=="))) out.push(x);
      }
    }
  }
  return out;
}

/** Values a path selects from `current` (or `root` for $-paths). */
export function evalSteps(values: unknown[], steps: readonly Step[]): unknown[] {
  return steps.reduce(step, values);
}

/** How a selected value prints: strings raw, scalars as Go prints them, maps/lists as JSON. */
export function textOf(v: unknown): string {
  if (typeof v === "string") return v;
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(sortKeys(v));
  return String(v);
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isObj(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
  return v;
}

function run(nodes: readonly Node[], root: unknown, cur: unknown): string {
  let out = "";
  for (const n of nodes) {
    if (n.t === "text") out += n.s;
    else if (n.t === "path") out += evalSteps([n.root ? root : cur], n.steps).map(textOf).join(" ");
    else for (const item of evalSteps([n.root ? root : cur], n.steps)) out += run(n.body, root, item);
  }
  return out;
}

/** Parsed template's output for `data` (kubectl adds no newline). */
export function runJsonPath(nodes: readonly Node[], data: unknown): string {
  return run(nodes, data, data);
}

/** `kubectl get -o jsonpath=<template>` output for `data`. */
export function executeJsonPath(template: string, data: unknown): string {
  return runJsonPath(parseJsonPath(template), data);
}

/** The values one path expression ("{.a.b}", ".a.b" or "a.b") selects, for sort-by and custom-columns. */
export function selectPath(expr: string, data: unknown): unknown[] {
  const e = expr.trim().replace(/^\{(.*)\}$/s, "$1");
  const p = parseSteps(e);
  return evalSteps([data], p.steps);
}

/** Go's fmt "%v" of a decoded JSON value (custom-columns cells): map[k:v], [a b]. */
export function goValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(goValue).join(" ")}]`;
  if (isObj(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goValue(v[k])}`).join(" ")}]`;
  if (v === null || v === undefined) return "<nil>";
  return String(v);
}
