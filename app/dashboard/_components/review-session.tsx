"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { QuestionFeedback } from "@/app/_components/quiz/question-feedback";
import { QuestionInput } from "@/app/_components/quiz/question-input";
import { InlineCode } from "@/app/_components/quiz/inline-code";
import { initialDrafts, toAnswer, type Draft } from "@/lib/quiz/draft";
import { LAST_BOX, dueLabel } from "@/lib/quiz/review";
import { SCORING_RULES } from "@/lib/quiz/rules";
import type { ReviewAnswerBody, ReviewQuestion } from "@/lib/quiz/server/review-route";

// The review set on the dashboard: questions missed in quizzes, one at a time, answered with
// the quiz's own controls and graded on the server (POST /api/review). Due questions form the
// session; the others wait in "Coming up" and can be practised early. The key never reaches
// this component: only the graded result of an answer, after it is sent.

type Outcome = ReviewAnswerBody;

const itemKey = (q: Pick<ReviewQuestion, "quizId" | "question">) => `${q.quizId}:${q.question.id}`;

function Boxes({ box, mastered }: { box: number; mastered?: boolean }) {
  return (
    <span role="img" className="inline-flex items-center gap-1" aria-label={mastered ? "Mastered" : `Box ${box} of ${LAST_BOX}`} title={mastered ? "Mastered" : `Box ${box} of ${LAST_BOX}`}>
      {Array.from({ length: LAST_BOX }, (_, i) => (
        <span key={i} className={`h-1.5 w-4 rounded-full ${mastered || i < box ? "bg-brand-500" : "bg-zinc-200 dark:bg-zinc-700"}`} />
      ))}
    </span>
  );
}

function draftFor(q: ReviewQuestion): Draft {
  return initialDrafts({ id: q.quizId, lesson: q.lesson, title: q.quizTitle, questions: [q.question] })[q.question.id] ?? {};
}

