import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SiteHeader } from "../_components/site-header";
import { StatusDot } from "../_components/status-dot";
import { requireViewer } from "@/lib/auth/session";
import { listCourse } from "@/lib/content/course";
import { prisma } from "@/lib/db/client";
import { getLearnerProgress } from "@/lib/db/progress";
import { listReviewSet } from "@/lib/db/review";
import { exerciseForLesson } from "@/lib/exercises/catalog";
import { findQuizForLesson } from "@/lib/quiz/catalog";
import { passMarkOf } from "@/lib/quiz/model";
import { reviewQuestions } from "@/lib/quiz/server/review-route";
import { ProgressBar } from "./_components/progress-bar";
import { ReviewSession } from "./_components/review-session";
import { buildDashboard, formatDuration, type LessonRow } from "./summary";

export const metadata: Metadata = { title: "Dashboard" };

// The learner's dashboard: progress per module, where to continue, exercise and quiz
// results, time spent, and the review set. Per request (cookies), signed-in learners only.

function ExerciseCell({ exercise }: { exercise: LessonRow["exercise"] }) {
  if (exercise === "none") return <span className="text-zinc-400 dark:text-zinc-600">—</span>;
  if (exercise === "not-tried") return <span className="text-zinc-500">not tried</span>;
  return (
    <span className={exercise.passed ? "text-emerald-700 dark:text-emerald-400" : "text-zinc-700 dark:text-zinc-300"}>
      {exercise.passed ? "passed" : "not passed"} · best {exercise.best} · {exercise.attempts} {exercise.attempts === 1 ? "try" : "tries"}
    </span>
  );
}

function QuizCell({ quiz }: { quiz: LessonRow["quiz"] }) {
  if (quiz === "none") return <span className="text-zinc-400 dark:text-zinc-600">—</span>;
  if (quiz === "not-tried") return <span className="text-zinc-500">not taken</span>;
  return (
    <span className={quiz.passed ? "text-emerald-700 dark:text-emerald-400" : "text-zinc-700 dark:text-zinc-300"}>
      best {quiz.bestPercent}% · latest {quiz.latestPercent}%
    </span>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold text-zinc-950 tabular-nums dark:text-white" data-testid={testId}>{value}</dd>
    </div>
  );
}

