import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/generated/client";
import { recordReviewAnswer, type ReviewItemRow } from "@/lib/db/review";
import { readBodyCapped } from "@/lib/http/body";
import { findQuiz } from "../catalog";
import { gradeQuestion, type QuestionResult } from "../grade";
import type { PublicQuestion } from "../model";
import { isDue } from "../review";
import { shuffleQuestion } from "../shuffle";
import { fieldErrors, parseSubmission } from "../submission";
import { findQuizKey, orderingAnswers } from "./keys";
import type { Viewer } from "./routes";

// The review set over HTTP: the questions a learner has to review, as the browser may see
// them (prompts and shuffled options, never keys), and POST /api/review, which grades one
// answer on the server and moves the question through the boxes. Errors are data, and a
// refused request stores nothing: 401 guest, 413 too large, 400 not JSON, 422 bad shape or
// answer, 404 a question not in the learner's set, 409 an answer to a version already answered.

export interface ReviewRouteDeps {
  db(): Promise<PrismaClient>;
  viewer(): Promise<Viewer | null>;
  now(): Date;
}

/** One review question as the dashboard shows it. `seen` guards against double answers. */
export interface ReviewQuestion {
  quizId: string;
  quizTitle: string;
  lesson: string;
  question: PublicQuestion;
  box: number;
  dueAt: string;
  seen: string;
  due: boolean;
}

export interface ReviewAnswerBody {
  result: QuestionResult;
  box: number;
  dueAt: string;
  mastered: boolean;
  seen: string;
}

/** A review answer is one question's answer; a real one is well under 2 KiB. */
export const MAX_REVIEW_BYTES = 8 * 1024;

const id = z.string().min(1).max(200);
const reviewBody = z.strictObject({ quizId: id, questionId: id, seen: z.iso.datetime(), answer: z.unknown() });

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", "cache-control": "no-store" } });
const error = (status: number, message: string, errors?: Record<string, string>) =>
  json(errors ? { error: message, fieldErrors: errors } : { error: message }, status);

/** The learner's items as public questions; items whose question left the course are skipped. */
export function reviewQuestions(userId: string, items: readonly ReviewItemRow[], now: Date): ReviewQuestion[] {
  const out: ReviewQuestion[] = [];
  for (const item of items) {
    const quiz = findQuiz(item.quizId);
    const key = quiz && findQuizKey(quiz.id);
    const question = quiz?.questions.find((q) => q.id === item.questionId);
    if (!quiz || !key || !question) continue;
    out.push({
      quizId: quiz.id,
      quizTitle: quiz.title,
      lesson: quiz.lesson,
      // The learner's own shuffle, as in the quiz: the same question looks the same here.
      question: shuffleQuestion(question, userId, orderingAnswers(key)[question.id]),
      box: item.box,
      dueAt: item.dueAt.toISOString(),
      seen: item.lastAnsweredAt.toISOString(),
      due: isDue(item, now),
    });
  }
  return out;
}

export async function handleReviewAnswer(request: Request, deps: ReviewRouteDeps): Promise<Response> {
  const viewer = await deps.viewer();
  if (!viewer) return error(401, "Sign in to review your questions.");

  const text = await readBodyCapped(request, MAX_REVIEW_BYTES);
  if (text === null) return error(413, `The answer is larger than ${MAX_REVIEW_BYTES} bytes.`);
  if (text === undefined) return error(400, "The answer is not valid UTF-8.");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return error(400, "The answer is not valid JSON.");
  }
  const parsed = reviewBody.safeParse(raw);
  if (!parsed.success) return error(422, "The answer does not have the expected fields.", fieldErrors(parsed.error));
  const { quizId, questionId, seen, answer } = parsed.data;

  const quiz = findQuiz(quizId);
  const key = quiz && findQuizKey(quiz.id);
  const question = quiz?.questions.find((q) => q.id === questionId);
  const questionKey = key && Object.hasOwn(key.keys, questionId) ? key.keys[questionId] : undefined;
  if (!quiz || !question || !questionKey) return error(404, `No question "${questionId}" in quiz "${quizId}".`);
  if (answer === undefined) return error(422, "The answer is missing.", { answer: "is required" });
  // The quiz's own schema, so a review answer is held to exactly what the quiz accepts.
  const checked = parseSubmission(quiz, { idempotencyKey: "review-answer", answers: { [questionId]: answer } });
  if (!checked.ok) return error(422, "The answer does not fit this question.", checked.errors);

  const result = gradeQuestion(question, questionKey, checked.value.answers[questionId]);
  const db = await deps.db();
  const outcome = await recordReviewAnswer(db, {
    userId: viewer.id, quizId, questionId, seen: new Date(seen), correct: result.correct, now: deps.now(),
  });
  if (!outcome.ok) {
    return outcome.reason === "stale"
      ? error(409, "This question was already answered in another tab. Reload the dashboard to see where it is now.")
      : error(404, "This question is not in your review set.");
  }
  const body: ReviewAnswerBody = {
    result,
    box: outcome.item.box,
    dueAt: outcome.item.dueAt.toISOString(),
    mastered: outcome.item.masteredAt !== null,
    seen: outcome.item.lastAnsweredAt.toISOString(),
  };
  return json(body);
}
