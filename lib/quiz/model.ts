// The quiz model, split in two halves that never meet in the browser:
// - the public half (prompts, options, ids) is what a lesson page may ship;
// - the key half (right answers, per-option explanations) lives in `quiz.key.ts` files
//   that start with `import "server-only"`, and only the grader reads it.
// Answers refer to option ids, never to positions, so the per-learner shuffle is purely
// presentational and grading does not depend on it.

import type { FaultSpec } from "@/lib/exercises/action-log";
import type { Check, ClusterView, ExerciseStart } from "@/lib/exercises/types";

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

/**
 * The cluster a simulator question runs in: an exercise-style start (seed, nodes, objects),
 * then `settleSeconds` of virtual time so its Deployments have running Pods before anything
 * happens. Public: the learner may see the starting state; the check lives in the key.
 */
export interface QuestionCluster extends Omit<ExerciseStart, "events"> {
  settleSeconds?: number;
}

/** One step of a predict-then-run scenario, run in order after the cluster settled. */
export type ScenarioStep =
  | { kubectl: string; stdin?: string }
  | { fault: FaultSpec }
  /** Let virtual time run (controllers, kubelets, timeouts) for this many seconds. */
  | { wait: number };

export type PublicQuestion =
  | (QuestionBase & { type: "single"; options: Option[] })
  | (QuestionBase & { type: "multiple"; options: Option[] })
  /** The prompt is a statement; the learner says true or false and picks the reason. */
  | (QuestionBase & { type: "true-false"; justifications: Option[] })
  /** Items are listed in any order except the right one (a content test checks it). */
  | (QuestionBase & { type: "ordering"; items: Option[] })
  /** Each left item gets one of the right choices (a choice may fit several items). */
  | (QuestionBase & { type: "matching"; items: Option[]; choices: Option[] })
  | (QuestionBase & { type: "numeric"; unit?: string; min?: number; max?: number })
  /** Answered with one kubectl command, run in a fresh simulator; any command that gets the cluster there passes. */
  | (QuestionBase & { type: "command"; cluster: QuestionCluster })
  /** The learner predicts a number, then the simulator runs the scenario and shows what really happened. */
  | (QuestionBase & { type: "predict"; cluster: QuestionCluster; steps: ScenarioStep[]; unit?: string });

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
  | { type: "numeric"; answer: number; tolerance: number; explanation: string }
  | {
      type: "command";
      /**
       * State checks (lib/exercises/checks: podsReady, fieldEquals, customCheck…) run on the
       * cluster after the learner's command and `settleSeconds` more; all must pass.
       */
      checks: Check[];
      /** A command that passes (shown after submitting; the content test runs it). */
      example: string;
      /** Virtual seconds to let run after the command before checking (default 30). */
      settleSeconds?: number;
      explanation: string;
    }
  | {
      type: "predict";
      /** The number the prediction is compared with, read from the cluster after the steps. */
      measure: (cluster: ClusterView) => number;
      /** The kubectl command whose output is shown next to the prediction ("get pods -o wide"). */
      show: string;
      explanation: string;
    };

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
  | { type: "numeric"; value: number }
  | { type: "command"; command: string }
  | { type: "predict"; value: number };

export const DEFAULT_PASS_MARK = 0.8;

/** Longest command a learner may submit to a command question (a real one is well under 200 characters). */
export const MAX_COMMAND_LENGTH = 1000;

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
    case "command":
    case "predict":
      return [];
  }
}
