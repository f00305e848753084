// The quiz model, split in two halves that never meet in the browser:
// - the public half (prompts, options, ids) is what a lesson page may ship;
// - the key half (right answers, per-option explanations) lives in `quiz.key.ts` files
//   that start with `import "server-only"`, and only the grader reads it.
// Answers refer to option ids, never to positions, so the per-learner shuffle is purely
// presentational and grading does not depend on it.

export interface Option {
  id: string;
  text: string;
}

interface QuestionBase {
  id: string;
  prompt: string;
  /** Optional snippet shown under the prompt (YAML, a command…), rendered as code. */
  code?: string;
}

export type PublicQuestion =
  | (QuestionBase & { type: "single"; options: Option[] })
  | (QuestionBase & { type: "multiple"; options: Option[] })
  /** The prompt is a statement; the learner says true or false and picks the reason. */
  | (QuestionBase & { type: "true-false"; justifications: Option[] })
  /** Items are listed in any order except the right one (a content test checks it). */
  | (QuestionBase & { type: "ordering"; items: Option[] })
  /** Each left item gets one of the right choices (a choice may fit several items). */
  | (QuestionBase & { type: "matching"; items: Option[]; choices: Option[] })
  | (QuestionBase & { type: "numeric"; unit?: string; min?: number; max?: number });

export type QuestionType = PublicQuestion["type"];

export interface PublicQuiz {
  /** Stable id stored with attempts: "<module-slug>.<lesson-slug>". */
  id: string;
  /** The lesson this quiz ends: "<module-slug>/<lesson-slug>". */
  lesson: string;
  title: string;
  /** Fraction of the maximum score needed to pass, 0 < passMark ≤ 1. Default 0.8. */
  passMark?: number;
  questions: PublicQuestion[];
}

export type QuestionKey =
  | { type: "single"; correct: string; explanations: Record<string, string> }
  | { type: "multiple"; correct: string[]; explanations: Record<string, string> }
  | { type: "true-false"; answer: boolean; justification: string; explanations: Record<string, string> }
  | { type: "ordering"; order: string[]; explanation: string }
  | { type: "matching"; pairs: Record<string, string>; explanations: Record<string, string> }
  | { type: "numeric"; answer: number; tolerance: number; explanation: string };

export interface QuizKey {
  quizId: string;
  keys: Record<string, QuestionKey>;
  /** A unique marker the build test looks for in .next/static: finding it means a key leaked. */
  canary?: string;
}

/** What a learner sends for one question; the shape follows the question's type. */
export type Answer =
  | { type: "single"; choice: string }
  | { type: "multiple"; choices: string[] }
  | { type: "true-false"; verdict: boolean; justification?: string }
  | { type: "ordering"; order: string[] }
  | { type: "matching"; pairs: Record<string, string> }
  | { type: "numeric"; value: number };

export const DEFAULT_PASS_MARK = 0.8;

/** Points a question is worth; partial credit is a whole number of points out of this. */
export const QUESTION_POINTS = 100;

/** The quiz id a lesson's quiz uses in URLs and in the database: "<module>.<lesson>". */
export const quizIdForLesson = (lessonSlug: string): string => lessonSlug.replace("/", ".");

export const passMarkOf = (quiz: Pick<PublicQuiz, "passMark">): number => quiz.passMark ?? DEFAULT_PASS_MARK;

/** Identity helpers that only exist to type-check authored content. */
export const defineQuiz = (quiz: PublicQuiz): PublicQuiz => quiz;
export const defineQuizKey = (key: QuizKey): QuizKey => key;

/** The option-like ids of a question, in authored order (what shuffling permutes). */
export function optionIds(question: PublicQuestion): string[] {
  switch (question.type) {
    case "single":
    case "multiple":
      return question.options.map((o) => o.id);
    case "true-false":
      return question.justifications.map((o) => o.id);
    case "ordering":
    case "matching":
      return question.items.map((o) => o.id);
    case "numeric":
      return [];
  }
}
