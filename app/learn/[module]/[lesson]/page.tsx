import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LessonNav } from "@/app/_components/lesson-nav";
import { LessonVisit } from "@/app/_components/lesson-visit";
import { MdxContent } from "@/app/_components/mdx-content";
import { SiteHeader } from "@/app/_components/site-header";
import { compileLesson } from "@/lib/content/compile";
import { findLesson, listCourse } from "@/lib/content/course";

type Params = { module: string; lesson: string };

// Pre-rendered at build time from the files in content/; no database access here.
export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  const course = await listCourse();
  return course.flatMap((m) => m.lessons.map((l) => ({ module: l.moduleSlug, lesson: l.lessonSlug })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { module, lesson } = await params;
  const found = await findLesson(module, lesson);
  return found ? { title: found.lesson.title, description: found.lesson.summary } : {};
}

export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const { module, lesson } = await params;
  const found = await findLesson(module, lesson);
  if (!found) notFound();
  const [course, compiled] = await Promise.all([listCourse(), compileLesson(found.lesson.file)]);
  const { lesson: meta, previous, next } = found;
  const moduleNumber = course.findIndex((m) => m.slug === meta.moduleSlug) + 1;

  return (
    <>
      <SiteHeader />
      <div className="mx-auto flex max-w-7xl gap-10 px-4 sm:px-6">
        <aside className="sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-64 shrink-0 overflow-y-auto py-10 lg:block">
          <LessonNav course={course} current={meta.slug} />
        </aside>

        <main className="min-w-0 flex-1 py-8 lg:py-12">
          <details className="group mb-6 rounded-xl border border-zinc-200 lg:hidden dark:border-zinc-800">
            <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-3 text-sm font-medium">
              <span>Lessons · {found.index + 1} of {found.total}</span>
              <span aria-hidden className="transition group-open:rotate-180">⌄</span>
            </summary>
            <div className="border-t border-zinc-200 py-3 dark:border-zinc-800">
              <LessonNav course={course} current={meta.slug} />
            </div>
          </details>

          <article className="mx-auto max-w-[70ch]">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="text-sm font-medium text-brand-600 dark:text-brand-400">
                Module {moduleNumber} · {found.module.title}
              </p>
              <LessonVisit lesson={meta.slug} />
            </div>
            <h1 className="mt-2 text-3xl font-semibold tracking-tight text-balance text-zinc-950 sm:text-4xl dark:text-white">{meta.title}</h1>
            <p className="mt-4 text-lg leading-8 text-zinc-600 dark:text-zinc-400">{meta.summary}</p>
            <div className="mt-6 rounded-xl border border-zinc-200 bg-zinc-50/60 p-5 dark:border-zinc-800 dark:bg-zinc-900/40">
              <p className="text-sm font-semibold text-zinc-950 dark:text-white">
                In this lesson <span className="font-normal text-zinc-500">· {meta.minutes} min</span>
              </p>
              <ul className="mt-2 space-y-1.5 text-sm text-zinc-600 dark:text-zinc-400">
                {meta.objectives.map((o) => (
                  <li key={o} className="flex gap-2">
                    <span aria-hidden className="text-brand-500">✓</span>
                    {o}
                  </li>
                ))}
              </ul>
            </div>

            <div className="prose mt-10">
              <MdxContent code={compiled.code} />
            </div>

            <nav aria-label="Previous and next lesson" className="mt-16 grid gap-4 border-t border-zinc-200 pt-8 sm:grid-cols-2 dark:border-zinc-800">
              {previous ? (
                <Link href={`/learn/${previous.slug}`} rel="prev" className="rounded-xl border border-zinc-200 p-4 transition hover:border-brand-500/50 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-900">
                  <span className="text-xs text-zinc-500">← Previous</span>
                  <span className="mt-1 block font-medium text-zinc-950 dark:text-white">{previous.title}</span>
                </Link>
              ) : (
                <span />
              )}
              {next ? (
                <Link href={`/learn/${next.slug}`} rel="next" className="rounded-xl border border-zinc-200 p-4 text-right transition hover:border-brand-500/50 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-900">
                  <span className="text-xs text-zinc-500">Next →</span>
                  <span className="mt-1 block font-medium text-zinc-950 dark:text-white">{next.title}</span>
                </Link>
              ) : (
                <Link href="/course" className="rounded-xl border border-zinc-200 p-4 text-right transition hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-900">
                  <span className="text-xs text-zinc-500">Done with this module</span>
                  <span className="mt-1 block font-medium text-zinc-950 dark:text-white">Back to the course map</span>
                </Link>
              )}
            </nav>
          </article>
        </main>

        {compiled.toc.length > 0 && (
          <aside className="sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-56 shrink-0 overflow-y-auto py-12 xl:block">
            <p className="text-xs font-semibold tracking-wider text-zinc-500 uppercase">On this page</p>
            <ul className="mt-3 space-y-2 border-l border-zinc-200 text-sm dark:border-zinc-800" aria-label="Table of contents">
              {compiled.toc.map((entry) => (
                <li key={entry.id} className={entry.depth === 3 ? "pl-7" : "pl-4"}>
                  <a href={`#${entry.id}`} className="-ml-px block border-l border-transparent text-zinc-600 transition hover:border-zinc-400 hover:text-zinc-950 dark:text-zinc-400 dark:hover:text-white">
                    {entry.text}
                  </a>
                </li>
              ))}
            </ul>
          </aside>
        )}
      </div>
    </>
  );
}
