// Insights a teacher acts on, computed from attempt rows: per exercise how many learners got
// there and how hard it was, which checks fail most (with the message learners saw); per quiz
// question the options learners chose on their FIRST attempt — later attempts follow the
// feedback, so the first one shows the misconception. Pure: rows in, numbers out.
import type { Answer, PublicQuestion, PublicQuiz, QuestionKey } from "@/lib/quiz/model";
import { median, percent, tally } from "./stats";

export interface AttemptCheck {
  id: string;
  passed: boolean;
  message: string;
}

export interface ExerciseAttemptRow {
  userId: string;
  exerciseId: string;
  passed: boolean;
  checkResults: AttemptCheck[];
  createdAt: Date;
}

export interface FailingCheck {
  checkId: string;
  title: string;
  /** Attempts in which the check failed. */
  failures: number;
  /** Share of all attempts, whole percent. */
  failureRate: number;
  learners: number;
  /** The learner-facing messages, most frequent first. */
  messages: { message: string; count: number }[];
}

export interface ExerciseInsight {
  exerciseId: string;
  title: string;
  lessonSlug: string;
  attempts: number;
  learnersAttempted: number;
  learnersPassed: number;
  /** learnersPassed / learnersAttempted, whole percent. */
  passRate: number;
  /** Attempts each passing learner needed up to the first pass: median and histogram. */
  medianAttemptsToPass: number | null;
  attemptsToPass: { attempts: number; learners: number }[];
  /** Median visible-tab time on the exercise's lesson, among learners who attempted it. */
  medianLessonTimeMs: number | null;
  failingChecks: FailingCheck[];
}

export interface ExerciseMeta {
  id: string;
  title: string;
  lessonSlug: string;
  /** checkId → title, in the exercise's order. */
  checks: { id: string; title: string }[];
}

export function exerciseInsight(meta: ExerciseMeta, rows: readonly ExerciseAttemptRow[], lessonTimeMs: ReadonlyMap<string, number>): ExerciseInsight {
  const attempts = rows.filter((r) => r.exerciseId === meta.id).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const byLearner = new Map<string, ExerciseAttemptRow[]>();
  for (const a of attempts) byLearner.set(a.userId, [...(byLearner.get(a.userId) ?? []), a]);
  const toPass: number[] = [];
  for (const list of byLearner.values()) {
    const first = list.findIndex((a) => a.passed);
    if (first >= 0) toPass.push(first + 1);
  }
  const histogram = tally(toPass, String)
    .map((t) => ({ attempts: Number(t.key), learners: t.count }))
    .sort((a, b) => a.attempts - b.attempts);

  const failing = meta.checks.map((check): FailingCheck => {
    const failed = attempts.flatMap((a) => a.checkResults.filter((c) => c.id === check.id && !c.passed).map((c) => ({ userId: a.userId, message: c.message })));
    return {
      checkId: check.id,
      title: check.title,
      failures: failed.length,
      failureRate: percent(failed.length, attempts.length),
      learners: new Set(failed.map((f) => f.userId)).size,
      messages: tally(failed, (f) => f.message).map((t) => ({ message: t.key, count: t.count })),
    };
  });
  const times = [...byLearner.keys()].map((u) => lessonTimeMs.get(u) ?? 0).filter((ms) => ms > 0);
  return {
    exerciseId: meta.id,
    title: meta.title,
    lessonSlug: meta.lessonSlug,
    attempts: attempts.length,
    learnersAttempted: byLearner.size,
    learnersPassed: toPass.length,
    passRate: percent(toPass.length, byLearner.size),
    medianAttemptsToPass: median(toPass),
    attemptsToPass: histogram,
    medianLessonTimeMs: median(times),
    // Most failed first; checks that never failed stay listed (at the end) so the table is complete.
    failingChecks: failing.sort((a, b) => b.failures - a.failures),
  };
}

export interface QuizAttemptRow {
  userId: string;
  quizId: string;
  answers: Record<string, unknown>;
  results: { id: string; correct: boolean }[];
  createdAt: Date;
}

export interface OptionCount {
  id: string;
  text: string;
  count: number;
  /** Share of the learners who answered the question, whole percent. */
  share: number;
  correct: boolean;
}

export interface OptionGroup {
  /** Null for the question's own options; the item or part otherwise ("Verdict", a matching item…). */
  label: string | null;
  options: OptionCount[];
}

export interface QuestionInsight {
  id: string;
  prompt: string;
  type: PublicQuestion["type"];
  /** Learners whose first attempt answered it. */
  answered: number;
  /** Share of those with full marks, whole percent. */
  correctRate: number;
  groups: OptionGroup[];
}

export interface QuizInsight {
  quizId: string;
  lessonSlug: string;
  title: string;
  learners: number;
  questions: QuestionInsight[];
}

const asAnswer = (v: unknown): Answer | undefined => (typeof v === "object" && v !== null && "type" in v ? (v as Answer) : undefined);

/** Each learner's first attempt at the quiz. */
function firstAttempts(rows: readonly QuizAttemptRow[], quizId: string): QuizAttemptRow[] {
  const first = new Map<string, QuizAttemptRow>();
  for (const r of rows) {
    if (r.quizId !== quizId) continue;
    const seen = first.get(r.userId);
    if (!seen || r.createdAt < seen.createdAt) first.set(r.userId, r);
  }
  return [...first.values()];
}

