// A rehype plugin that records h2/h3 ids and texts (after rehype-slug) for the table of
// contents. Written against the minimal hast shape to avoid another dependency.

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function textOf(node: HastNode): string {
  if (node.type === "text") return node.value ?? "";
  // Skip the autolink anchor's "#".
  if (node.tagName === "a" && String(node.properties?.className ?? "").includes("heading-anchor")) return "";
  return (node.children ?? []).map(textOf).join("");
}

export function collectHeadings(into: TocEntry[]) {
  return () => (tree: HastNode) => {
    const walk = (node: HastNode, depth: number) => {
      if (depth > 64) return;
      if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties?.id === "string") {
        into.push({ id: node.properties.id, text: textOf(node).trim(), depth: node.tagName === "h2" ? 2 : 3 });
        return;
      }
      for (const child of node.children ?? []) walk(child, depth + 1);
    };
    walk(tree, 0);
  };
}
