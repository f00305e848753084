import type { Answer, PublicQuestion, PublicQuiz } from "./model";

// What the quiz form holds while the learner answers, and how it becomes a submission.
// Pure, so the form's rules (what counts as answered, how a step moves) are unit-tested.

export interface Draft {
  choice?: string;
  choices?: string[];
  verdict?: boolean;
  justification?: string;
  order?: string[];
  pairs?: Record<string, string>;
  /** Numeric and predicted answers are kept as typed text until submitted; command answers as typed. */
  text?: string;
}

/** Ordering questions start from the order shown, so they always have an answer. */
export function initialDrafts(quiz: PublicQuiz): Record<string, Draft> {
  const drafts: Record<string, Draft> = {};
  for (const q of quiz.questions) drafts[q.id] = q.type === "ordering" ? { order: q.items.map((i) => i.id) } : {};
  return drafts;
}

/** Accepts "3", " 3 ", "2.5", "2,5" (decimal comma); anything else is no answer. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export function toAnswer(question: PublicQuestion, draft: Draft | undefined): Answer | undefined {
  if (!draft) return undefined;
  switch (question.type) {
    case "single":
      return draft.choice ? { type: "single", choice: draft.choice } : undefined;
    case "multiple":
      return draft.choices?.length ? { type: "multiple", choices: [...draft.choices] } : undefined;
    case "true-false":
      if (draft.verdict === undefined) return undefined;
      return draft.justification
        ? { type: "true-false", verdict: draft.verdict, justification: draft.justification }
        : { type: "true-false", verdict: draft.verdict };
    case "ordering":
      return draft.order ? { type: "ordering", order: [...draft.order] } : undefined;
    case "matching": {
      const pairs = Object.fromEntries(Object.entries(draft.pairs ?? {}).filter(([, v]) => v));
      return Object.keys(pairs).length ? { type: "matching", pairs } : undefined;
    }
    case "numeric":
    case "predict": {
      const value = draft.text === undefined ? undefined : parseNumber(draft.text);
      return value === undefined ? undefined : { type: question.type, value };
    }
    case "command":
      return draft.text?.trim() ? { type: "command", command: draft.text.trim() } : undefined;
  }
}

export function toAnswers(quiz: PublicQuiz, drafts: Record<string, Draft>): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const q of quiz.questions) {
    const a = toAnswer(q, drafts[q.id]);
    if (a) answers[q.id] = a;
  }
  return answers;
}

/** Moves order[index] one place up (-1) or down (+1); out-of-range moves change nothing. */
export function moveItem(order: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return [...order];
  const next = [...order];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
