// RFC 6902 JSON Patch as evanphx/json-patch applies it on the API server: add, remove, replace,
// move, copy, test over RFC 6901 pointers ("~1" is "/", "~0" is "~", "-" appends). A failing
// operation throws PatchApplyError; the server turns any such failure into a bare 422
// (kubectl: "The request is invalid"), so only the fact of failing matters to the caller.
import { deepClone, deepEqual } from "../../store";

export class PatchApplyError extends Error {}

export interface Operation { op?: unknown; path?: unknown; from?: unknown; value?: unknown }

type Json = unknown;
type Container = Record<string, Json> | Json[];

function parsePointer(p: unknown): string[] {
  if (typeof p !== "string") throw new PatchApplyError("missing path");
  if (p === "") return [];
  if (!p.startsWith("/")) throw new PatchApplyError(`invalid path ${p}`);
  return p.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

const isObj = (v: unknown): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The container holding the last segment, and that segment. */
function parentOf(doc: Json, parts: string[]): { parent: Container; key: string } {
  let cur: Json = doc;
  for (const part of parts.slice(0, -1)) {
    if (Array.isArray(cur)) {
      const i = index(part, cur.length - 1);
      cur = cur[i];
    } else if (isObj(cur) && Object.hasOwn(cur, part)) cur = cur[part];
    else throw new PatchApplyError(`doc is missing path: ${part}`);
  }
  if (!Array.isArray(cur) && !isObj(cur)) throw new PatchApplyError("unable to find parent");
  return { parent: cur, key: parts.at(-1)! };
}

function index(part: string, max: number): number {
  if (!/^(0|[1-9]\d*)$/.test(part)) throw new PatchApplyError(`invalid array index ${part}`);
  const i = Number(part);
  if (i > max) throw new PatchApplyError(`index out of bounds ${i}`);
  return i;
}

function get(doc: Json, path: unknown): Json {
  const parts = parsePointer(path);
  if (parts.length === 0) return doc;
  const { parent, key } = parentOf(doc, parts);
  if (Array.isArray(parent)) return parent[index(key, parent.length - 1)];
  if (!Object.hasOwn(parent, key)) throw new PatchApplyError(`doc is missing key: ${String(path)}`);
  return parent[key];
}

function add(doc: Json, path: unknown, value: Json): Json {
  const parts = parsePointer(path);
  if (parts.length === 0) return value;
  const { parent, key } = parentOf(doc, parts);
  if (Array.isArray(parent)) parent.splice(key === "-" ? parent.length : index(key, parent.length), 0, value);
  else parent[key] = value;
  return doc;
}

function remove(doc: Json, path: unknown): Json {
  const parts = parsePointer(path);
  if (parts.length === 0) throw new PatchApplyError("cannot remove the root");
  const { parent, key } = parentOf(doc, parts);
  if (Array.isArray(parent)) parent.splice(index(key, parent.length - 1), 1);
  else if (Object.hasOwn(parent, key)) delete parent[key];
  else throw new PatchApplyError(`remove operation does not apply: doc is missing path: ${String(path)}`);
  return doc;
}

/** Applies every operation to a copy of `doc`; throws PatchApplyError on the first failure. */
export function applyJsonPatch(doc: Json, ops: readonly Operation[]): Json {
  let out = deepClone(doc);
  for (const o of ops) {
    if (!isObj(o)) throw new PatchApplyError("operation is not an object");
    switch (o.op) {
      case "add":
        if (!("value" in o)) throw new PatchApplyError("add operation missing value");
        out = add(out, o.path, deepClone(o.value));
        break;
      case "remove":
        out = remove(out, o.path);
        break;
      case "replace":
        if (!("value" in o)) throw new PatchApplyError("replace operation missing value");
        get(out, o.path); // the target must exist
        out = parsePointer(o.path).length === 0 ? deepClone(o.value) : add(remove(out, o.path), o.path, deepClone(o.value));
        break;
      case "move": {
        const v = get(out, o.from);
        out = add(remove(out, o.from), o.path, v);
        break;
      }
      case "copy":
        out = add(out, o.path, deepClone(get(out, o.from)));
        break;
      case "test":
        if (!deepEqual(get(out, o.path), o.value)) throw new PatchApplyError("testing value failed");
        break;
      default:
        throw new PatchApplyError(`Unexpected kind: ${String(o.op)}`);
    }
  }
  return out;
}
