// kubectl describe's PrefixWriter and the multi-line label/annotation/toleration printers
// (kubectl pkg/describe/describe.go). Output is collected as tab-separated text and aligned
// at the end by gotabwriter.ts, like describe's tabbedString.
import { FLUSH, tabwriteWithFlushes } from "./gotabwriter";

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;

export class PrefixWriter {
  private text = "";

  /** Writes `s` after two spaces per level (describe's Write with a preformatted string). */
  write(level: number, s: string): void {
    this.text += "  ".repeat(level) + s;
  }

  writeLine(s = ""): void {
    this.text += `${s}\n`;
  }

  flush(): void {
    this.text += FLUSH;
  }

  /** The aligned output (tabbedString). */
  toString(): string {
    return tabwriteWithFlushes(this.text);
  }

  /** The text as written, tabs kept: what a PrefixWriter over a plain buffer produces. */
  raw(): string {
    return this.text.split(FLUSH).join("");
  }
}

const MAX_ANNOTATION_LEN = 140;
/** Annotations describe never prints (describe.go skipAnnotations): kubectl apply's own bookkeeping. */
const SKIP_ANNOTATIONS = new Set(["kubectl.kubernetes.io/last-applied-configuration"]);
const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}...` : s);

export function printLabelsMultiline(w: PrefixWriter, title: string, labels: Record<string, string> | undefined | null, initialIndent = "", innerIndent = "\t"): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return w.writeLine("<none>");
  keys.forEach((k, i) => {
    if (i !== 0) w.write(LEVEL_0, initialIndent + innerIndent);
    w.write(LEVEL_0, `${k}=${labels![k]}\n`);
  });
}

export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined | null, initialIndent = "", innerIndent = "\t"): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const keys = Object.keys(annotations ?? {})
    .filter((k) => !SKIP_ANNOTATIONS.has(k))
    .sort();
  if (keys.length === 0) return w.writeLine("<none>");
  const indent = initialIndent + innerIndent;
  keys.forEach((k, i) => {
    if (i !== 0) w.write(LEVEL_0, indent);
    const value = annotations![k]!.replace(/\n$/, "");
    if (value.length + k.length + 2 > MAX_ANNOTATION_LEN || value.includes("\n")) {
      w.write(LEVEL_0, `${k}:\n`);
      for (const s of value.split("\n")) w.write(LEVEL_0, `${indent}  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      w.write(LEVEL_0, `${k}: ${value}\n`);
    }
  });
}

interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

export function printTolerationsMultiline(w: PrefixWriter, title: string, tolerations: readonly Toleration[] | undefined, initialIndent = "", innerIndent = "\t"): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  if (!tolerations || tolerations.length === 0) return w.writeLine("<none>");
  tolerations.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, initialIndent + innerIndent);
    let s = t.key ?? "";
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    // operator Exists without a value tolerates everything for that key (or everything at all).
    if (t.operator === "Exists" && !t.value) s += t.key || t.effect ? " op=Exists" : "op=Exists";
    if (typeof t.tolerationSeconds === "number") s += ` for ${t.tolerationSeconds}s`;
    w.write(LEVEL_0, `${s}\n`);
  });
}
