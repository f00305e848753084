import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAttemptForReplay } from "@/lib/db/instructor";
import { loadExercise } from "@/lib/exercises/server/registry";
import { replaySteps } from "@/lib/instructor/replay-steps";
import { CohortHeader } from "../../../../_components/cohort-header";
import { cohortPath, instructorPage, orNotFound } from "../../../../_lib/access";
import { AttemptReplay } from "./attempt-replay";

export const metadata: Metadata = { title: "Attempt replay" };

export default async function AttemptPage({ params }: { params: Promise<{ cohortId: string; attemptId: string }> }) {
  const { cohortId, attemptId } = await params;
  const { viewer, db } = await instructorPage(cohortPath(cohortId, `/attempts/${attemptId}`));
  const attempt = await orNotFound(getAttemptForReplay(db, viewer, cohortId, attemptId));
  const loaded = loadExercise(attempt.exerciseId);
  if (!loaded) notFound();
  // Replayed here, on the server, with the grader's timeline; the page only receives the steps.
  const steps = replaySteps(loaded.exercise, attempt.actions);
  const titles = new Map(loaded.checks.checks.map((c) => [c.id, c.title]));
  const checks = attempt.checkResults.map((c) => ({ ...c, title: titles.get(c.id) ?? c.id }));

  return (
    <>
      <CohortHeader cohort={attempt.cohort} current={null} />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <p className="text-sm text-zinc-500">
            <Link href={cohortPath(cohortId, `/learners/${attempt.learner.id}#lesson-${loaded.exercise.lesson.replace("/", "--")}`)} className="hover:text-brand-600">
              {attempt.learner.name}
            </Link>{" "}
            · {attempt.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC
          </p>
          <h2 className="mt-1 text-2xl font-semibold text-zinc-950 dark:text-white">{loaded.exercise.title}</h2>
        </div>
        <p className={`rounded-full px-3 py-1 text-sm font-semibold ${attempt.passed ? "bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300" : "bg-red-100 text-red-800 dark:bg-red-500/15 dark:text-red-300"}`}>
          {attempt.passed ? "Passed" : "Not passed"} · {attempt.score}/{attempt.maxScore} checks
        </p>
      </div>
      {attempt.hashMismatch && (
        <p className="mt-3 rounded-xl border border-amber-500/40 bg-amber-50 px-4 py-2 text-sm text-amber-800 dark:bg-amber-500/10 dark:text-amber-300">
          The learner&apos;s browser ended in a different state than this replay (a desync): what they saw may differ from what is shown here.
        </p>
      )}
      <AttemptReplay steps={steps} checks={checks} />
    </>
  );
}
