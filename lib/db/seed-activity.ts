import "server-only";
import { grade } from "@/lib/exercises/grade";
import { ALL_CHECKS, loadExercise } from "@/lib/exercises/server/registry";
import type { Action } from "@/lib/exercises/action-log";
import { sampleAnswers } from "@/lib/instructor/sample-answers";
import { QUIZZES } from "@/lib/quiz/catalog";
import { gradeQuiz } from "@/lib/quiz/grade";
import { findQuizKey } from "@/lib/quiz/server/keys";
import { completeLessonIfDone } from "@/lib/quiz/server/completion";
import { findExerciseAttempt, recordExerciseAttempt } from "./attempts";
import type { PrismaClient } from "./generated/client";
import { markLessonStarted } from "./progress";
import { recordQuizAttempt } from "./quizzes";
import { DEMO_ACCOUNTS } from "./seed";
import { findUserByEmail } from "./users";

// Demo activity so the instructor dashboard is not empty: the demo learners' exercise attempts
// are the exercises' own wrong and reference solutions, graded by the real grader (so the
// checks, messages and replays are genuine), and quiz attempts graded with the real keys.
// Learner n reaches a different depth of the course and needs a different number of tries.
// Idempotent: attempts are stored under fixed idempotency keys and grading is skipped for
// ones already there. Called by scripts/db-seed.mts after seedDemo (seedDemo itself stays quick
// for the data tests that call it).

interface Plan {
  /** Exercises (in course order) this learner attempts. */
  reach: number;
  /** Whether they end up passing what they reach. */
  passes: boolean;
}

const PLANS: Plan[] = [
  { reach: 2, passes: true }, // Ada: first lesson passed, stuck on the second
  { reach: ALL_CHECKS.length, passes: true }, // Alan: everything
  { reach: 1, passes: false }, // Katherine: failing the first exercise
];

async function exerciseAttempt(db: PrismaClient, userId: string, exerciseId: string, actions: Action[], key: string, minutes: number) {
  if (await findExerciseAttempt(db, userId, key)) return;
  const loaded = loadExercise(exerciseId)!;
  const started = performance.now();
  const outcome = grade(loaded.exercise, loaded.checks, actions);
  if (!outcome.ok) throw new Error(`seed: ${exerciseId} ${key} did not grade: ${outcome.error.message}`);
  await recordExerciseAttempt(db, {
    userId, exerciseId, actions, checkResults: outcome.report.results, score: outcome.report.score, maxScore: outcome.report.maxScore,
    durationMs: Math.round(performance.now() - started), idempotencyKey: key,
  });
  // Time on the lesson page, as the page would have reported it.
  await db.lessonProgress.update({ where: { userId_lessonSlug: { userId, lessonSlug: loaded.exercise.lesson } }, data: { timeSpentMs: { increment: minutes * 60_000 } }, select: { userId: true } });
}

export async function seedActivity(db: PrismaClient, learnerIds: readonly string[]): Promise<void> {
  for (const [n, userId] of learnerIds.entries()) {
    const plan = PLANS[n % PLANS.length]!;
    for (const [j, checks] of ALL_CHECKS.slice(0, plan.reach).entries()) {
      const { exercise } = loadExercise(checks.exerciseId)!;
      await markLessonStarted(db, userId, exercise.lesson);
      const wrong = checks.wrong ?? [];
      // Learner n's number of failed tries on exercise j: 0–2, and the last exercise they reach is the hard one.
      const failures = Math.min(wrong.length, plan.passes && j < plan.reach - 1 ? (n + j) % 3 : 2);
      for (let k = 0; k < failures; k++) {
        await exerciseAttempt(db, userId, checks.exerciseId, wrong[(n + j + k) % wrong.length]!.actions, `seed-${checks.exerciseId}-${k}`, 4 + k);
      }
      const stuck = !plan.passes || (n === 0 && j === plan.reach - 1);
      if (!stuck) await exerciseAttempt(db, userId, checks.exerciseId, checks.reference, `seed-${checks.exerciseId}-pass`, 6);

      const quiz = QUIZZES.find((q) => q.lesson === exercise.lesson);
      const key = quiz && findQuizKey(quiz.id);
      if (quiz && key && !stuck) {
        // First try: one or two misconceptions (different per learner), then a clean pass.
        const tries = [sampleAnswers(quiz, key, (i) => (i + n) % 3 === 0), sampleAnswers(quiz, key, () => false)];
        for (const [t, answers] of tries.entries()) {
          const g = gradeQuiz(quiz, key, answers);
          await recordQuizAttempt(db, { userId, quizId: quiz.id, answers, results: g.results, score: g.score, maxScore: g.maxScore, idempotencyKey: `seed-${quiz.id.replace(/\./g, "_")}-${t}` });
        }
      }
      await completeLessonIfDone(db, userId, exercise.lesson);
    }
  }
}

/** `npm run db:seed`: activity for the demo learners (after seedDemo created them). */
export async function seedDemoActivity(db: PrismaClient): Promise<void> {
  const ids: string[] = [];
  for (const a of DEMO_ACCOUNTS) {
    if (a.role !== "learner") continue;
    const user = await findUserByEmail(db, a.email);
    if (user) ids.push(user.id);
  }
  await seedActivity(db, ids);
}