export function ReviewSession({ questions, mastered, now }: { questions: ReviewQuestion[]; mastered: number; now: string }) {
  const [items, setItems] = useState(questions);
  const [queue, setQueue] = useState(() => questions.filter((q) => q.due).map(itemKey));
  const [draft, setDraft] = useState<Draft>(() => (queue[0] ? draftFor(questions.find((q) => itemKey(q) === queue[0])!) : {}));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [masteredCount, setMasteredCount] = useState(mastered);
  const [done, setDone] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const current = items.find((q) => itemKey(q) === queue[0]);
  const waiting = items.filter((q) => !queue.includes(itemKey(q)));
  const nowDate = new Date(now);

  function start(key: string) {
    const q = items.find((i) => itemKey(i) === key)!;
    setQueue((all) => (all.length === 0 ? [key] : [...all, key]));
    if (queue.length === 0) {
      setDraft(draftFor(q));
      setOutcome(null);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!current || sending || outcome) return;
    const answer = toAnswer(current.question, draft);
    if (!answer) {
      setError("Answer the question first.");
      return;
    }
    setSending(true);
    setError(null);
    try {
      const res = await fetch("/api/review", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ quizId: current.quizId, questionId: current.question.id, seen: current.seen, answer }),
      });
      const body = (await res.json()) as Outcome | { error: string };
      if (!res.ok || "error" in body) {
        setError("error" in body ? body.error : `HTTP ${res.status}`);
        return;
      }
      setOutcome(body);
      setDone((n) => n + 1);
      if (body.mastered) setMasteredCount((n) => n + 1);
    } catch {
      setError("Your answer could not be sent. Check your connection and try again.");
    } finally {
      setSending(false);
    }
  }

  function next() {
    if (!current || !outcome) return;
    const key = itemKey(current);
    // The answered question leaves the session; unless mastered it waits for its next due date.
    setItems((all) => (outcome.mastered ? all.filter((q) => itemKey(q) !== key) : all.map((q) => (itemKey(q) === key ? { ...q, box: outcome.box, dueAt: outcome.dueAt, seen: outcome.seen, due: false } : q))));
    const rest = queue.slice(1);
    setQueue(rest);
    const following = items.find((q) => itemKey(q) === rest[0]);
    setDraft(following ? draftFor(following) : {});
    setOutcome(null);
    setError(null);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  return (
    <section aria-labelledby="review-title" data-testid="review-set" className="rounded-2xl border border-zinc-200 p-5 sm:p-6 dark:border-zinc-800">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="review-title" ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-zinc-950 outline-none dark:text-white">Review set</h2>
        <p className="text-sm text-zinc-500" data-testid="review-counts">
          {items.filter((q) => q.due).length} due · {items.length} in review · {masteredCount} mastered
        </p>
      </div>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Questions you missed come back here: a day later at first, then after 3, 7 and 16 days each time you get them right. Miss one and it starts again.
      </p>

      {current ? (
        <form onSubmit={submit} className="mt-5 rounded-xl border border-zinc-200 bg-zinc-50/60 p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900/40" noValidate>
          <fieldset className="min-w-0" data-review-question={itemKey(current)}>
            <legend className="w-full">
              <span className="flex flex-wrap items-center gap-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase">
                {queue.length > 1 ? `${queue.length} to go · ` : ""}
                <Link href={`/learn/${current.lesson}`} className="normal-case tracking-normal text-brand-600 hover:underline dark:text-brand-400">{current.quizTitle}</Link>
                <Boxes box={outcome ? outcome.box : current.box} mastered={outcome?.mastered} />
              </span>
              <span className="mt-1.5 block text-[1.0625rem] leading-snug font-medium text-zinc-950 dark:text-white">
                <InlineCode text={current.question.prompt} />
              </span>
            </legend>
            {current.question.code && (
              <pre className="mt-3 overflow-x-auto rounded-lg border border-zinc-200 bg-white px-3 py-2 font-mono text-[0.8125rem] dark:border-zinc-800 dark:bg-zinc-950">{current.question.code}</pre>
            )}
            <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">{SCORING_RULES[current.question.type]}</p>
            <div className="mt-3">
              {outcome ? (
                <QuestionFeedback result={outcome.result} />
              ) : (
                <QuestionInput question={current.question} draft={draft} disabled={sending} onChange={setDraft} />
              )}
            </div>
          </fieldset>
          {outcome ? (
            <div role="status" data-testid="review-outcome" className="mt-4 flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
                {outcome.mastered
                  ? "Right, and mastered: it leaves your review set."
                  : outcome.result.correct
                    ? `Right: moved to box ${outcome.box}, ${dueLabel(new Date(outcome.dueAt), new Date(outcome.seen))}.`
                    : `Not yet: back to box 1, ${dueLabel(new Date(outcome.dueAt), new Date(outcome.seen))}.`}
              </p>
              <button type="button" onClick={next} className="rounded-lg border border-zinc-300 bg-white px-4 py-2 text-sm font-medium text-zinc-900 transition hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-white dark:hover:bg-zinc-800">
                {queue.length > 1 ? "Next question" : "Done"}
              </button>
            </div>
          ) : (
            <div className="mt-4 flex flex-wrap items-center gap-3">
              <button type="submit" disabled={sending} className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm transition hover:bg-brand-700 disabled:opacity-60">
                {sending ? "Checking…" : "Check answer"}
              </button>
              {error && <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">{error}</p>}
            </div>
          )}
        </form>
      ) : (
        <p className="mt-5 rounded-xl bg-zinc-50 px-4 py-3 text-sm text-zinc-600 dark:bg-zinc-900/60 dark:text-zinc-400" data-testid="review-empty">
          {items.length === 0
            ? done > 0 || masteredCount > 0
              ? "Nothing left to review. Well done."
              : "Nothing to review yet. Questions you miss in a lesson's quiz will appear here."
            : done > 0
              ? `Session done: ${done} answered. Nothing else is due today.`
              : "Nothing is due today."}
        </p>
      )}

      {waiting.length > 0 && (
        <div className="mt-5">
          <h3 className="text-sm font-semibold text-zinc-950 dark:text-white">Coming up</h3>
          <ul className="mt-2 divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {waiting.map((q) => (
              <li key={itemKey(q)} data-review-item={itemKey(q)} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm text-zinc-900 dark:text-zinc-100"><InlineCode text={q.question.prompt} /></p>
                  <p className="mt-0.5 flex items-center gap-2 text-xs text-zinc-500">
                    <span>{q.quizTitle}</span> · <Boxes box={q.box} /> · <span>{dueLabel(new Date(q.dueAt), nowDate)}</span>
                  </p>
                </div>
                <button type="button" onClick={() => start(itemKey(q))} className="shrink-0 rounded-lg border border-zinc-300 px-3 py-1.5 text-xs font-medium text-zinc-800 transition hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800">
                  Practise now
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
