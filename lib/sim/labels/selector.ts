// Label selectors as apimachinery pkg/labels parses, prints and matches them (selector.go):
// equality (=, ==, !=), set-based (in, notin, key, !key) and gt/lt, ANDed by commas.
// Parse errors carry the upstream texts ("found ',', expected: identifier after ','").
import { invalidValue, isQualifiedName, isValidLabelValue } from "./validation";

export type Operator = "!" | "=" | "==" | "in" | "!=" | "notin" | "exists" | "gt" | "lt";

export interface Requirement {
  readonly key: string;
  readonly operator: Operator;
  /** Sorted, de-duplicated (a set upstream). */
  readonly values: readonly string[];
}

export interface Selector {
  readonly requirements: readonly Requirement[];
  matches(labels: Readonly<Record<string, string>> | undefined): boolean;
  /** Canonical text: requirements sorted by key, values sorted. "" for everything. */
  toString(): string;
  /** True when the selector has no requirement (matches everything). */
  empty(): boolean;
}

const INT_RE = /^[+-]?\d+$/;

/** NewRequirement: validates key, operator arity and values; throws with the upstream text. */
export function newRequirement(key: string, operator: Operator, values: readonly string[]): Requirement {
  const errs: string[] = [];
  const keyErrs = isQualifiedName(key);
  if (keyErrs.length > 0) errs.push(invalidValue("key", key, keyErrs.join("; ")));
  const vals = [...new Set(values)].sort();
  switch (operator) {
    case "in":
    case "notin":
      if (vals.length === 0) errs.push(`values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty`);
      break;
    case "=":
    case "==":
    case "!=":
      if (vals.length !== 1) errs.push(`values: Invalid value: ${JSON.stringify(vals)}: exact-match compatibility requires one single value`);
      break;
    case "exists":
    case "!":
      if (vals.length !== 0) errs.push(`values: Invalid value: ${JSON.stringify(vals)}: values set must be empty for exists and does not exist`);
      break;
    case "gt":
    case "lt":
      if (vals.length !== 1) errs.push(`values: Invalid value: ${JSON.stringify(vals)}: for 'Gt', 'Lt' operators, exactly one value is required`);
      vals.forEach((v, i) => {
        if (!INT_RE.test(v)) errs.push(`values[${i}]: Invalid value: ${JSON.stringify(v)}: for 'Gt', 'Lt' operators, the value must be an integer`);
      });
      break;
    default:
      errs.push(`operator: Unsupported value: ${JSON.stringify(operator)}: supported values: "in", "notin", "=", "==", "!=", "gt", "lt", "exists", "!"`);
  }
  vals.forEach((v, i) => {
    const vErrs = isValidLabelValue(v);
    if (vErrs.length > 0) errs.push(invalidValue(`values[${i}]`, v, vErrs.join("; ")));
  });
  if (errs.length === 1) throw new Error(errs[0]);
  if (errs.length > 1) throw new Error(`[${errs.join(", ")}]`);
  return { key, operator, values: vals };
}

export function requirementMatches(r: Requirement, labels: Readonly<Record<string, string>> | undefined): boolean {
  const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, r.key);
  const value = has ? (labels as Record<string, string>)[r.key] ?? "" : "";
  switch (r.operator) {
    case "in":
    case "=":
    case "==":
      return has && r.values.includes(value);
    case "notin":
    case "!=":
      return !has || !r.values.includes(value);
    case "exists":
      return has;
    case "!":
      return !has;
    case "gt":
    case "lt": {
      if (!has || !INT_RE.test(value)) return false;
      const l = BigInt(value);
      const rv = BigInt(r.values[0] ?? "0");
      return r.operator === "gt" ? l > rv : l < rv;
    }
  }
}

export function requirementString(r: Requirement): string {
  switch (r.operator) {
    case "!":
      return `!${r.key}`;
    case "exists":
      return r.key;
    case "in":
    case "notin":
      return `${r.key} ${r.operator} (${r.values.join(",")})`;
    case "gt":
      return `${r.key}>${r.values[0] ?? ""}`;
    case "lt":
      return `${r.key}<${r.values[0] ?? ""}`;
    default:
      return `${r.key}${r.operator}${r.values[0] ?? ""}`;
  }
}

/** A selector from requirements; they are sorted by key as upstream's Add/Parse do. */
export function selectorFromRequirements(reqs: readonly Requirement[]): Selector {
  const sorted = [...reqs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    requirements: sorted,
    matches: (labels) => sorted.every((r) => requirementMatches(r, labels)),
    toString: () => sorted.map(requirementString).join(","),
    empty: () => sorted.length === 0,
  };
}

/** A selector that matches nothing (LabelSelectorAsSelector(nil)). Prints as "". */
export const NOTHING: Selector = {
  requirements: [],
  matches: () => false,
  toString: () => "",
  empty: () => false,
};

export { parseSelector } from "./parser";

/** labels.FormatLabels / the SELECTOR column of services: "k=v,k2=v2" sorted, or "<none>". */
export function formatLabels(labels: Readonly<Record<string, string>> | undefined | null): string {
  if (!labels) return "<none>";
  const keys = Object.keys(labels).sort();
  if (keys.length === 0) return "<none>";
  return keys.map((k) => `${k}=${labels[k]}`).join(",");
}
