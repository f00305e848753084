import type { Metadata } from "next";
import Link from "next/link";
import { getLearnerDetail } from "@/lib/db/instructor";
import { matrixLessons } from "@/lib/instructor/course";
import { formatDuration } from "@/lib/instructor/stats";
import { buildMatrix, STATUS_LABELS } from "@/lib/instructor/matrix";
import { CohortHeader } from "../../../../_components/cohort-header";
import { StatusBadge } from "../../../../_components/status-cell";
import { cohortPath, instructorPage, orNotFound } from "../../../../_lib/access";

export const metadata: Metadata = { title: "Learner" };

const when = (d: Date) => d.toISOString().replace("T", " ").slice(0, 16) + " UTC";

export default async function LearnerPage({ params }: { params: Promise<{ cohortId: string; learnerId: string }> }) {
  const { cohortId, learnerId } = await params;
  const { viewer, db } = await instructorPage(cohortPath(cohortId, `/learners/${learnerId}`));
  const [detail, lessons] = await Promise.all([orNotFound(getLearnerDetail(db, viewer, cohortId, learnerId)), matrixLessons()]);
  const { cohort, learner, exerciseAttempts, quizAttempts, progress } = detail;
  // The same cell rules as the matrix, for this one learner.
  const exercises = exerciseAttempts.map((a) => ({ userId: learner.id, exerciseId: a.exerciseId, passed: a.passed, attempts: 1 }));
  const best = new Map<string, { attempts: number; bestScore: number; maxScore: number }>();
  for (const q of quizAttempts) {
    const b = best.get(q.quizId) ?? { attempts: 0, bestScore: 0, maxScore: q.maxScore };
    best.set(q.quizId, { attempts: b.attempts + 1, bestScore: Math.max(b.bestScore, q.score), maxScore: Math.max(b.maxScore, q.maxScore) });
  }
  const quizzes = [...best].map(([quizId, b]) => ({ userId: learner.id, quizId, ...b }));
  const matrix = buildMatrix({ lessons, learners: [learner], progress, exercises, quizzes });
  const row = matrix.rows[0]!;

  return (
    <>
      <CohortHeader cohort={cohort} current={null} />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <h2 className="text-2xl font-semibold text-zinc-950 dark:text-white">{learner.name}</h2>
          <p className="text-sm text-zinc-500">{learner.email} · joined {when(detail.joinedAt)}</p>
        </div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <span className="font-semibold text-zinc-900 dark:text-zinc-100">{row.completed} of {row.cells.length}</span> lessons completed
        </p>
      </div>

      <ol className="mt-6 space-y-3">
        {lessons.map((lesson, i) => {
          const cell = row.cells[i]!;
          const attempts = exerciseAttempts.filter((a) => a.exerciseId === lesson.exerciseId);
          const quizList = quizAttempts.filter((q) => q.quizId === lesson.quizId);
          return (
            <li key={lesson.slug} id={`lesson-${lesson.slug.replace("/", "--")}`} className="scroll-mt-20 rounded-2xl border border-zinc-200 p-4 target:border-brand-500 target:ring-2 target:ring-brand-500/30 dark:border-zinc-800">
              <div className="flex flex-wrap items-center gap-3">
                <StatusBadge status={cell.status} />
                <h3 className="font-medium text-zinc-950 dark:text-white">
                  <span className="font-mono text-zinc-500">{lesson.number}</span> {lesson.title}
                </h3>
                <span className="text-sm text-zinc-600 dark:text-zinc-400">{STATUS_LABELS[cell.status].label}</span>
                <span className="ml-auto text-xs text-zinc-500 tabular-nums">time on page {formatDuration(cell.timeSpentMs || null)}</span>
              </div>
              {(attempts.length > 0 || quizList.length > 0) && (
                <div className="mt-3 grid gap-3 md:grid-cols-2">
                  {lesson.exerciseId && (
                    <div>
                      <h4 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">Exercise attempts</h4>
                      {attempts.length === 0 ? (
                        <p className="mt-1 text-sm text-zinc-500">None yet.</p>
                      ) : (
                        <ul className="mt-1 divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
                          {attempts.map((a) => (
                            <li key={a.id} className="flex flex-wrap items-center gap-2 py-1.5">
                              <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${a.passed ? "bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300" : "bg-red-100 text-red-800 dark:bg-red-500/15 dark:text-red-300"}`}>
                                {a.passed ? "Passed" : "Failed"}
                              </span>
                              <span className="tabular-nums">{a.score}/{a.maxScore} checks</span>
                              <span className="text-xs text-zinc-500">{when(a.createdAt)} · {a.actionCount} actions</span>
                              <Link href={cohortPath(cohort.id, `/attempts/${a.id}`)} className="ml-auto font-medium text-brand-600 hover:underline dark:text-brand-400">
                                Replay<span className="sr-only"> attempt of {when(a.createdAt)}</span>
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  )}
                  {lesson.quizId && (
                    <div>
                      <h4 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">Quiz attempts</h4>
                      {quizList.length === 0 ? (
                        <p className="mt-1 text-sm text-zinc-500">None yet.</p>
                      ) : (
                        <ul className="mt-1 divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
                          {quizList.map((q) => (
                            <li key={q.id} className="flex items-center gap-2 py-1.5">
                              <span className="tabular-nums">{q.maxScore ? Math.floor((q.score * 100) / q.maxScore) : 0}%</span>
                              <span className="text-xs text-zinc-500">{when(q.createdAt)}</span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
