import type { LessonStatus } from "@/lib/db/progress";

// The dashboard's view model, pure: the course (files) joined with one learner's progress
// (database), so what the page shows — counts, percentages, the lesson to continue — is
// unit-tested without rendering or a database.

export interface CourseLesson {
  slug: string;
  title: string;
  minutes: number;
}
export interface CourseModule {
  slug: string;
  title: string;
  lessons: CourseLesson[];
}

export interface ProgressInput {
  lessons: { lessonSlug: string; completedAt: Date | null; lastVisitedAt: Date; timeSpentMs: number }[];
  exercises: { exerciseId: string; attempts: number; passed: boolean; best: { score: number; maxScore: number } }[];
  quizzes: { quizId: string; attempts: number; best: { score: number; maxScore: number }; latest: { score: number; maxScore: number } }[];
}

/** Which exercise and quiz a lesson has, with the quiz's pass mark (from the catalogs). */
export interface LessonParts {
  exerciseId?: string;
  quiz?: { id: string; passMark: number };
}

export interface LessonRow extends CourseLesson {
  number: string;
  status: LessonStatus;
  timeSpentMs: number;
  exercise: { attempts: number; passed: boolean; best: string } | "none" | "not-tried";
  quiz: { attempts: number; bestPercent: number; latestPercent: number; passed: boolean } | "none" | "not-tried";
}

export interface ModuleRow {
  slug: string;
  number: number;
  title: string;
  completed: number;
  total: number;
  timeSpentMs: number;
  lessons: LessonRow[];
}

export interface Dashboard {
  completed: number;
  total: number;
  timeSpentMs: number;
  modules: ModuleRow[];
  /** The last lesson visited, or the first not completed when nothing was visited yet. */
  resume: { lesson: LessonRow; visited: boolean } | null;
  exercisesPassed: number;
  exercisesTotal: number;
  quizzesPassed: number;
  quizzesTotal: number;
}

/** Whole percent, rounded down, as the quiz shows it (79.9% is not 80%). */
export const percent = (score: number, maxScore: number) => (maxScore > 0 ? Math.floor((score * 100) / maxScore) : 0);

export function buildDashboard(course: CourseModule[], progress: ProgressInput, partsOf: (lessonSlug: string) => LessonParts): Dashboard {
  const lessonRows = new Map(progress.lessons.map((l) => [l.lessonSlug, l]));
  const exercises = new Map(progress.exercises.map((e) => [e.exerciseId, e]));
  const quizzes = new Map(progress.quizzes.map((q) => [q.quizId, q]));
  let exercisesPassed = 0;
  let exercisesTotal = 0;
  let quizzesPassed = 0;
  let quizzesTotal = 0;

  const modules: ModuleRow[] = course.map((m, mi) => {
    const lessons: LessonRow[] = m.lessons.map((l, li) => {
      const row = lessonRows.get(l.slug);
      const parts = partsOf(l.slug);
      let exercise: LessonRow["exercise"] = "none";
      if (parts.exerciseId) {
        exercisesTotal++;
        const e = exercises.get(parts.exerciseId);
        if (e?.passed) exercisesPassed++;
        exercise = e ? { attempts: e.attempts, passed: e.passed, best: `${e.best.score}/${e.best.maxScore}` } : "not-tried";
      }
      let quiz: LessonRow["quiz"] = "none";
      if (parts.quiz) {
        quizzesTotal++;
        const q = quizzes.get(parts.quiz.id);
        const passed = !!q && q.best.maxScore > 0 && q.best.score / q.best.maxScore >= parts.quiz.passMark;
        if (passed) quizzesPassed++;
        quiz = q
          ? { attempts: q.attempts, bestPercent: percent(q.best.score, q.best.maxScore), latestPercent: percent(q.latest.score, q.latest.maxScore), passed }
          : "not-tried";
      }
      return {
        ...l,
        number: `${mi + 1}.${li + 1}`,
        status: row ? (row.completedAt ? "completed" : "in-progress") : "not-started",
        timeSpentMs: row?.timeSpentMs ?? 0,
        exercise,
        quiz,
      };
    });
    return {
      slug: m.slug,
      number: mi + 1,
      title: m.title,
      completed: lessons.filter((l) => l.status === "completed").length,
      total: lessons.length,
      timeSpentMs: lessons.reduce((t, l) => t + l.timeSpentMs, 0),
      lessons,
    };
  });

  const all = modules.flatMap((m) => m.lessons);
  const lastVisited = [...progress.lessons]
    .filter((l) => all.some((a) => a.slug === l.lessonSlug))
    .sort((a, b) => b.lastVisitedAt.getTime() - a.lastVisitedAt.getTime())[0];
  const visited = lastVisited && all.find((l) => l.slug === lastVisited.lessonSlug);
  const firstOpen = all.find((l) => l.status !== "completed");
  return {
    completed: all.filter((l) => l.status === "completed").length,
    total: all.length,
    timeSpentMs: modules.reduce((t, m) => t + m.timeSpentMs, 0),
    modules,
    resume: visited ? { lesson: visited, visited: true } : firstOpen ? { lesson: firstOpen, visited: false } : null,
    exercisesPassed,
    exercisesTotal,
    quizzesPassed,
    quizzesTotal,
  };
}

/** "under a minute", "12 min", "1 h 05 min". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return ms > 0 ? "under a minute" : "0 min";
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}
