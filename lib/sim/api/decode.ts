// The decoding step of kube-apiserver: before defaulting, the request body is unmarshalled into
// the Go types with strict field validation (kubectl's default --validate=strict). We walk the
// object against a compact schema (schemas/) and reproduce what encoding/json (the
// sigs.k8s.io/json fork) reports:
// - a wrong JSON type: `json: cannot unmarshal <number|string|bool|array|object> into Go struct
//   field <Struct>.<json.path.without.indices> of type <go type>` — the first one in document
//   order; decoding goes on, so later problems don't replace it;
// - a custom unmarshaller failing (Quantity, IntOrString, Time) aborts at once with its error;
// - otherwise unknown fields: `strict decoding error: unknown field "spec.containers[0].x", …`.
import type { KindSpec } from "../types";
import { parseQuantity } from "../util/quantity";
import type { Schema } from "./schemas/types";
import { schemaFor } from "./schemas";

interface State {
  typeError?: string;
  unknown: string[];
}

/** Thrown by custom unmarshallers: ends the decode with this text. */
class Fatal {
  constructor(readonly message: string) {}
}

const jsonKind = (v: unknown): string => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v === "boolean" ? "bool" : typeof v);

/** The JSON text Go would see for a number literal (YAML floats arrive as JS numbers). */
const numberText = (n: number) => String(n);

/** Quantities that certainly parse ("100m", "64Mi", "1.5", "2G"); anything else goes to parseQuantity. */
const COMMON_QUANTITY = /^[0-9]{1,15}(\.[0-9]{1,9})?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/;

const INT_RANGE = { int32: [-2147483648, 2147483647], int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] } as const;

function typeError(st: State, value: string, struct: string, goPath: string, type: string) {
  st.typeError ??= `json: cannot unmarshal ${value} into Go struct field ${struct}.${goPath} of type ${type}`;
}

/** Go's zero value for a null array element ({} for a struct); null stays null where Go keeps nil. */
function zeroValue(s: Schema): unknown {
  switch (s.t) {
    case "struct":
      return {};
    case "string":
    case "bytes":
      return "";
    case "bool":
      return false;
    case "int32":
    case "int64":
    case "float64":
      return 0;
    default:
      return null;
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Walks `v` against `s`. `struct` is the Go struct owning the current field (error context),
 * `goPath` the json names from the root (no indices, no map keys, as encoding/json's field stack),
 * `path` the strict-decoding path (with [i] indices). `only` (a merge patch) limits the walk of
 * objects to the members it names: the others are the current object's, which decoded already.
 */
function walk(v: unknown, s: Schema, st: State, struct: string, goPath: string, path: string, only?: Record<string, unknown>): void {
  if (v === null || v === undefined || s.t === "any") return;
  const k = jsonKind(v);
  switch (s.t) {
    case "string":
      if (k !== "string") typeError(st, k, struct, goPath, "string");
      return;
    case "bool":
      if (k !== "bool") typeError(st, k, struct, goPath, "bool");
      return;
    case "bytes":
      if (k !== "string") typeError(st, k, struct, goPath, "[]uint8");
      return;
    case "float64":
      if (k !== "number") typeError(st, k, struct, goPath, "float64");
      return;
    case "int32":
    case "int64": {
      if (k !== "number") return typeError(st, k, struct, goPath, s.t);
      const n = v as number;
      const [lo, hi] = INT_RANGE[s.t];
      if (!Number.isInteger(n) || n < lo || n > hi) typeError(st, `number ${numberText(n)}`, struct, goPath, s.t);
      return;
    }
    case "quantity": {
      // Quantity.UnmarshalJSON parses the raw JSON text (unquoted if a string).
      const text = k === "string" ? (v as string).trim() : k === "number" ? numberText(v as number) : JSON.stringify(v);
      if (COMMON_QUANTITY.test(text)) return; // fast path: plainly valid, skip the BigInt parse
      try {
        parseQuantity(text);
      } catch (e) {
        throw new Fatal(e instanceof Error ? e.message : String(e));
      }
      return;
    }
    case "intstr": {
      // IntOrString.UnmarshalJSON: a quoted value is the string, anything else must fit an int32;
      // its json error gets the enclosing field as context.
      if (k === "string") return;
      const n = v as number;
      const what = k !== "number" ? k : Number.isInteger(n) && n >= INT_RANGE.int32[0] && n <= INT_RANGE.int32[1] ? undefined : `number ${numberText(n)}`;
      if (what) throw new Fatal(`json: cannot unmarshal ${what} into Go struct field ${struct}.${goPath} of type int32`);
      return;
    }
    case "time":
      // metav1.Time.UnmarshalJSON decodes a string first.
      if (k !== "string") throw new Fatal(`json: cannot unmarshal ${k} into Go struct field ${struct}.${goPath} of type string`);
      return;
    case "array": {
      if (k !== "array") return typeError(st, k, struct, goPath, s.go);
      const items = v as unknown[];
      for (let i = 0; i < items.length; i++) {
        // encoding/json decodes a null element as the element type's zero value.
        if (items[i] === null && !only) items[i] = zeroValue(s.of);
        walk(items[i], s.of, st, struct, goPath, `${path}[${i}]`);
      }
      return;
    }
    case "map": {
      if (k !== "object") return typeError(st, k, struct, goPath, s.go);
      for (const key in v as Record<string, unknown>) {
        if (only && !(key in only)) continue;
        walk((v as Record<string, unknown>)[key], s.of, st, struct, goPath, `${path}[${key}]`, only && isPlainObject(only[key]) ? only[key] : undefined);
      }
      return;
    }
    case "struct": {
      if (k !== "object") return typeError(st, k, struct, goPath, s.go);
      const name = s.go.slice(s.go.indexOf(".") + 1);
      const o = v as Record<string, unknown>;
      for (const key in o) {
        if (o[key] === undefined) continue; // not in the JSON body
        if (only && !(key in only)) continue;
        const f = s.fields[key];
        const p = path ? `${path}.${key}` : key;
        if (!f) st.unknown.push(p);
        else walk(o[key], f, st, name, goPath ? `${goPath}.${key}` : key, p, only && isPlainObject(only[key]) ? only[key] : undefined);
      }
      return;
    }
  }
}

/**
 * The decode error text for `obj` as kind `k`, or undefined if it decodes cleanly. With `patch`
 * (the merge patch that produced `obj` from a stored object), only what the patch wrote is
 * checked: the rest is the stored object's, unchanged, so it cannot add an error.
 */
export function decodeError(k: Pick<KindSpec, "kind">, obj: unknown, patch?: object): string | undefined {
  const s = schemaFor(k.kind);
  if (!s) return undefined;
  const st: State = { unknown: [] };
  try {
    walk(obj, s, st, k.kind, "", "", isPlainObject(patch) ? patch : undefined);
  } catch (e) {
    if (e instanceof Fatal) return e.message;
    throw e;
  }
  if (st.typeError) return st.typeError;
  if (st.unknown.length) return `strict decoding error: ${st.unknown.map((p) => `unknown field ${JSON.stringify(p)}`).join(", ")}`;
  return undefined;
}

/** `Pod in version "v1" cannot be handled as a Pod: …` (the create/update handlers' wrapping). */
export function cannotBeHandled(k: Pick<KindSpec, "kind">, apiVersion: string, err: string): string {
  const version = apiVersion.slice(apiVersion.indexOf("/") + 1);
  return `${k.kind} in version ${JSON.stringify(version)} cannot be handled as a ${k.kind}: ${err}`;
}

