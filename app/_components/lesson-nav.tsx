import Link from "next/link";
import type { ModuleMeta } from "@/lib/content/course";

export function LessonNav({ course, current }: { course: ModuleMeta[]; current: string }) {
  return (
    <nav aria-label="Lessons" className="space-y-6 text-sm">
      {course.map((module, m) => (
        <div key={module.slug}>
          <p className="mb-2 px-3 text-xs font-semibold tracking-wider text-zinc-500 uppercase">
            {m + 1}. {module.title}
          </p>
          <ol className="space-y-0.5">
            {module.lessons.map((lesson) => {
              const active = lesson.slug === current;
              return (
                <li key={lesson.slug}>
                  <Link
                    href={`/learn/${lesson.slug}`}
                    aria-current={active ? "page" : undefined}
                    className={`block rounded-lg px-3 py-1.5 transition ${
                      active
                        ? "bg-brand-50 font-medium text-brand-700 dark:bg-brand-500/10 dark:text-brand-400"
                        : "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-950 dark:text-zinc-400 dark:hover:bg-zinc-900 dark:hover:text-white"
                    }`}
                  >
                    {lesson.title}
                  </Link>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </nav>
  );
}
