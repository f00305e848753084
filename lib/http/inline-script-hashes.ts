// SHA-256 sources for the inline scripts of pages Next pre-rendered at build time.
//
// A static page's HTML is fixed at build time, so are its inline scripts (Next's RSC payload
// pushes, its bootstrap, the theme script). The proxy looks up the pre-rendered file for the
// requested path (<distDir>/server/app/<path>.html, the bytes `next start` serves), hashes
// every inline <script> once, and lists the hashes in that page's CSP. Nothing is hashed from
// the request, and paths outside the output folder are never read.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Inline <script> bodies of an HTML document (scripts with src= are external: not included). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  // Script content is raw text up to the first "</script", so this is exact for HTML
  // serialized by React (which escapes "</script" inside script bodies).
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const attrs = m[1] ?? "";
    if (/\ssrc\s*=/i.test(` ${attrs}`)) continue;
    out.push(m[2] ?? "");
  }
  return out;
}

export function sha256Source(text: string): string {
  return `sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}`;
}

export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(sha256Source))];
}

interface Entry {
  mtimeMs: number;
  size: number;
  hashes: string[];
}

/**
 * Finds the pre-rendered HTML for a pathname and returns its inline-script hashes, or null when
 * the path has no pre-rendered page (rendered per request: the nonce covers it). Cached per file
 * and re-read when the file changes (a revalidated page is rewritten).
 */
export class PrerenderedHashes {
  private readonly root: string;
  private readonly cache = new Map<string, Entry>();

  constructor(distDir: string) {
    this.root = path.resolve(distDir, "server", "app");
  }

  /** The pre-rendered file a pathname maps to, or null when the pathname cannot name one. */
  fileFor(pathname: string): string | null {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    const trimmed = decoded.replace(/\/+$/, "");
    if (trimmed.length > 512) return null;
    // Page paths are slugs; anything else (dots, backslashes, NUL) never maps to a file.
    if (trimmed !== "" && !/^(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+$/.test(trimmed)) return null;
    if (trimmed.split("/").some((s) => s === "." || s === "..")) return null;
    const file = path.join(this.root, trimmed === "" ? "index.html" : `${trimmed}.html`);
    return file.startsWith(this.root + path.sep) ? file : null;
  }

  hashesFor(pathname: string): string[] | null {
    const file = this.fileFor(pathname);
    return file ? this.read(file) : null;
  }

  /** Hashes of the pre-rendered not-found page, served for any path without a page. */
  notFoundHashes(): string[] {
    return this.read(path.join(this.root, "_not-found.html")) ?? [];
  }

  private read(file: string): string[] | null {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      this.cache.delete(file);
      return null;
    }
    if (!stat.isFile()) return null;
    const hit = this.cache.get(file);
    if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.hashes;
    const hashes = inlineScriptHashes(fs.readFileSync(file, "utf8"));
    this.cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, hashes });
    return hashes;
  }
}
