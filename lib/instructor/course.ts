import "server-only";
import { listCourse } from "@/lib/content/course";
import { exerciseForLesson } from "@/lib/exercises/catalog";
import { loadExercise } from "@/lib/exercises/server/registry";
import { findQuizForLesson } from "@/lib/quiz/catalog";
import { passMarkOf } from "@/lib/quiz/model";
import { findQuizKey } from "@/lib/quiz/server/keys";
import type { ExerciseMeta } from "./insights";
import type { MatrixLesson } from "./matrix";

// The course as the instructor pages see it: lessons in course order with the exercise and
// quiz each one has, and (server-only) the exercises' check titles and the quizzes' keys.

export async function matrixLessons(): Promise<MatrixLesson[]> {
  const course = await listCourse();
  return course.flatMap((module, m) =>
    module.lessons.map((lesson, i) => {
      const quiz = findQuizForLesson(lesson.slug);
      return {
        slug: lesson.slug,
        title: lesson.title,
        moduleSlug: module.slug,
        moduleTitle: module.title,
        number: `${m + 1}.${i + 1}`,
        exerciseId: exerciseForLesson(lesson.slug)?.id ?? null,
        quizId: quiz?.id ?? null,
        passMark: quiz ? passMarkOf(quiz) : 0.8,
      };
    }),
  );
}

export function exerciseMeta(exerciseId: string): ExerciseMeta | undefined {
  const loaded = loadExercise(exerciseId);
  if (!loaded) return undefined;
  return {
    id: exerciseId,
    title: loaded.exercise.title,
    lessonSlug: loaded.exercise.lesson,
    checks: loaded.checks.checks.map((c) => ({ id: c.id, title: c.title })),
  };
}

export const quizKeys = (quizId: string) => findQuizKey(quizId)?.keys;
