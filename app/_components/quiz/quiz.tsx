"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { initialDrafts, toAnswers, type Draft } from "@/lib/quiz/draft";
import type { QuestionResult } from "@/lib/quiz/grade";
import { quizIdForLesson } from "@/lib/quiz/model";
import { SCORING_RULES } from "@/lib/quiz/rules";
import type { QuizErrorBody, QuizStateBody, QuizSubmitBody } from "@/lib/quiz/server/routes";
import { InlineCode } from "./inline-code";
import { QuestionFeedback } from "./question-feedback";
import { QuestionInput } from "./question-input";
import { browserGuestStore } from "../guest/guest-store";
import { GuestNotice } from "../guest/guest-notice";
import { notifyGuestChange } from "../guest/guest-sync";

// <Quiz /> at the end of a lesson (registered in mdx-content.tsx). The page is static; the
// quiz (shuffled for the viewer) and their standing load from /api/quizzes/<id>, answers are
// graded only on the server, and the key never reaches this component — only the results.

const TYPE_LABEL: Record<string, string> = {
  single: "One answer",
  multiple: "Several answers",
  "true-false": "True or false",
  ordering: "Put in order",
  matching: "Match",
  numeric: "Number",
};

const newKey = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `k${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;

const pct = (x: number) => `${Math.round(x * 100)}%`;

function Verdict({ result }: { result: QuestionResult }) {
  const style = !result.answered
    ? "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
    : result.correct
      ? "bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300"
      : result.points > 0
        ? "bg-amber-100 text-amber-800 dark:bg-amber-500/15 dark:text-amber-300"
        : "bg-rose-100 text-rose-800 dark:bg-rose-500/15 dark:text-rose-300";
  return <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${style}`} data-testid="question-verdict">{result.summary}</span>;
}

