// Go's text/tabwriter as `kubectl describe` and `rollout history --revision` use it
// (tabwriter.NewWriter(out, 0, 8, 2, ' ', 0)): cells are tab-terminated, the text after a
// line's last tab is not part of any column, and a column's width is set per block of
// consecutive lines that have a cell in it — so a line without a tab (e.g. "Pod Template:")
// ends the alignment above it. `flush` marks a point where Go's Writer.Flush was called:
// blocks never span it (DescribeEvents flushes before its table).

interface Options {
  minWidth: number;
  padding: number;
}

const DESCRIBE: Options = { minWidth: 0, padding: 2 };
const runes = (s: string) => [...s].length;

/** Formats text containing tabs and newlines the way Go's tabwriter would print it. */
export function tabwrite(text: string, opts: Options = DESCRIBE): string {
  const endsWithNewline = text.endsWith("\n");
  const body = endsWithNewline ? text.slice(0, -1) : text;
  if (body === "" && !endsWithNewline) return "";
  const lines = body.split("\n").map((l) => l.split("\t"));
  const out: string[] = new Array(lines.length).fill("");
  const widths: number[] = [];
  const writeLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const cells = lines[i]!;
      let s = "";
      cells.forEach((c, j) => {
        s += c;
        if (j < widths.length && j < cells.length - 1) s += " ".repeat(Math.max(0, widths[j]! - runes(c)));
      });
      out[i] = s;
    }
  };
  // The recursive block algorithm of tabwriter.format, column by column.
  const format = (line0: number, line1: number) => {
    const column = widths.length;
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i]!.length - 1) continue;
      writeLines(line0, i);
      line0 = i;
      let width = opts.minWidth;
      for (; i < line1; i++) {
        const cells = lines[i]!;
        if (column >= cells.length - 1) break;
        width = Math.max(width, runes(cells[column]!) + opts.padding);
      }
      widths.push(width);
      format(line0, i);
      widths.pop();
      line0 = i;
      i--; // the for-loop's i++ would skip the line that ended the block
    }
    writeLines(line0, line1);
  };
  format(0, lines.length);
  return out.join("\n") + (endsWithNewline ? "\n" : "");
}

/** FLUSH splits text into separately aligned parts, as tabwriter.Flush does. */
export const FLUSH = "\u0000flush\u0000";

export function tabwriteWithFlushes(text: string): string {
  return text.split(FLUSH).map((part) => tabwrite(part)).join("");
}
