// The exercise task's Markdown, rendered simply: paragraphs, numbered and bulleted lists
// (continuation lines indented), **bold** and `code`. Task texts are authored in the repo, so
// this covers what they use rather than all of Markdown.
import type { ReactNode } from "react";

type Block = { kind: "p"; text: string } | { kind: "ol" | "ul"; items: string[] };

/** Blocks of a Markdown text (pure; exported for tests). */
export function parseBlocks(md: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of md.trim().split(/\n\s*\n/)) {
    const lines = chunk.split("\n");
    const kind = /^\d+\.\s/.test(lines[0]!) ? "ol" : /^[-*]\s/.test(lines[0]!) ? "ul" : "p";
    if (kind === "p") {
      blocks.push({ kind, text: lines.map((l) => l.trim()).join(" ") });
      continue;
    }
    const items: string[] = [];
    for (const line of lines) {
      const start = line.match(/^(?:\d+\.|[-*])\s+(.*)$/);
      if (start) items.push(start[1]!);
      else if (items.length) items[items.length - 1] += ` ${line.trim()}`;
    }
    const prev = blocks[blocks.length - 1];
    // A blank line between items of one list keeps it one list.
    if (prev && prev.kind === kind) prev.items.push(...items);
    else blocks.push({ kind, items });
  }
  return blocks;
}

/** `code` and **bold** spans. */
export function inline(text: string): ReactNode[] {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/).map((part, i) => {
    if (part.startsWith("`") && part.endsWith("`") && part.length > 1) return <code key={i}>{part.slice(1, -1)}</code>;
    if (part.startsWith("**") && part.endsWith("**") && part.length > 3) return <strong key={i}>{part.slice(2, -2)}</strong>;
    return part;
  });
}

export function TaskMarkdown({ text }: { text: string }) {
  return (
    <>
      {parseBlocks(text).map((b, i) =>
        b.kind === "p" ? (
          <p key={i}>{inline(b.text)}</p>
        ) : b.kind === "ol" ? (
          <ol key={i} className="list-decimal pl-5">
            {b.items.map((it, j) => <li key={j}>{inline(it)}</li>)}
          </ol>
        ) : (
          <ul key={i} className="list-disc pl-5">
            {b.items.map((it, j) => <li key={j}>{inline(it)}</li>)}
          </ul>
        ),
      )}
    </>
  );
}
