import {
  QUESTION_POINTS,
  passMarkOf,
  type Option,
  type PublicQuestion,
  type PublicQuiz,
  type QuestionKey,
  type QuestionType,
  type QuizKey,
} from "./model";
import { isPassing } from "./pass";
import { runCommandQuestion, runScenario } from "./simulate";

// Grading is pure and total: any value may arrive as an answer (the route validates first,
// but the grader does not rely on it), and the worst outcome is "not answered", never an
// exception. Scoring rules are stated in words in rules.ts; keep the two in step.

export interface OptionFeedback {
  id: string;
  text: string;
  selected: boolean;
  /** Whether this option is (one of) the right answer(s). */
  correct: boolean;
  explanation: string;
}

export interface MatchFeedback {
  id: string;
  text: string;
  chosen: string | null;
  chosenText: string | null;
  correct: string;
  correctText: string;
  ok: boolean;
  explanation: string;
}

export type QuestionDetail =
  | { type: "single" | "multiple"; options: OptionFeedback[] }
  | { type: "true-false"; verdict: boolean | null; answer: boolean; justifications: OptionFeedback[] }
  | { type: "ordering"; submitted: Option[]; order: Option[]; inPlace: boolean[]; explanation: string }
  | { type: "matching"; items: MatchFeedback[] }
  | { type: "numeric"; value: number | null; answer: number; tolerance: number; unit?: string; explanation: string }
  /** The command as run, what the simulated terminal printed, and the check's verdict in words. */
  | { type: "command"; command: string | null; output: string; message: string; example: string; explanation: string }
  /** The prediction next to what the simulator did: the scenario's transcript and the measured number. */
  | { type: "predict"; value: number | null; actual: number; transcript: string; unit?: string; explanation: string };

export interface QuestionResult {
  id: string;
  type: QuestionType;
  answered: boolean;
  /** Whole points out of maxPoints (partial credit is rounded to whole points). */
  points: number;
  maxPoints: number;
  /** Full marks. */
  correct: boolean;
  /** One line for the learner: "Correct", "Partly right: 50%", "Not answered"… */
  summary: string;
  detail: QuestionDetail;
}

export interface QuizGrade {
  quizId: string;
  results: QuestionResult[];
  score: number;
  maxScore: number;
  /** score / maxScore as a whole percentage, rounded down (79.9% must not show as 80%). */
  percent: number;
  passed: boolean;
  passMark: number;
}

const own = <T>(record: Record<string, T> | undefined, id: string): T | undefined =>
  record && Object.hasOwn(record, id) ? record[id] : undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const stringArray = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : null;

function pointsFor(credit: number): number {
  const clamped = Number.isFinite(credit) ? Math.min(1, Math.max(0, credit)) : 0;
  return Math.round(clamped * QUESTION_POINTS);
}

function summaryFor(answered: boolean, points: number): string {
  if (!answered) return "Not answered";
  if (points === QUESTION_POINTS) return "Correct";
  if (points === 0) return "Incorrect";
  return `Partly right: ${Math.floor((points * 100) / QUESTION_POINTS)}%`;
}

function result(question: PublicQuestion, answered: boolean, credit: number, detail: QuestionDetail): QuestionResult {
  const points = answered ? pointsFor(credit) : 0;
  return {
    id: question.id,
    type: question.type,
    answered,
    points,
    maxPoints: QUESTION_POINTS,
    correct: points === QUESTION_POINTS,
    summary: summaryFor(answered, points),
    detail,
  };
}

function optionFeedback(options: Option[], selected: Set<string>, correct: Set<string>, explanations: Record<string, string>): OptionFeedback[] {
  return options.map((o) => ({
    id: o.id,
    text: o.text,
    selected: selected.has(o.id),
    correct: correct.has(o.id),
    explanation: own(explanations, o.id) ?? "",
  }));
}