export function Quiz({ id }: { id?: string }) {
  const pathname = usePathname();
  const quizId = id ?? quizIdForLesson(pathname.replace(/^\/learn\//, "").replace(/\/$/, ""));
  const [state, setState] = useState<QuizStateBody | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [submission, setSubmission] = useState<QuizSubmitBody | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  // Reused when the same submission is re-sent after a network failure, so it is stored once.
  const pendingKey = useRef<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const topRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/quizzes/${encodeURIComponent(quizId)}`, { cache: "no-store" })
      .then(async (res) => {
        if (!res.ok) throw new Error(((await res.json().catch(() => ({}))) as QuizErrorBody).error ?? `HTTP ${res.status}`);
        return (await res.json()) as QuizStateBody;
      })
      .then((body) => {
        if (cancelled) return;
        setState(body);
        setDrafts(initialDrafts(body.quiz));
      })
      .catch((error: unknown) => !cancelled && setLoadError(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
    };
  }, [quizId]);

  // Move focus to the verdict once it is on screen, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (submission) resultRef.current?.focus();
  }, [submission]);

  if (loadError) {
    return (
      <section className="mt-12 rounded-2xl border border-rose-500/30 bg-rose-50/60 p-5 text-sm dark:bg-rose-500/10" role="alert">
        The quiz could not be loaded ({loadError}). Reload the page to try again.
      </section>
    );
  }
  if (!state) {
    return (
      <section aria-busy="true" aria-label="Quiz" className="mt-12 rounded-2xl border border-zinc-200 p-6 text-sm text-zinc-500 dark:border-zinc-800">
        Loading the quiz…
      </section>
    );
  }

  const { quiz } = state;
  const results = new Map(submission?.grade.results.map((r) => [r.id, r]) ?? []);
  const answered = Object.keys(toAnswers(quiz, drafts)).length;
  const standing = submission?.standing ?? state.standing;
  const lessonCompleted = submission?.lessonCompleted || state.lessonCompleted;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (submitting || submission) return;
    setSubmitting(true);
    setSubmitError(null);
    pendingKey.current ??= newKey();
    try {
      const sent = { idempotencyKey: pendingKey.current, answers: toAnswers(quiz, drafts) };
      const res = await fetch(`/api/quizzes/${encodeURIComponent(quizId)}/submit`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(sent),
      });
      const body = (await res.json()) as QuizSubmitBody | QuizErrorBody;
      if (!res.ok || "error" in body) {
        const err = body as QuizErrorBody;
        pendingKey.current = null;
        setSubmitError(err.fieldErrors ? `${err.error} (${Object.keys(err.fieldErrors).join(", ")})` : err.error);
        return;
      }
      pendingKey.current = null;
      // A guest's answers stay on the device and are submitted for real after sign-in (app/_components/guest).
      if (!body.saved && browserGuestStore().addQuiz({ quizId, ...sent }, Date.now())) notifyGuestChange();
      setSubmission(body);
    } catch {
      setSubmitError("The answers could not be sent. Check your connection and submit again.");
    } finally {
      setSubmitting(false);
    }
  }

  function retry() {
    setSubmission(null);
    setSubmitError(null);
    setDrafts(initialDrafts(quiz));
    if (submission?.standing) setState({ ...state!, standing: submission.standing, lessonCompleted: !!lessonCompleted });
    requestAnimationFrame(() => {
      topRef.current?.scrollIntoView({ block: "start" });
      topRef.current?.focus();
    });
  }

  return (
    <section aria-labelledby="quiz-title" data-testid="quiz" className="mt-12 rounded-2xl border border-zinc-200 bg-zinc-50/60 p-5 sm:p-7 dark:border-zinc-800 dark:bg-zinc-900/40">
      <h2 id="quiz-title" ref={topRef} tabIndex={-1} style={{ marginTop: 0 }} className="outline-none">
        {quiz.title}
      </h2>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        {quiz.questions.length} questions · pass mark {pct(state.passMark)}
        {standing && standing.attempts > 0 && standing.best && standing.latest && (
          <> · best {standing.best.percent}% · latest {standing.latest.percent}% · {standing.attempts} {standing.attempts === 1 ? "attempt" : "attempts"}</>
        )}
      </p>
      {!state.viewer && (
        <p className="mt-3 rounded-lg border border-amber-500/30 bg-amber-50/70 px-3 py-2 text-sm text-amber-900 dark:bg-amber-500/10 dark:text-amber-200">
          You are not signed in: you will see your score and explanations, but nothing is saved. Sign in to save your progress.
        </p>
      )}
      {lessonCompleted && (
        <p data-testid="lesson-complete" className="mt-3 inline-flex items-center gap-2 rounded-full bg-emerald-100 px-3 py-1 text-sm font-medium text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300">
          <span aria-hidden>✓</span> Lesson complete
        </p>
      )}

      <form onSubmit={submit} className="mt-6 space-y-8" noValidate>
        {quiz.questions.map((q, i) => {
          const result = results.get(q.id);
          return (
            <fieldset key={q.id} data-question={q.id} className="min-w-0">
              <legend className="w-full">
                <span className="flex flex-wrap items-center gap-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase">
                  Question {i + 1} of {quiz.questions.length} · {TYPE_LABEL[q.type]}
                  {result && <Verdict result={result} />}
                </span>
                <span className="mt-1.5 block text-[1.0625rem] leading-snug font-medium text-zinc-950 dark:text-white">
                  <InlineCode text={q.prompt} />
                </span>
              </legend>
              {q.code && (
                <pre className="mt-3 overflow-x-auto rounded-lg border border-zinc-200 bg-white px-3 py-2 font-mono text-[0.8125rem] dark:border-zinc-800 dark:bg-zinc-950">{q.code}</pre>
              )}
              <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">{SCORING_RULES[q.type]}</p>
              <div className="mt-3">
                {result ? (
                  <QuestionFeedback result={result} />
                ) : (
                  <QuestionInput question={q} draft={drafts[q.id] ?? {}} disabled={submitting}
                    onChange={(d) => setDrafts((all) => ({ ...all, [q.id]: d }))} />
                )}
              </div>
            </fieldset>
          );
        })}

        {submission ? (
          <div ref={resultRef} tabIndex={-1} role="status" data-testid="quiz-result"
            className={`rounded-xl border p-5 outline-none ${submission.grade.passed ? "border-emerald-500/30 bg-emerald-50/70 dark:bg-emerald-500/10" : "border-amber-500/30 bg-amber-50/70 dark:bg-amber-500/10"}`}>
            <p className="text-lg font-semibold text-zinc-950 dark:text-white">
              {submission.grade.passed ? "Passed" : "Not passed yet"}: you scored {submission.grade.percent}%
            </p>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
              {submission.grade.passed
                ? `You reached the pass mark of ${pct(submission.grade.passMark)}.`
                : `You need ${pct(submission.grade.passMark)} to pass. Read the explanations above, then try again.`}
              {submission.saved ? " Your attempt is saved." : ` ${submission.message ?? ""}`}
            </p>
            <button type="button" onClick={retry}
              className="mt-4 rounded-lg border border-zinc-300 bg-white px-4 py-2 text-sm font-medium text-zinc-900 transition hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-white dark:hover:bg-zinc-800">
              Try again
            </button>
            <GuestNotice quizId={quizId} />
          </div>
        ) : (
          <div className="flex flex-wrap items-center gap-4">
            <button type="submit" disabled={submitting}
              className="rounded-lg bg-brand-600 px-5 py-2.5 text-sm font-semibold text-white shadow-sm transition hover:bg-brand-700 disabled:opacity-60">
              {submitting ? "Checking…" : "Submit answers"}
            </button>
            <span className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
              {answered} of {quiz.questions.length} answered{answered < quiz.questions.length ? " · unanswered questions score zero" : ""}
            </span>
            {submitError && <p role="alert" className="w-full text-sm text-rose-700 dark:text-rose-400">{submitError}</p>}
          </div>
        )}
      </form>
    </section>
  );
}
