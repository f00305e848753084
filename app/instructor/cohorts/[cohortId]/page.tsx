import type { Metadata } from "next";
import Link from "next/link";
import { CELL_STATUSES, parseMatrixOptions, STATUS_LABELS, type Matrix, type MatrixOptions } from "@/lib/instructor/matrix";
import { matrixLessons } from "@/lib/instructor/course";
import { loadMatrix } from "@/lib/instructor/load-matrix";
import { CohortHeader, LINK_BUTTON } from "../../_components/cohort-header";
import { StatusBadge, StatusLegend } from "../../_components/status-cell";
import { cohortPath, instructorPage, orNotFound } from "../../_lib/access";

export const metadata: Metadata = { title: "Cohort progress" };

type Search = Record<string, string | string[] | undefined>;

export default async function CohortProgressPage({ params, searchParams }: { params: Promise<{ cohortId: string }>; searchParams: Promise<Search> }) {
  const { cohortId } = await params;
  const { viewer, db } = await instructorPage(cohortPath(cohortId));
  const lessons = await matrixLessons();
  const modules = [...new Map(lessons.map((l) => [l.moduleSlug, l.moduleTitle])).entries()];
  const options = parseMatrixOptions(await searchParams, modules.map(([slug]) => slug));
  const { cohort, matrix } = await orNotFound(loadMatrix(db, viewer, cohortId, lessons, options));
  const query = new URLSearchParams(Object.entries(options).map(([k, v]) => [k, String(v)]));

  return (
    <>
      <CohortHeader
        cohort={cohort}
        current="progress"
        actions={
          <>
            <a href={`${cohortPath(cohort.id, "/export/matrix")}?${query}`} className={LINK_BUTTON} download>
              Export matrix (CSV)
            </a>
            <a href={cohortPath(cohort.id, "/export/attempts")} className={LINK_BUTTON} download>
              Export attempts (CSV)
            </a>
          </>
        }
      />

      <div className="flex flex-wrap items-end justify-between gap-4">
        <FilterForm cohortId={cohort.id} modules={modules} options={options} />
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="matrix-summary">
          {matrix.rows.length === matrix.totalLearners ? "" : `${matrix.rows.length} of `}
          {matrix.totalLearners} {matrix.totalLearners === 1 ? "learner" : "learners"} · average{" "}
          <span className="font-semibold text-zinc-900 dark:text-zinc-100">{Math.round(matrix.averageProgress * 100)}%</span> of lessons completed
        </p>
      </div>
      <div className="mt-4">
        <StatusLegend />
      </div>

      {matrix.totalLearners === 0 ? (
        <p className="mt-8 rounded-2xl border border-dashed border-zinc-300 p-8 text-center text-sm text-zinc-500 dark:border-zinc-700">
          No learner has joined yet. Share the code <span className="font-mono font-semibold text-zinc-800 dark:text-zinc-200">{cohort.joinCode}</span> or the invite link from{" "}
          <Link href={cohortPath(cohort.id, "/settings")} className="font-medium text-brand-600 underline underline-offset-4">Learners &amp; settings</Link>.
        </p>
      ) : (
        <MatrixTable cohortId={cohort.id} matrix={matrix} options={options} />
      )}
    </>
  );
}

