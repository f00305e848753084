import "server-only";
import { readBodyCapped } from "@/lib/http/body";
import { guardOrigin } from "@/lib/http/origin-policy";
import type { PrismaClient } from "@/lib/db/generated/client";
import { getQuizStanding, isLessonCompleted, recordQuizAttempt, updateLessonAfterQuiz, type QuizStanding } from "@/lib/db/quizzes";
import { findQuiz } from "../catalog";
import type { PartStatus } from "../completion";
import { gradeQuiz, type QuizGrade } from "../grade";
import { isPassing } from "../pass";
import { passMarkOf, type PublicQuiz } from "../model";
import { shuffleQuiz } from "../shuffle";
import { MAX_SUBMISSION_BYTES, parseSubmission } from "../submission";
import { findQuizKey, orderingAnswers } from "./keys";

// The quiz HTTP endpoints as plain functions of (Request, deps) → Response, so route tests
// drive them against a test database; app/api/quizzes/** only binds the production deps.
// Errors are data: 404 unknown quiz, 413 body too large, 400 not JSON, 422 field messages.

export interface Viewer {
  id: string;
  name: string;
}

export interface QuizRouteDeps {
  db(): Promise<PrismaClient>;
  /** The signed-in learner, or null for a guest. */
  viewer(): Promise<Viewer | null>;
  /** Status of the lesson's exercise for this learner ("absent" when the lesson has none). */
  exerciseStatus(db: PrismaClient, userId: string, lessonSlug: string): Promise<PartStatus>;
  /** Per-user and per-IP rate limit on submissions (lib/http/limits.ts): a 429, or null. */
  limit?: (request: Request, userId: string | null) => Promise<Response | null>;
}

export interface QuizStateBody {
  quiz: PublicQuiz;
  viewer: { name: string } | null;
  standing: QuizStanding | null;
  lessonCompleted: boolean;
  passMark: number;
}

export interface QuizSubmitBody {
  saved: boolean;
  /** Shown to guests: the answers were graded but not stored. */
  message?: string;
  /** This request repeated an earlier idempotency key: the stored attempt is returned. */
  replayed?: boolean;
  attemptId?: string;
  grade: QuizGrade;
  standing: QuizStanding | null;
  lessonCompleted: boolean;
}

export interface QuizErrorBody {
  error: string;
  fieldErrors?: Record<string, string>;
}

const GUEST_SEED = "guest";
export const SIGN_IN_MESSAGE = "Sign in to save your score. Your answers were graded, but nothing was stored.";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", "cache-control": "no-store" } });

const error = (status: number, message: string, fieldErrors?: Record<string, string>) =>
  json(fieldErrors ? { error: message, fieldErrors } : { error: message }, status);

/** GET: the quiz as this learner sees it (shuffled per learner), with their standing. */
export async function handleQuizState(quizId: string, deps: QuizRouteDeps): Promise<Response> {
  const quiz = findQuiz(quizId);
  const key = quiz && findQuizKey(quiz.id);
  if (!quiz || !key) return error(404, `No quiz with id "${quizId}".`);
  const viewer = await deps.viewer();
  const shuffled = shuffleQuiz(quiz, viewer?.id ?? GUEST_SEED, orderingAnswers(key));
  let standing: QuizStanding | null = null;
  let lessonCompleted = false;
  if (viewer) {
    const db = await deps.db();
    [standing, lessonCompleted] = await Promise.all([
      getQuizStanding(db, viewer.id, quiz.id, passMarkOf(quiz)),
      isLessonCompleted(db, viewer.id, quiz.lesson),
    ]);
  }
  const body: QuizStateBody = { quiz: shuffled, viewer: viewer && { name: viewer.name }, standing, lessonCompleted, passMark: passMarkOf(quiz) };
  return json(body);
}

/** POST: validate, grade on the server, store one attempt per idempotency key. */
export async function handleQuizSubmit(request: Request, quizId: string, deps: QuizRouteDeps): Promise<Response> {
  const crossSite = guardOrigin(request, "flat");
  if (crossSite) return crossSite;
  const quiz = findQuiz(quizId);
  const key = quiz && findQuizKey(quiz.id);
  if (!quiz || !key) return error(404, `No quiz with id "${quizId}".`);
  // Limited before the body is read; guests are limited per IP.
  const viewer = await deps.viewer();
  const limited = await deps.limit?.(request, viewer?.id ?? null);
  if (limited) return limited;

  const text = await readBodyCapped(request, MAX_SUBMISSION_BYTES);
  if (text === null) return error(413, `The submission is larger than ${MAX_SUBMISSION_BYTES} bytes.`);
  if (text === undefined) return error(400, "The submission is not valid UTF-8.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return error(400, "The submission is not valid JSON.");
  }
  const parsed = parseSubmission(quiz, body);
  if (!parsed.ok) return error(422, "The submission does not fit this quiz.", parsed.errors);

  const passMark = passMarkOf(quiz);
  const grade = gradeQuiz(quiz, key, parsed.value.answers);
  if (!viewer) {
    const guest: QuizSubmitBody = { saved: false, message: SIGN_IN_MESSAGE, grade, standing: null, lessonCompleted: false };
    return json(guest);
  }

  const db = await deps.db();
  const { attempt, created } = await recordQuizAttempt(db, {
    userId: viewer.id,
    quizId: quiz.id,
    answers: parsed.value.answers,
    results: grade.results,
    score: grade.score,
    maxScore: grade.maxScore,
    idempotencyKey: parsed.value.idempotencyKey,
  });
  const standing = await getQuizStanding(db, viewer.id, quiz.id, passMark);
  const lessonCompleted = await updateLessonAfterQuiz(db, viewer.id, quiz.lesson, {
    quiz: standing.passed ? "passed" : "not-passed",
    exercise: await deps.exerciseStatus(db, viewer.id, quiz.lesson),
  });
  // A replayed key answers with what was stored the first time, not with this request's grade.
  const stored: QuizGrade = created
    ? grade
    : {
        ...grade,
        results: attempt.results,
        score: attempt.score,
        maxScore: attempt.maxScore,
        percent: attempt.maxScore > 0 ? Math.floor((attempt.score * 100) / attempt.maxScore) : 0,
        passed: isPassing(attempt.score, attempt.maxScore, passMark),
      };
  const response: QuizSubmitBody = {
    saved: true,
    ...(created ? {} : { replayed: true }),
    attemptId: attempt.id,
    grade: stored,
    standing,
    lessonCompleted,
  };
  return json(response, created ? 201 : 200);
}
