import type { Metadata } from "next";
import Link from "next/link";
import { listMyCohorts } from "@/lib/db/instructor-cohorts";
import { createCohortAction } from "./actions";
import { ActionForm, INPUT } from "./_components/action-form";
import { instructorPage } from "./_lib/access";

export const metadata: Metadata = { title: "Your cohorts" };

export default async function InstructorHome() {
  const { viewer, db } = await instructorPage("/instructor");
  const cohorts = await listMyCohorts(db, viewer);
  const active = cohorts.filter((c) => !c.archivedAt);
  const archived = cohorts.filter((c) => c.archivedAt);

  return (
    <div className="mx-auto max-w-4xl">
      <p className="font-mono text-xs tracking-wider text-brand-600 uppercase dark:text-brand-400">Instructor</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight text-zinc-950 dark:text-white">Your cohorts</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">Learners join a cohort with its code or invite link; you see their progress, attempts and where they get stuck.</p>

      <section aria-labelledby="new-cohort" className="mt-8 rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
        <h2 id="new-cohort" className="text-base font-semibold text-zinc-950 dark:text-white">New cohort</h2>
        <ActionForm action={createCohortAction} submit="Create cohort" className="mt-3">
          <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm">
            <span className="text-zinc-600 dark:text-zinc-400">Name</span>
            <input name="name" required maxLength={80} placeholder="e.g. Platform team, spring 2026" className={INPUT} />
          </label>
        </ActionForm>
      </section>

      <CohortList title="Active" cohorts={active} empty="No active cohort yet: create one above." />
      {archived.length > 0 && <CohortList title="Archived" cohorts={archived} empty="" />}
    </div>
  );
}

function CohortList({ title, cohorts, empty }: { title: string; cohorts: Awaited<ReturnType<typeof listMyCohorts>>; empty: string }) {
  return (
    <section className="mt-10" aria-label={`${title} cohorts`}>
      <h2 className="text-sm font-semibold tracking-wide text-zinc-500 uppercase">{title}</h2>
      {cohorts.length === 0 ? (
        <p className="mt-3 text-sm text-zinc-500">{empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-zinc-200 overflow-hidden rounded-2xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {cohorts.map((c) => (
            <li key={c.id}>
              <Link href={`/instructor/cohorts/${c.id}`} className="group flex flex-wrap items-center gap-4 p-4 transition hover:bg-zinc-50 sm:p-5 dark:hover:bg-zinc-900/60">
                <div className="min-w-0 flex-1">
                  <p className="font-medium text-zinc-950 group-hover:text-brand-600 dark:text-white dark:group-hover:text-brand-400">{c.name}</p>
                  <p className="mt-1 text-sm text-zinc-500">
                    {c.memberCount} {c.memberCount === 1 ? "learner" : "learners"} · code <span className="font-mono text-zinc-700 dark:text-zinc-300">{c.joinCode}</span>
                    {c.archivedAt && <> · archived {c.archivedAt.toISOString().slice(0, 10)}</>}
                  </p>
                </div>
                <span aria-hidden className="text-zinc-400 group-hover:text-brand-600">→</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