function group(label: string | null, options: { id: string; text: string; correct: boolean }[], chosen: string[], answered: number): OptionGroup {
  const counts = new Map<string, number>();
  for (const c of chosen) counts.set(c, (counts.get(c) ?? 0) + 1);
  return { label, options: options.map((o) => ({ ...o, count: counts.get(o.id) ?? 0, share: percent(counts.get(o.id) ?? 0, answered) })) };
}

/** Distinct free-form answers (orders, numbers) as options, most frequent first, at most `limit`. */
function distinct(label: string, values: { id: string; text: string; correct: boolean }[], answered: number, limit = 6): OptionGroup {
  const counted = tally(values, (v) => v.id).slice(0, limit);
  return { label, options: counted.map((t) => ({ id: t.key, text: t.first.text, correct: t.first.correct, count: t.count, share: percent(t.count, answered) })) };
}

export function questionInsight(question: PublicQuestion, key: QuestionKey | undefined, attempts: readonly QuizAttemptRow[]): QuestionInsight {
  const answers = attempts.map((a) => ({ answer: asAnswer(a.answers[question.id]), correct: a.results.find((r) => r.id === question.id)?.correct ?? false }));
  const given = answers.filter((a) => a.answer?.type === question.type);
  const n = given.length;
  const base = { id: question.id, prompt: question.prompt, type: question.type, answered: n, correctRate: percent(given.filter((a) => a.correct).length, n) };
  const list = given.map((a) => a.answer!);
  switch (question.type) {
    case "single": {
      const right = key?.type === "single" ? key.correct : null;
      const chosen = list.flatMap((a) => (a.type === "single" ? [a.choice] : []));
      return { ...base, groups: [group(null, question.options.map((o) => ({ ...o, correct: o.id === right })), chosen, n)] };
    }
    case "multiple": {
      const right = new Set(key?.type === "multiple" ? key.correct : []);
      const chosen = list.flatMap((a) => (a.type === "multiple" ? a.choices : []));
      return { ...base, groups: [group(null, question.options.map((o) => ({ ...o, correct: right.has(o.id) })), chosen, n)] };
    }
    case "true-false": {
      const k = key?.type === "true-false" ? key : undefined;
      const verdicts = list.flatMap((a) => (a.type === "true-false" ? [String(a.verdict)] : []));
      const reasons = list.flatMap((a) => (a.type === "true-false" && a.justification ? [a.justification] : []));
      return {
        ...base,
        groups: [
          group("Verdict", [{ id: "true", text: "True", correct: k?.answer === true }, { id: "false", text: "False", correct: k?.answer === false }], verdicts, n),
          group("Reason", question.justifications.map((o) => ({ ...o, correct: o.id === k?.justification })), reasons, n),
        ],
      };
    }
    case "matching": {
      const pairs = key?.type === "matching" ? key.pairs : {};
      return {
        ...base,
        groups: question.items.map((item) =>
          group(
            item.text,
            question.choices.map((c) => ({ ...c, correct: pairs[item.id] === c.id })),
            list.flatMap((a) => (a.type === "matching" && typeof a.pairs[item.id] === "string" ? [a.pairs[item.id]!] : [])),
            n,
          ),
        ),
      };
    }
    case "ordering": {
      const text = new Map(question.items.map((o) => [o.id, o.text]));
      const right = key?.type === "ordering" ? key.order.join(",") : null;
      const orders = list.flatMap((a) => (a.type === "ordering" ? [{ id: a.order.join(","), text: a.order.map((id) => text.get(id) ?? id).join(" → "), correct: a.order.join(",") === right }] : []));
      return { ...base, groups: [distinct("Orders submitted", orders, n)] };
    }
    case "numeric": {
      const k = key?.type === "numeric" ? key : undefined;
      const values = list.flatMap((a) => (a.type === "numeric" ? [{ id: String(a.value), text: `${a.value}${question.unit ? ` ${question.unit}` : ""}`, correct: k ? Math.abs(a.value - k.answer) <= k.tolerance : false }] : []));
      return { ...base, groups: [distinct("Values given", values, n)] };
    }
    // Free-form answers graded by the simulator: the stored result says whether each was right.
    case "command": {
      const commands = given.flatMap((g) => (g.answer!.type === "command" ? [{ id: g.answer!.command.trim(), text: g.answer!.command.trim(), correct: g.correct }] : []));
      return { ...base, groups: [distinct("Commands submitted", commands, n)] };
    }
    case "predict": {
      const values = given.flatMap((g) => (g.answer!.type === "predict" ? [{ id: String(g.answer!.value), text: `${g.answer!.value}${question.unit ? ` ${question.unit}` : ""}`, correct: g.correct }] : []));
      return { ...base, groups: [distinct("Predictions", values, n)] };
    }
  }
}

export function quizInsight(quiz: PublicQuiz, keys: Record<string, QuestionKey> | undefined, rows: readonly QuizAttemptRow[]): QuizInsight {
  const attempts = firstAttempts(rows, quiz.id);
  return {
    quizId: quiz.id,
    lessonSlug: quiz.lesson,
    title: quiz.title,
    learners: attempts.length,
    questions: quiz.questions.map((q) => questionInsight(q, keys?.[q.id], attempts)),
  };
}
