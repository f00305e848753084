// kubectl get -o custom-columns=HEADER:path,…: the header row as written, one row per object,
// a cell joining every value the path selects with "," (Go %v), "<none>" when it selects nothing.
import type { KubeObject } from "../types";
import { goValue, selectPath } from "./jsonpath";

export interface Column { header: string; path: string }

/** The spec's columns, or kubectl's error text. */
export function parseCustomColumns(spec: string): Column[] | string {
  if (spec === "") return "error: custom-columns format specified but no custom columns given\n";
  const cols: Column[] = [];
  for (const part of spec.split(",")) {
    const bits = part.split(":");
    if (bits.length !== 2) return `error: unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>\n`;
    cols.push({ header: bits[0]!, path: bits[1]! });
  }
  return cols;
}

export function customColumnRows(cols: readonly Column[], objs: readonly KubeObject[], noHeaders: boolean): string[][] {
  const rows: string[][] = noHeaders ? [] : [cols.map((c) => c.header)];
  for (const o of objs) {
    rows.push(cols.map((c) => {
      const vs = selectPath(c.path, o);
      return vs.length === 0 ? "<none>" : vs.map(goValue).join(",");
    }));
  }
  return rows;
}