function FilterForm({ cohortId, modules, options }: { cohortId: string; modules: [string, string][]; options: MatrixOptions }) {
  const select = "h-9 rounded-lg border border-zinc-200 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900";
  return (
    <form method="get" action={cohortPath(cohortId)} className="flex flex-wrap items-end gap-3" aria-label="Filter the matrix">
      <label className="flex flex-col gap-1 text-xs font-medium text-zinc-500">
        Module
        <select name="module" defaultValue={options.module ?? ""} className={select}>
          <option value="">All modules</option>
          {modules.map(([slug, title], i) => (
            <option key={slug} value={slug}>
              {i + 1}. {title}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-zinc-500">
        Learners with a lesson
        <select name="status" defaultValue={options.status ?? ""} className={select}>
          <option value="">in any state</option>
          {CELL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s].label.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      {options.sort && <input type="hidden" name="sort" value={options.sort} />}
      {options.dir && <input type="hidden" name="dir" value={options.dir} />}
      <button type="submit" className="h-9 rounded-lg bg-zinc-950 px-3 text-sm font-semibold text-white hover:bg-zinc-800 dark:bg-white dark:text-zinc-950">
        Apply
      </button>
      {(options.module || options.status) && (
        <Link href={cohortPath(cohortId)} className="h-9 px-1 text-sm leading-9 text-zinc-500 underline underline-offset-4 hover:text-zinc-900">
          Clear
        </Link>
      )}
    </form>
  );
}

function SortHeader({ cohortId, options, sort, label, className }: { cohortId: string; options: MatrixOptions; sort: "name" | "progress"; label: string; className: string }) {
  const active = (options.sort ?? "name") === sort;
  const dir = options.dir ?? (options.sort === "progress" ? "desc" : "asc");
  const nextDir = active ? (dir === "asc" ? "desc" : "asc") : sort === "progress" ? "desc" : "asc";
  const q = new URLSearchParams({ ...(options.module ? { module: options.module } : {}), ...(options.status ? { status: options.status } : {}), sort, dir: nextDir });
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"} className={className}>
      <Link href={`${cohortPath(cohortId)}?${q}`} className="inline-flex items-center gap-1 hover:text-brand-600">
        {label}
        <span aria-hidden className="text-zinc-400">{active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
        <span className="sr-only">, sort {nextDir === "asc" ? "ascending" : "descending"}</span>
      </Link>
    </th>
  );
}

function MatrixTable({ cohortId, matrix, options }: { cohortId: string; matrix: Matrix; options: MatrixOptions }) {
  const groups: { slug: string; title: string; span: number }[] = [];
  for (const l of matrix.lessons) {
    const last = groups.at(-1);
    if (last?.slug === l.moduleSlug) last.span++;
    else groups.push({ slug: l.moduleSlug, title: l.moduleTitle, span: 1 });
  }
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const sticky = "sticky left-0 z-10 bg-white dark:bg-zinc-950";
  return (
    <div className="mt-6 overflow-x-auto rounded-2xl border border-zinc-200 dark:border-zinc-800">
      <table className="w-full border-collapse text-sm" data-testid="progress-matrix">
        <caption className="sr-only">Progress of each learner (rows) in each lesson (columns), in course order. Each cell links to the learner&apos;s attempts.</caption>
        <thead className="bg-zinc-50/80 text-xs text-zinc-500 dark:bg-zinc-900/60">
          <tr>
            <td className={`${sticky} bg-zinc-50 dark:bg-zinc-900`} colSpan={2} />
            {groups.map((g) => (
              <th key={g.slug} scope="colgroup" colSpan={g.span} className="border-l border-zinc-200 px-2 pt-2 text-left font-medium whitespace-nowrap dark:border-zinc-800">
                {g.title}
              </th>
            ))}
          </tr>
          <tr>
            <SortHeader cohortId={cohortId} options={options} sort="name" label="Learner" className={`${sticky} bg-zinc-50 px-4 py-2 text-left font-medium dark:bg-zinc-900`} />
            <SortHeader cohortId={cohortId} options={options} sort="progress" label="Progress" className="px-3 py-2 text-left font-medium" />
            {matrix.lessons.map((l) => (
              <th key={l.slug} scope="col" className="px-1 py-2 text-center font-mono font-medium" title={l.title}>
                <abbr title={`${l.number} ${l.title}`} className="no-underline">{l.number}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800/70">
          {matrix.rows.map((row) => {
            const learnerHref = cohortPath(cohortId, `/learners/${row.learner.id}`);
            return (
              <tr key={row.learner.id} className="hover:bg-zinc-50/60 dark:hover:bg-zinc-900/40">
                <th scope="row" className={`${sticky} px-4 py-1.5 text-left font-medium whitespace-nowrap`}>
                  <Link href={learnerHref} className="text-zinc-900 hover:text-brand-600 dark:text-zinc-100">{row.learner.name}</Link>
                  <span className="block text-xs font-normal text-zinc-500">{row.learner.email}</span>
                </th>
                <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">
                  <span className="text-zinc-900 dark:text-zinc-100">{row.completed}/{row.cells.length}</span>
                  <span className="mt-1 block h-1 w-16 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800" aria-hidden>
                    <span className="block h-full rounded-full bg-emerald-500" style={{ width: pct(row.progress) }} />
                  </span>
                </td>
                {row.cells.map((cell, i) => {
                  const lesson = matrix.lessons[i]!;
                  const details = [
                    STATUS_LABELS[cell.status].label,
                    lesson.exerciseId ? `exercise: ${cell.exercisePassed ? "passed" : `${cell.exerciseAttempts} attempt${cell.exerciseAttempts === 1 ? "" : "s"}`}` : null,
                    lesson.quizId ? `quiz: ${cell.quizBestPercent === null ? "not taken" : `best ${cell.quizBestPercent}%`}` : null,
                  ].filter(Boolean).join(", ");
                  return (
                    <td key={cell.lessonSlug} className="px-1 py-1.5 text-center" data-status={cell.status}>
                      <Link href={`${learnerHref}#lesson-${lesson.slug.replace("/", "--")}`} aria-label={`${row.learner.name}, ${lesson.number} ${lesson.title}: ${details}`} title={`${lesson.number} ${lesson.title}\n${details}`} className="inline-block rounded-md focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none">
                        <StatusBadge status={cell.status} />
                      </Link>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
        <tfoot className="border-t-2 border-zinc-200 bg-zinc-50/80 text-xs dark:border-zinc-800 dark:bg-zinc-900/60">
          <tr>
            <th scope="row" className={`${sticky} bg-zinc-50 px-4 py-2 text-left font-semibold dark:bg-zinc-900`}>
              Cohort average
              <span className="block font-normal text-zinc-500">completed per lesson</span>
            </th>
            <td className="px-3 py-2 font-semibold tabular-nums">{pct(matrix.averageProgress)}</td>
            {matrix.averages.map((a, i) => (
              <td key={a.lessonSlug} className="px-1 py-2 text-center tabular-nums" title={`${matrix.lessons[i]!.title}: ${pct(a.completed)} completed, ${pct(a.started)} started`}>
                {pct(a.completed)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
