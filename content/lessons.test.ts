import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_DIR, listCourse } from "@/lib/content/course";
import { lessonFrontmatterSchema, splitFrontmatter } from "@/lib/content/frontmatter";

// Every lesson in content/ must have valid frontmatter and sit in a prefixed folder.
const lessonFiles = fs
  .readdirSync(CONTENT_DIR, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith("lesson.mdx"));

describe("content", () => {
  it("has at least one lesson", () => {
    expect(lessonFiles.length).toBeGreaterThan(0);
  });

  it.each(lessonFiles)("%s has valid frontmatter", (file) => {
    const { data, body } = splitFrontmatter(fs.readFileSync(path.join(CONTENT_DIR, file), "utf8"));
    const parsed = lessonFrontmatterSchema.safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(body.trim().length).toBeGreaterThan(200);
    expect(file).toMatch(/^\d{2}-[a-z0-9-]+\/\d{2}-[a-z0-9-]+\/lesson\.mdx$/);
  });

  it("every lesson is discovered, in prefix order", async () => {
    const course = await listCourse();
    const slugs = course.flatMap((m) => m.lessons.map((l) => `${l.slug}/lesson.mdx`));
    expect(slugs).toEqual([...lessonFiles].sort());
  });
});
