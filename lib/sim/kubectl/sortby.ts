// kubectl get --sort-by: a JSONPath field, made relaxed ("x", ".x", "{.x}" → "{.x}"), compared
// on the first value each object yields — numbers numerically, strings in natural order
// (digit runs as numbers) — with objects lacking the field first. kubectl fails when no
// object has the field at all.
import type { KubeObject } from "../types";
import { selectPath } from "./jsonpath";

/** "{.metadata.name}" from any of kubectl's relaxed spellings. */
export function relaxedPath(field: string): string {
  let f = field.trim();
  if (f.startsWith("{") && f.endsWith("}")) f = f.slice(1, -1);
  return `{.${f.replace(/^\./, "")}}`;
}

/** Natural order: runs of digits compare by value, the rest by code unit. */
export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const da = /\d/.test(a[i]!);
    const db = /\d/.test(b[j]!);
    if (da && db) {
      let ei = i; while (ei < a.length && /\d/.test(a[ei]!)) ei++;
      let ej = j; while (ej < b.length && /\d/.test(b[ej]!)) ej++;
      const na = a.slice(i, ei).replace(/^0+/, "");
      const nb = b.slice(j, ej).replace(/^0+/, "");
      if (na.length !== nb.length) return na.length < nb.length;
      if (na !== nb) return na < nb;
      if (ei - i !== ej - j) return ei - i > ej - j; // more leading zeros sorts first
      i = ei; j = ej;
    } else {
      if (a[i] !== b[j]) return a[i]! < b[j]!;
      i++; j++;
    }
  }
  return a.length - i < b.length - j;
}

function less(x: unknown, y: unknown): boolean {
  if (typeof x === "number" && typeof y === "number") return x < y;
  if (typeof x === "string" && typeof y === "string") return naturalLess(x, y);
  if (typeof x === "boolean" && typeof y === "boolean") return !x && y;
  return false;
}

/** Sorted copy, or kubectl's error text when no object has the field. */
export function sortObjects(objs: readonly KubeObject[], field: string): KubeObject[] | string {
  const path = relaxedPath(field);
  const keyed = objs.map((o) => ({ o, v: selectPath(path, o) }));
  if (objs.length > 0 && keyed.every((k) => k.v.length === 0)) {
    return `error: couldn't find any field with path "${path}" in the list of objects\n`;
  }
  // Insertion sort, as Go's sort.Sort does for short lists: stable, with Less as kubectl defines it.
  const out = [...keyed];
  for (let i = 1; i < out.length; i++) {
    for (let j = i; j > 0; j--) {
      const a = out[j]!;
      const b = out[j - 1]!;
      const aLess = a.v.length === 0 ? true : b.v.length === 0 ? false : less(a.v[0], b.v[0]);
      if (!aLess) break;
      out[j] = b; out[j - 1] = a;
    }
  }
  return out.map((k) => k.o);
}
