import { parse } from "yaml";
import { z } from "zod";

// Lesson frontmatter. Validated here and by content/lessons.test.ts, so a broken lesson
// fails the test suite rather than a page render.
export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().min(3).max(90),
  summary: z.string().min(10).max(280),
  minutes: z.number().int().min(1).max(120),
  objectives: z.array(z.string().min(3)).min(1).max(8),
});
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = FENCE.exec(source);
  if (!match) return { data: undefined, body: source };
  return { data: parse(match[1] ?? ""), body: source.slice(match[0].length) };
}

export function parseLessonFrontmatter(source: string, file: string): LessonFrontmatter {
  const { data } = splitFrontmatter(source);
  const result = lessonFrontmatterSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".") || "(frontmatter)"}: ${i.message}`);
    throw new Error(`Invalid frontmatter in ${file}:\n  ${issues.join("\n  ")}`);
  }
  return result.data;
}
