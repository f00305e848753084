// text/tabwriter as kubectl configures it (cli-runtime printers/tabwriter.go: minwidth 6,
// tabwidth 4, padding 3, pad with spaces). Every cell but the last of a row is padded to the
// column width max(minwidth, widest cell + padding); the last cell is written as is.
// Widths count characters (runes), as Go's tabwriter does for UTF-8 text.

export interface TabOptions {
  minWidth: number;
  padding: number;
}

export const KUBECTL_TABLE: TabOptions = { minWidth: 6, padding: 3 };
/** `kubectl rollout history` uses tabwriter.NewWriter(out, 0, 0, 2, ' ', 0). */
export const ROLLOUT_HISTORY: TabOptions = { minWidth: 0, padding: 2 };

const width = (s: string) => [...s].length;

/** Rows of cells → text, each row ending in "\n". */
export function formatTable(rows: readonly (readonly string[])[], opts: TabOptions = KUBECTL_TABLE): string {
  const widths: number[] = [];
  for (const row of rows) {
    for (let i = 0; i < row.length - 1; i++) {
      const w = Math.max(opts.minWidth, width(row[i] ?? "") + opts.padding);
      if (w > (widths[i] ?? 0)) widths[i] = w;
    }
  }
  let out = "";
  for (const row of rows) {
    let line = "";
    row.forEach((cell, i) => {
      line += i === row.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - width(cell));
    });
    out += line + "\n";
  }
  return out;
}
