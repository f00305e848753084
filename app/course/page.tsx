import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SiteHeader } from "../_components/site-header";
import { StatusDot } from "../_components/status-dot";
import { listCourse } from "@/lib/content/course";
import { getViewer } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { getLessonStatuses, type LessonStatus } from "@/lib/db/progress";

export const metadata: Metadata = { title: "Course map" };

export default async function CoursePage() {
  // Progress comes from the database: render per request, never during `next build`.
  await connection();
  const [course, viewer] = await Promise.all([listCourse(), getViewer()]);
  const statuses = viewer ? await getLessonStatuses(await prisma(), viewer.id) : new Map<string, LessonStatus>();
  const all = course.flatMap((m) => m.lessons);
  const done = all.filter((l) => statuses.get(l.slug) === "completed").length;
  const resume = all.find((l) => statuses.get(l.slug) !== "completed") ?? all[0];

  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
        <h1 className="text-3xl font-semibold tracking-tight text-zinc-950 dark:text-white">Course map</h1>
        <p className="mt-3 text-zinc-600 dark:text-zinc-400">Modules build on each other; each lesson takes a few minutes.</p>

        <div className="mt-8 flex flex-wrap items-center justify-between gap-4 rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
          {viewer ? (
            <div>
              <p className="text-sm text-zinc-500">
                Progress of <span className="font-medium text-zinc-800 dark:text-zinc-200">{viewer.name}</span>
              </p>
              <p className="mt-1 text-lg font-semibold text-zinc-950 dark:text-white" data-testid="progress-summary">
                {done} of {all.length} lessons completed
              </p>
              <div className="mt-3 h-1.5 w-64 max-w-full overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800">
                <div className="h-full rounded-full bg-emerald-500" style={{ width: `${all.length ? (done / all.length) * 100 : 0}%` }} />
              </div>
            </div>
          ) : (
            <p className="text-sm text-zinc-500" data-testid="progress-summary"><Link href="/sign-up?next=/course" className="font-medium text-brand-600 hover:underline dark:text-brand-400">Create an account</Link> or{" "}
              <Link href="/sign-in?next=/course" className="font-medium text-brand-600 hover:underline dark:text-brand-400">sign in</Link> to keep your progress. Lessons and exercises work without one.</p>
          )}
          {resume && (
            <Link href={`/learn/${resume.slug}`} className="inline-flex h-10 items-center rounded-xl bg-zinc-950 px-5 text-sm font-semibold text-white transition hover:bg-zinc-800 dark:bg-white dark:text-zinc-950 dark:hover:bg-zinc-200">
              {done > 0 ? "Continue" : "Start"} <span aria-hidden className="ml-2">→</span>
            </Link>
          )}
        </div>

        <ol className="mt-10 space-y-10">
          {course.map((module, m) => (
            <li key={module.slug}>
              <p className="font-mono text-xs tracking-wider text-brand-600 uppercase dark:text-brand-400">Module {m + 1}</p>
              <h2 className="mt-1 text-xl font-semibold text-zinc-950 dark:text-white">{module.title}</h2>
              {module.description && <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{module.description}</p>}
              <ol className="mt-4 divide-y divide-zinc-200 overflow-hidden rounded-2xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
                {module.lessons.map((lesson, i) => (
                  <li key={lesson.slug}>
                    <Link href={`/learn/${lesson.slug}`} className="group flex items-start gap-4 p-4 transition hover:bg-zinc-50 sm:p-5 dark:hover:bg-zinc-900/60">
                      <StatusDot status={statuses.get(lesson.slug) ?? "not-started"} />
                      <div className="min-w-0 flex-1">
                        <p className="font-medium text-zinc-950 group-hover:text-brand-600 dark:text-white dark:group-hover:text-brand-400">
                          {m + 1}.{i + 1} {lesson.title}
                        </p>
                        <p className="mt-1 text-sm leading-6 text-zinc-600 dark:text-zinc-400">{lesson.summary}</p>
                      </div>
                      <span className="shrink-0 text-xs text-zinc-500 tabular-nums">{lesson.minutes} min</span>
                    </Link>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </main>
    </>
  );
}
