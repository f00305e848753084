import type { Metadata } from "next";
import { getCohortInsightRows } from "@/lib/db/instructor";
import { EXERCISES } from "@/lib/exercises/catalog";
import { exerciseMeta, quizKeys } from "@/lib/instructor/course";
import { exerciseInsight, quizInsight } from "@/lib/instructor/insights";
import { formatDuration } from "@/lib/instructor/stats";
import { QUIZZES } from "@/lib/quiz/catalog";
import { CohortHeader } from "../../../_components/cohort-header";
import { cohortPath, instructorPage, orNotFound } from "../../../_lib/access";
import { BarChart, type Bar } from "./bar-chart";

export const metadata: Metadata = { title: "Cohort insights" };

export default async function InsightsPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  const { viewer, db } = await instructorPage(cohortPath(cohortId, "/insights"));
  const rows = await orNotFound(getCohortInsightRows(db, viewer, cohortId));
  const exercises = EXERCISES.flatMap((e) => {
    const meta = exerciseMeta(e.id);
    return meta ? [exerciseInsight(meta, rows.exerciseAttempts, rows.lessonTime.get(e.lesson) ?? new Map())] : [];
  });
  const quizzes = QUIZZES.map((q) => quizInsight(q, quizKeys(q.id), rows.quizAttempts));

  return (
    <>
      <CohortHeader cohort={rows.cohort} current="insights" />
      <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
        {rows.learnerCount} learners. Exercises: how many got there, how many attempts it took, and the checks that fail most with the message learners saw. Quizzes: the options learners chose on their first attempt — the misconceptions to address in class.
      </p>

      <h2 className="mt-10 text-xl font-semibold text-zinc-950 dark:text-white">Exercises</h2>
      <div className="mt-4 space-y-6">
        {exercises.map((x) => (
          <section key={x.exerciseId} aria-labelledby={`ex-${x.exerciseId}`} className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800" data-testid="exercise-insight">
            <h3 id={`ex-${x.exerciseId}`} className="font-semibold text-zinc-950 dark:text-white">{x.title}</h3>
            {x.attempts === 0 ? (
              <p className="mt-2 text-sm text-zinc-500">No attempt yet.</p>
            ) : (
              <>
                <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
                  {[
                    ["Pass rate", `${x.passRate}%`, `${x.learnersPassed} of ${x.learnersAttempted} learners`],
                    ["Attempts to pass", x.medianAttemptsToPass === null ? "—" : String(x.medianAttemptsToPass), "median, first pass"],
                    ["Attempts", String(x.attempts), "all learners"],
                    ["Time on lesson", formatDuration(x.medianLessonTimeMs), "median, visible tab"],
                  ].map(([label, value, note]) => (
                    <div key={label} className="rounded-xl bg-zinc-50 p-3 dark:bg-zinc-900/60">
                      <dt className="text-xs text-zinc-500">{label}</dt>
                      <dd className="text-xl font-semibold text-zinc-950 tabular-nums dark:text-white">{value}</dd>
                      <dd className="text-xs text-zinc-500">{note}</dd>
                    </div>
                  ))}
                </dl>
                <h4 className="mt-5 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Checks that fail most</h4>
                <BarChart
                  label={`Failed attempts per check, ${x.title}`}
                  bars={x.failingChecks.map((c): Bar => ({ key: c.checkId, label: c.title, value: c.failures, tone: c.failures > 0 ? "bad" : "neutral" }))}
                  unit="failed attempts"
                />
                {x.failingChecks.every((c) => c.failures === 0) ? (
                  <p className="mt-2 text-sm text-zinc-500">No check has failed yet.</p>
                ) : (
                <table className="mt-2 w-full text-left text-sm">
                  <caption className="sr-only">Failing checks of {x.title}, with the messages learners saw</caption>
                  <thead className="text-xs text-zinc-500">
                    <tr>
                      <th scope="col" className="py-1 pr-3 font-medium">Check</th>
                      <th scope="col" className="py-1 pr-3 font-medium">Failed</th>
                      <th scope="col" className="py-1 font-medium">Most frequent message</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                    {x.failingChecks.filter((c) => c.failures > 0).map((c) => (
                      <tr key={c.checkId} className="align-top">
                        <td className="py-1.5 pr-3">{c.title}</td>
                        <td className="py-1.5 pr-3 whitespace-nowrap tabular-nums">{c.failures} ({c.failureRate}%) · {c.learners} learners</td>
                        <td className="py-1.5 text-zinc-600 dark:text-zinc-400">
                          “{c.messages[0]!.message}”{c.messages.length > 1 && <span className="text-xs text-zinc-500"> +{c.messages.length - 1} other</span>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                )}
              </>
            )}
          </section>
        ))}
      </div>

      <h2 className="mt-12 text-xl font-semibold text-zinc-950 dark:text-white">Quizzes — first attempts</h2>
      <div className="mt-4 space-y-6">
        {quizzes.map((q) => (
          <section key={q.quizId} aria-labelledby={`quiz-${q.quizId}`} className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800" data-testid="quiz-insight">
            <h3 id={`quiz-${q.quizId}`} className="font-semibold text-zinc-950 dark:text-white">
              {q.title} <span className="font-normal text-zinc-500">· {q.lessonSlug}</span>
            </h3>
            {q.learners === 0 ? (
              <p className="mt-2 text-sm text-zinc-500">No attempt yet.</p>
            ) : (
              <ol className="mt-3 space-y-5">
                {q.questions.map((question) => (
                  <li key={question.id}>
                    <p className="text-sm font-medium text-zinc-900 dark:text-zinc-100">{question.prompt}</p>
                    <p className="text-xs text-zinc-500">{question.correctRate}% fully right · {question.answered} answered</p>
                    {question.groups.map((g, i) => (
                      <div key={i} className="mt-2">
                        {g.label && <p className="text-xs font-medium text-zinc-600 dark:text-zinc-400">{g.label}</p>}
                        <BarChart
                          label={`${question.prompt}${g.label ? ` — ${g.label}` : ""}: chosen options`}
                          bars={g.options.map((o): Bar => ({ key: o.id, label: o.text, value: o.count, tone: o.correct ? "good" : o.count > 0 ? "bad" : "neutral", note: `${o.share}%${o.correct ? " · right answer" : ""}` }))}
                          unit="learners"
                        />
                      </div>
                    ))}
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