export function gradeQuestion(question: PublicQuestion, key: QuestionKey, answer: unknown): QuestionResult {
  if (key.type !== question.type) throw new Error(`Key for question ${question.id} is for type ${key.type}, not ${question.type}.`);
  const a = isRecord(answer) && answer.type === question.type ? answer : undefined;

  switch (question.type) {
    case "single": {
      const k = key as Extract<QuestionKey, { type: "single" }>;
      const ids = new Set(question.options.map((o) => o.id));
      const choice = typeof a?.choice === "string" && ids.has(a.choice) ? a.choice : null;
      return result(question, choice !== null, choice === k.correct ? 1 : 0, {
        type: "single",
        options: optionFeedback(question.options, new Set(choice ? [choice] : []), new Set([k.correct]), k.explanations),
      });
    }
    case "multiple": {
      const k = key as Extract<QuestionKey, { type: "multiple" }>;
      const ids = new Set(question.options.map((o) => o.id));
      const chosen = stringArray(a?.choices);
      const selected = new Set((chosen ?? []).filter((c) => ids.has(c)));
      const correct = new Set(k.correct);
      let right = 0;
      let wrong = 0;
      for (const id of selected) {
        if (correct.has(id)) right++;
        else wrong++;
      }
      // Rule (rules.ts): +1 share per right option chosen, −1 per wrong one, floor at zero.
      const credit = correct.size === 0 ? 0 : Math.max(0, (right - wrong) / correct.size);
      return result(question, chosen !== null, credit, {
        type: "multiple",
        options: optionFeedback(question.options, selected, correct, k.explanations),
      });
    }
    case "true-false": {
      const k = key as Extract<QuestionKey, { type: "true-false" }>;
      const ids = new Set(question.justifications.map((o) => o.id));
      const verdict = typeof a?.verdict === "boolean" ? a.verdict : null;
      const reason = typeof a?.justification === "string" && ids.has(a.justification) ? a.justification : null;
      // Rule: wrong verdict 0; right verdict 1/2; right verdict and right reason 1.
      const credit = verdict !== k.answer ? 0 : reason === k.justification ? 1 : 0.5;
      return result(question, verdict !== null, credit, {
        type: "true-false",
        verdict,
        answer: k.answer,
        justifications: optionFeedback(question.justifications, new Set(reason ? [reason] : []), new Set([k.justification]), k.explanations),
      });
    }
    case "ordering": {
      const k = key as Extract<QuestionKey, { type: "ordering" }>;
      const byId = new Map(question.items.map((o) => [o.id, o]));
      const order = stringArray(a?.order);
      // Only a permutation of the items counts as an answer.
      const valid = order !== null && order.length === byId.size && new Set(order).size === order.length && order.every((id) => byId.has(id));
      const submitted = valid ? order.map((id) => byId.get(id)!) : [];
      const inPlace = k.order.map((id, i) => valid && order[i] === id);
      return result(question, valid, inPlace.every(Boolean) ? 1 : 0, {
        type: "ordering",
        submitted,
        order: k.order.map((id) => byId.get(id) ?? { id, text: id }),
        inPlace,
        explanation: k.explanation,
      });
    }
    case "matching": {
      const k = key as Extract<QuestionKey, { type: "matching" }>;
      const choiceText = new Map(question.choices.map((o) => [o.id, o.text]));
      const pairs = isRecord(a?.pairs) ? a.pairs : null;
      const items: MatchFeedback[] = question.items.map((item) => {
        const raw = pairs ? own(pairs, item.id) : undefined;
        const chosen = typeof raw === "string" && choiceText.has(raw) ? raw : null;
        const correct = own(k.pairs, item.id) ?? "";
        return {
          id: item.id,
          text: item.text,
          chosen,
          chosenText: chosen === null ? null : choiceText.get(chosen)!,
          correct,
          correctText: choiceText.get(correct) ?? correct,
          ok: chosen !== null && chosen === correct,
          explanation: own(k.explanations, item.id) ?? "",
        };
      });
      const answered = items.some((i) => i.chosen !== null);
      const credit = items.length === 0 ? 0 : items.filter((i) => i.ok).length / items.length;
      return result(question, answered, credit, { type: "matching", items });
    }
    case "numeric": {
      const k = key as Extract<QuestionKey, { type: "numeric" }>;
      const value = typeof a?.value === "number" && Number.isFinite(a.value) ? a.value : null;
      // A hair of slack so 0.1 + 0.2 style float noise never flips a right answer.
      const credit = value !== null && Math.abs(value - k.answer) <= k.tolerance + 1e-9 ? 1 : 0;
      return result(question, value !== null, credit, {
        type: "numeric",
        value,
        answer: k.answer,
        tolerance: k.tolerance,
        ...(question.unit ? { unit: question.unit } : {}),
        explanation: k.explanation,
      });
    }
    case "command": {
      const k = key as Extract<QuestionKey, { type: "command" }>;
      const text = typeof a?.command === "string" && a.command.trim() !== "" ? a.command : null;
      const run = text === null ? null : runCommandQuestion(question, k, text);
      return result(question, text !== null, run?.pass ? 1 : 0, {
        type: "command",
        command: run?.line ?? text,
        output: run?.output ?? "",
        message: run?.message ?? "",
        example: k.example,
        explanation: k.explanation,
      });
    }
    case "predict": {
      const k = key as Extract<QuestionKey, { type: "predict" }>;
      const value = typeof a?.value === "number" && Number.isFinite(a.value) ? a.value : null;
      // Run even when unanswered: the learner still gets to see what happens.
      const run = runScenario(question, k);
      return result(question, value !== null, value === run.actual ? 1 : 0, {
        type: "predict",
        value,
        actual: run.actual,
        transcript: run.transcript,
        ...(question.unit ? { unit: question.unit } : {}),
        explanation: k.explanation,
      });
    }
  }
}

/** Grades a whole quiz. `answers` is questionId → answer; anything else counts as unanswered. */
export function gradeQuiz(quiz: PublicQuiz, key: QuizKey, answers: unknown): QuizGrade {
  const byQuestion = isRecord(answers) ? answers : {};
  const results = quiz.questions.map((q) => {
    const k = own(key.keys, q.id);
    if (!k) throw new Error(`Quiz ${quiz.id}: question ${q.id} has no key.`);
    return gradeQuestion(q, k, own(byQuestion, q.id));
  });
  const score = results.reduce((sum, r) => sum + r.points, 0);
  const maxScore = results.length * QUESTION_POINTS;
  const passMark = passMarkOf(quiz);
  return {
    quizId: quiz.id,
    results,
    score,
    maxScore,
    percent: maxScore === 0 ? 0 : Math.floor((score * 100) / maxScore),
    passed: isPassing(score, maxScore, passMark),
    passMark,
  };
}
