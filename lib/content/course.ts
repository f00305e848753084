import fs from "node:fs/promises";
import path from "node:path";
import { parseLessonFrontmatter, type LessonFrontmatter } from "./frontmatter";

// The course is the folder tree content/<NN-module>/<NN-lesson>/lesson.mdx, ordered by the
// numeric prefixes. Module titles come from content/<NN-module>/module.json when present.

export const CONTENT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "content");
const PREFIXED = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export interface LessonMeta extends LessonFrontmatter {
  /** "<module>/<lesson>", the stable id used in URLs and in the database. */
  slug: string;
  moduleSlug: string;
  lessonSlug: string;
  file: string;
}

export interface ModuleMeta {
  slug: string;
  title: string;
  description: string;
  lessons: LessonMeta[];
}

async function prefixedDirs(dir: string): Promise<string[]> {
  const entries = await fs.readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && PREFIXED.test(e.name))
    .map((e) => e.name)
    .sort();
}

function titleFromSlug(slug: string): string {
  const words = slug.replace(/^\d{2}-/, "").split("-");
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export async function listCourse(contentDir: string = CONTENT_DIR): Promise<ModuleMeta[]> {
  const modules: ModuleMeta[] = [];
  for (const moduleSlug of await prefixedDirs(contentDir)) {
    const moduleDir = path.join(/*turbopackIgnore: true*/ contentDir, moduleSlug);
    const info = await fs
      .readFile(path.join(/*turbopackIgnore: true*/ moduleDir, "module.json"), "utf8")
      .then((text) => JSON.parse(text) as { title?: string; description?: string })
      .catch(() => ({}) as { title?: string; description?: string });
    const lessons: LessonMeta[] = [];
    for (const lessonSlug of await prefixedDirs(moduleDir)) {
      const file = path.join(/*turbopackIgnore: true*/ moduleDir, lessonSlug, "lesson.mdx");
      const source = await fs.readFile(file, "utf8").catch(() => undefined);
      if (source === undefined) continue;
      lessons.push({
        ...parseLessonFrontmatter(source, path.relative(process.cwd(), file)),
        slug: `${moduleSlug}/${lessonSlug}`,
        moduleSlug,
        lessonSlug,
        file,
      });
    }
    if (lessons.length > 0) {
      modules.push({
        slug: moduleSlug,
        title: info.title ?? titleFromSlug(moduleSlug),
        description: info.description ?? "",
        lessons,
      });
    }
  }
  return modules;
}

export interface LessonNeighbours {
  lesson: LessonMeta;
  module: ModuleMeta;
  previous: LessonMeta | undefined;
  next: LessonMeta | undefined;
  index: number;
  total: number;
}

export async function findLesson(moduleSlug: string, lessonSlug: string): Promise<LessonNeighbours | undefined> {
  const course = await listCourse();
  const flat = course.flatMap((m) => m.lessons.map((l) => ({ lesson: l, module: m })));
  const index = flat.findIndex((e) => e.lesson.moduleSlug === moduleSlug && e.lesson.lessonSlug === lessonSlug);
  const entry = flat[index];
  if (!entry) return undefined;
  return {
    ...entry,
    previous: flat[index - 1]?.lesson,
    next: flat[index + 1]?.lesson,
    index,
    total: flat.length,
  };
}