export default async function DashboardPage() {
  // Per request, never during `next build` (it reads the session and the database).
  await connection();
  const viewer = await requireViewer("/dashboard");
  const db = await prisma();
  const now = new Date();
  const [course, progress, review] = await Promise.all([listCourse(), getLearnerProgress(db, viewer.id), listReviewSet(db, viewer.id)]);
  const dash = buildDashboard(course, progress, (slug) => {
    const quiz = findQuizForLesson(slug);
    return { exerciseId: exerciseForLesson(slug)?.id, quiz: quiz && { id: quiz.id, passMark: passMarkOf(quiz) } };
  });
  // Quizzes share titles ("Check your understanding"): name each review question by its lesson.
  const lessonLabels = new Map(dash.modules.flatMap((m) => m.lessons.map((l) => [l.slug, `${l.number} ${l.title}`] as const)));
  const questions = reviewQuestions(viewer.id, review.items, now).map((q) => ({ ...q, quizTitle: lessonLabels.get(q.lesson) ?? q.quizTitle }));
  const pct = dash.total ? Math.round((dash.completed / dash.total) * 100) : 0;
  const resume = dash.resume;

  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-5xl px-4 py-12 sm:px-6 sm:py-16">
        <p className="font-mono text-xs tracking-wider text-brand-600 uppercase dark:text-brand-400">Dashboard</p>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight text-zinc-950 dark:text-white">Welcome back, {viewer.name}</h1>

        <div className="mt-8 grid gap-4 lg:grid-cols-5">
          <section aria-labelledby="overall-title" className="rounded-2xl border border-zinc-200 p-5 sm:p-6 lg:col-span-3 dark:border-zinc-800">
            <h2 id="overall-title" className="text-sm font-medium text-zinc-500">Your progress</h2>
            <p className="mt-1 text-2xl font-semibold text-zinc-950 dark:text-white" data-testid="overall-progress">
              {dash.completed} of {dash.total} lessons completed
            </p>
            <ProgressBar value={dash.completed} max={dash.total} label={`Course progress: ${pct}%`} className="mt-3 h-2" />
            <dl className="mt-5 grid grid-cols-3 gap-4">
              <Stat label="Time spent" value={formatDuration(dash.timeSpentMs)} testId="time-spent" />
              <Stat label="Exercises passed" value={`${dash.exercisesPassed} of ${dash.exercisesTotal}`} />
              <Stat label="Quizzes passed" value={`${dash.quizzesPassed} of ${dash.quizzesTotal}`} />
            </dl>
          </section>

          <section aria-labelledby="resume-title" className="flex flex-col rounded-2xl border border-zinc-200 bg-zinc-50/60 p-5 sm:p-6 lg:col-span-2 dark:border-zinc-800 dark:bg-zinc-900/40">
            <h2 id="resume-title" className="text-sm font-medium text-zinc-500">{resume?.visited ? "Continue where you left off" : "Start here"}</h2>
            {resume ? (
              <>
                <p className="mt-1 font-semibold text-zinc-950 dark:text-white" data-testid="resume-lesson">
                  {resume.lesson.number} {resume.lesson.title}
                </p>
                <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                  {resume.lesson.status === "completed" ? "Completed" : resume.lesson.status === "in-progress" ? "In progress" : "Not started"}
                  {resume.lesson.exercise !== "none" && " · your exercise picks up where you stopped"}
                </p>
                <Link href={`/learn/${resume.lesson.slug}`} className="mt-4 inline-flex h-10 w-fit items-center rounded-xl bg-zinc-950 px-5 text-sm font-semibold text-white transition hover:bg-zinc-800 lg:mt-auto dark:bg-white dark:text-zinc-950 dark:hover:bg-zinc-200">
                  {resume.visited ? "Continue" : "Start"} <span aria-hidden className="ml-2">→</span>
                </Link>
              </>
            ) : (
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">No lessons yet.</p>
            )}
          </section>
        </div>

        <div className="mt-4">
          <ReviewSession questions={questions} mastered={review.mastered} now={now.toISOString()} />
        </div>

        <h2 className="mt-12 text-xl font-semibold text-zinc-950 dark:text-white">Modules</h2>
        <ol className="mt-4 space-y-6">
          {dash.modules.map((m) => (
            <li key={m.slug} data-module={m.slug} className="overflow-hidden rounded-2xl border border-zinc-200 dark:border-zinc-800">
              <div className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-zinc-200 bg-zinc-50/60 px-5 py-4 dark:border-zinc-800 dark:bg-zinc-900/40">
                <div className="min-w-0 flex-1">
                  <p className="font-mono text-xs tracking-wider text-brand-600 uppercase dark:text-brand-400">Module {m.number}</p>
                  <h3 className="font-semibold text-zinc-950 dark:text-white">{m.title}</h3>
                </div>
                <div className="w-full sm:w-56">
                  <p className="flex justify-between text-xs text-zinc-500 tabular-nums">
                    <span data-testid="module-progress">{m.completed} of {m.total} completed</span>
                    <span>{m.timeSpentMs > 0 ? formatDuration(m.timeSpentMs) : ""}</span>
                  </p>
                  <ProgressBar value={m.completed} max={m.total} label={`${m.title}: ${m.completed} of ${m.total} lessons completed`} className="mt-1.5 h-1.5" />
                </div>
              </div>
              <table className="w-full text-sm">
                <caption className="sr-only">Lessons of module {m.number}</caption>
                <thead className="text-left text-xs text-zinc-500">
                  <tr className="border-b border-zinc-200 dark:border-zinc-800">
                    <th scope="col" className="px-5 py-2 font-medium">Lesson</th>
                    <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">Exercise</th>
                    <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">Quiz</th>
                    <th scope="col" className="px-5 py-2 text-right font-medium">Time</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                  {m.lessons.map((l) => (
                    <tr key={l.slug} data-lesson={l.slug} data-status={l.status}>
                      <td className="px-5 py-3">
                        <Link href={`/learn/${l.slug}`} className="group flex items-center gap-3">
                          <StatusDot status={l.status} />
                          <span className="font-medium text-zinc-900 group-hover:text-brand-600 dark:text-zinc-100 dark:group-hover:text-brand-400">{l.number} {l.title}</span>
                        </Link>
                        <p className="mt-1 pl-8 text-xs md:hidden">
                          <ExerciseCell exercise={l.exercise} /> <span className="text-zinc-400">·</span> <QuizCell quiz={l.quiz} />
                        </p>
                      </td>
                      <td className="hidden px-3 py-3 text-xs md:table-cell"><ExerciseCell exercise={l.exercise} /></td>
                      <td className="hidden px-3 py-3 text-xs md:table-cell" data-testid="quiz-score"><QuizCell quiz={l.quiz} /></td>
                      <td className="px-5 py-3 text-right text-xs text-zinc-500 tabular-nums">{l.timeSpentMs > 0 ? formatDuration(l.timeSpentMs) : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </li>
          ))}
        </ol>
      </main>
    </>
  );
}
