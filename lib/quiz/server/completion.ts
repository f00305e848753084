import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { markLessonCompleted } from "@/lib/db/progress";
import { hasPassedExercise, hasPassedQuiz } from "@/lib/db/quizzes";
import { exerciseForLesson } from "@/lib/exercises/catalog";
import { findQuizForLesson } from "../catalog";
import { isLessonComplete, type PartStatus } from "../completion";
import { passMarkOf } from "../model";

// The lesson completion rule wired to the data: a lesson is complete when its exercise has a
// passed attempt and its quiz reached the pass mark (each only if the lesson has one).
// The quiz route calls this after every attempt; the exercise check handler can call
// completeLessonIfDone after a passed attempt so either order of passing completes it.

export async function exercisePartStatus(db: PrismaClient, userId: string, lessonSlug: string): Promise<PartStatus> {
  const exercise = exerciseForLesson(lessonSlug);
  if (!exercise) return "absent";
  return (await hasPassedExercise(db, userId, exercise.id)) ? "passed" : "not-passed";
}

export async function quizPartStatus(db: PrismaClient, userId: string, lessonSlug: string): Promise<PartStatus> {
  const quiz = findQuizForLesson(lessonSlug);
  if (!quiz) return "absent";
  return (await hasPassedQuiz(db, userId, quiz.id, passMarkOf(quiz))) ? "passed" : "not-passed";
}

/**
 * Marks the lesson completed when every part it has is passed; returns whether it is.
 * `exercise`: the caller already knows the exercise part (the check handler, right after a
 * passed attempt), which saves the query.
 */
export async function completeLessonIfDone(db: PrismaClient, userId: string, lessonSlug: string, exercise?: PartStatus): Promise<boolean> {
  const parts = { exercise: exercise ?? (await exercisePartStatus(db, userId, lessonSlug)), quiz: await quizPartStatus(db, userId, lessonSlug) };
  const complete = isLessonComplete(parts);
  if (complete) await markLessonCompleted(db, userId, lessonSlug);
  return complete;
}
