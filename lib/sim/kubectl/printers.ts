// kubectl's output printers: table (KindSpec columns + tabwriter), name, json and yaml.
// -o json/yaml print the object as decoded from the server's JSON, so map keys come out
// sorted (Go's encoding of map[string]interface{}); yaml follows go-yaml v2's layout
// (sequences not indented under their key, YAML 1.1 quoting of "yes", timestamps, numbers).
import { stringify } from "yaml";
import type { KindSpec, KubeObject, VirtualMs } from "../types";
import { formatTable } from "./tabwriter";
import { formatLabels } from "../labels/selector";
import { kindRef } from "./resources";

export interface TableOptions {
  wide: boolean;
  withNamespace: boolean;
  showLabels: boolean;
  noHeaders: boolean;
  /** Prefix names with "<kind>[.group]/" (several kinds in one get). */
  qualifyNames: boolean;
  /** -L keys: one column each, headed by the upper-cased part after the last "/". */
  labelColumns?: readonly string[];
}

export function tableRows(kind: KindSpec, objs: readonly KubeObject[], now: VirtualMs, o: TableOptions): string[][] {
  const cols = kind.columns.filter((c) => o.wide || c.priority === 0);
  const rows: string[][] = [];
  if (!o.noHeaders) {
    const h = cols.map((c) => c.name.toUpperCase());
    const lh = (o.labelColumns ?? []).map((l) => (l.split("/").at(-1) ?? "").toUpperCase());
    rows.push([...(o.withNamespace && kind.namespaced ? ["NAMESPACE"] : []), ...h, ...lh, ...(o.showLabels ? ["LABELS"] : [])]);
  }
  for (const obj of objs) {
    const cells = cols.map((c, i) => {
      const v = o.wide && c.wideCell ? c.wideCell(obj, now) : c.cell(obj, now);
      return i === 0 && o.qualifyNames ? `${kindRef(kind)}/${v}` : v;
    });
    rows.push([
      ...(o.withNamespace && kind.namespaced ? [obj.metadata.namespace ?? ""] : []),
      ...cells,
      ...(o.labelColumns ?? []).map((l) => obj.metadata.labels?.[l] ?? ""),
      ...(o.showLabels ? [formatLabels(obj.metadata.labels)] : []),
    ]);
  }
  return rows;
}

export function printTable(kind: KindSpec, objs: readonly KubeObject[], now: VirtualMs, o: TableOptions): string {
  return formatTable(tableRows(kind, objs, now, o));
}

export const printName = (kind: KindSpec, obj: KubeObject) => `${kindRef(kind)}/${obj.metadata.name}\n`;

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}

/** A single object, or a v1 List when printing several. */
export function asPrintable(objs: readonly KubeObject[], single: boolean): unknown {
  if (single && objs.length === 1) return objs[0];
  return { apiVersion: "v1", items: objs, kind: "List", metadata: { resourceVersion: "" } };
}

export const printJson = (v: unknown) => `${JSON.stringify(sortKeys(v), null, 4)}\n`;

export function printYaml(v: unknown): string {
  return stringify(sortKeys(v), { indentSeq: false, schema: "yaml-1.1", lineWidth: 0, minContentWidth: 0 });
}
