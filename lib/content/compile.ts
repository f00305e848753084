import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypePrettyCode from "rehype-pretty-code";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { splitFrontmatter } from "./frontmatter";
import { collectHeadings, type TocEntry } from "./toc";

// MDX compiles on the server only, one compile at a time (esbuild is memory hungry and
// pre-rendering runs pages in parallel), cached by file path + modification time.

export interface CompiledLesson {
  code: string;
  toc: TocEntry[];
}

const cache = new Map<string, { mtimeMs: number; result: Promise<CompiledLesson> }>();
let queue: Promise<unknown> = Promise.resolve();

export async function compileLesson(file: string): Promise<CompiledLesson> {
  const { mtimeMs } = await fs.stat(file);
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.result;
  const result = queue.then(() => compile(file));
  queue = result.catch(() => undefined);
  cache.set(file, { mtimeMs, result });
  result.catch(() => cache.delete(file));
  return result;
}

async function compile(file: string): Promise<CompiledLesson> {
  const source = await fs.readFile(file, "utf8");
  const { body } = splitFrontmatter(source);
  const toc: TocEntry[] = [];
  const { code } = await bundleMDX({
    source: body,
    cwd: path.dirname(file),
    mdxOptions(options) {
      // GitHub-flavoured Markdown: lessons use its tables (plain MDX prints their pipes as text).
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
      options.rehypePlugins = [
        ...(options.rehypePlugins ?? []),
        rehypeSlug,
        [rehypeAutolinkHeadings, { behavior: "append", properties: { className: ["heading-anchor"], ariaLabel: "Link to this section" }, content: { type: "text", value: "#" } }],
        [rehypePrettyCode, { theme: { light: "github-light", dark: "github-dark" }, keepBackground: false, defaultLang: "plaintext" }],
        collectHeadings(toc),
      ];
      return options;
    },
  });
  return { code, toc };
}
