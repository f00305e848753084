import Link from "next/link";
import type { OwnedCohort } from "@/lib/db/instructor-access";
import { cohortPath } from "../_lib/access";

const TABS = [
  { key: "progress", label: "Progress", rest: "" },
  { key: "insights", label: "Insights", rest: "/insights" },
  { key: "settings", label: "Learners & settings", rest: "/settings" },
] as const;

/** Cohort title, archived badge and the cohort's tabs (current one marked with aria-current). */
export function CohortHeader({ cohort, current, actions }: { cohort: OwnedCohort; current: (typeof TABS)[number]["key"] | null; actions?: React.ReactNode }) {
  return (
    <div className="mb-8">
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-500">
        <Link href="/instructor" className="hover:text-brand-600">Your cohorts</Link>
        <span aria-hidden className="mx-1.5">/</span>
        <span className="text-zinc-700 dark:text-zinc-300">{cohort.name}</span>
      </nav>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-semibold tracking-tight text-zinc-950 dark:text-white">{cohort.name}</h1>
        {cohort.archivedAt && <span className="rounded-full border border-zinc-300 px-2.5 py-0.5 text-xs font-medium text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">Archived</span>}
        <div className="ml-auto flex flex-wrap gap-2">{actions}</div>
      </div>
      <nav aria-label="Cohort" className="mt-5 flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
        {TABS.map((t) => (
          <Link
            key={t.key}
            href={cohortPath(cohort.id, t.rest)}
            aria-current={current === t.key ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium transition ${current === t.key ? "border-brand-600 text-zinc-950 dark:border-brand-400 dark:text-white" : "border-transparent text-zinc-500 hover:text-zinc-900 dark:hover:text-zinc-200"}`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}

export const LINK_BUTTON = "inline-flex h-9 items-center rounded-xl border border-zinc-200 px-3.5 text-sm font-medium text-zinc-800 transition hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-900";
