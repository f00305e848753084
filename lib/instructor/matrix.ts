// The progress matrix: learners × lessons in course order, computed from a few flat rows
// (progress, grouped exercise attempts, grouped quiz scores) so the database does the
// counting and this module decides what each cell means. Pure: no Prisma, no Next.js.
import { isPassing } from "@/lib/quiz/pass";

export type CellStatus = "not-started" | "in-progress" | "exercise-passed" | "quiz-passed" | "completed";
export const CELL_STATUSES: readonly CellStatus[] = ["not-started", "in-progress", "exercise-passed", "quiz-passed", "completed"];

/** Label and a symbol for each status: the matrix never relies on colour alone. */
export const STATUS_LABELS: Record<CellStatus, { label: string; symbol: string }> = {
  "not-started": { label: "Not started", symbol: "·" },
  "in-progress": { label: "In progress", symbol: "◐" },
  "exercise-passed": { label: "Exercise passed", symbol: "E" },
  "quiz-passed": { label: "Quiz passed", symbol: "Q" },
  completed: { label: "Completed", symbol: "✓" },
};

export interface MatrixLesson {
  slug: string;
  title: string;
  moduleSlug: string;
  moduleTitle: string;
  /** 1-based "module.lesson" number as the course map prints it, e.g. "2.3". */
  number: string;
  exerciseId: string | null;
  quizId: string | null;
  passMark: number;
}

export interface MatrixLearner {
  id: string;
  name: string;
  email: string;
}

export interface ProgressRow {
  userId: string;
  lessonSlug: string;
  completedAt: Date | null;
  timeSpentMs: number;
}

/** Exercise attempts grouped by (learner, exercise, passed). */
export interface ExerciseGroupRow {
  userId: string;
  exerciseId: string;
  passed: boolean;
  attempts: number;
}

/** Quiz attempts grouped by (learner, quiz): count and the best score. */
export interface QuizGroupRow {
  userId: string;
  quizId: string;
  attempts: number;
  bestScore: number;
  maxScore: number;
}

export interface MatrixInput {
  lessons: readonly MatrixLesson[];
  learners: readonly MatrixLearner[];
  progress: readonly ProgressRow[];
  exercises: readonly ExerciseGroupRow[];
  quizzes: readonly QuizGroupRow[];
}

export interface MatrixCell {
  lessonSlug: string;
  status: CellStatus;
  exerciseAttempts: number;
  exercisePassed: boolean;
  quizAttempts: number;
  /** Best quiz score in whole percent, null without an attempt. */
  quizBestPercent: number | null;
  quizPassed: boolean;
  timeSpentMs: number;
}

export interface MatrixRow {
  learner: MatrixLearner;
  cells: MatrixCell[];
  completed: number;
  /** Exercise and quiz parts passed in the visible lessons (the tie-breaker after completed). */
  partsPassed: number;
  /** completed / visible lessons, 0..1. */
  progress: number;
}

export interface LessonAverage {
  lessonSlug: string;
  /** Fractions of the listed learners, 0..1. */
  completed: number;
  started: number;
  exercisePassed: number | null;
  quizPassed: number | null;
}

export interface Matrix {
  lessons: MatrixLesson[];
  rows: MatrixRow[];
  averages: LessonAverage[];
  /** Mean of the rows' progress, 0..1 (0 without learners). */
  averageProgress: number;
  /** Learners before the status filter (so the page can say "3 of 12 learners"). */
  totalLearners: number;
}

export type MatrixSort = "name" | "progress";
export interface MatrixOptions {
  module?: string;
  /** Keep learners with at least one visible lesson in this status. */
  status?: CellStatus;
  sort?: MatrixSort;
  dir?: "asc" | "desc";
}

const key = (userId: string, id: string) => `${userId}\u0000${id}`;

export function cellStatus(lesson: MatrixLesson, c: Omit<MatrixCell, "status" | "lessonSlug">, progress: ProgressRow | undefined): CellStatus {
  const exerciseDone = lesson.exerciseId === null || c.exercisePassed;
  const quizDone = lesson.quizId === null || c.quizPassed;
  const hasParts = lesson.exerciseId !== null || lesson.quizId !== null;
  if (progress?.completedAt || (hasParts && exerciseDone && quizDone)) return "completed";
  if (lesson.exerciseId !== null && c.exercisePassed) return "exercise-passed";
  if (lesson.quizId !== null && c.quizPassed) return "quiz-passed";
  if (progress || c.exerciseAttempts > 0 || c.quizAttempts > 0) return "in-progress";
  return "not-started";
}

export function buildMatrix(input: MatrixInput, options: MatrixOptions = {}): Matrix {
  const lessons = options.module ? input.lessons.filter((l) => l.moduleSlug === options.module) : [...input.lessons];
  const progress = new Map(input.progress.map((p) => [key(p.userId, p.lessonSlug), p]));
  const exercises = new Map<string, { attempts: number; passed: boolean }>();
  for (const g of input.exercises) {
    const k = key(g.userId, g.exerciseId);
    const e = exercises.get(k) ?? { attempts: 0, passed: false };
    e.attempts += g.attempts;
    e.passed ||= g.passed && g.attempts > 0;
    exercises.set(k, e);
  }
  const quizzes = new Map(input.quizzes.map((q) => [key(q.userId, q.quizId), q]));

  let rows: MatrixRow[] = input.learners.map((learner) => {
    let completed = 0;
    let partsPassed = 0;
    const cells = lessons.map((lesson): MatrixCell => {
      const p = progress.get(key(learner.id, lesson.slug));
      const e = lesson.exerciseId ? exercises.get(key(learner.id, lesson.exerciseId)) : undefined;
      const q = lesson.quizId ? quizzes.get(key(learner.id, lesson.quizId)) : undefined;
      const facts = {
        exerciseAttempts: e?.attempts ?? 0,
        exercisePassed: e?.passed ?? false,
        quizAttempts: q?.attempts ?? 0,
        quizBestPercent: q && q.maxScore > 0 ? Math.floor((q.bestScore * 100) / q.maxScore) : null,
        quizPassed: q ? isPassing(q.bestScore, q.maxScore, lesson.passMark) : false,
        timeSpentMs: p?.timeSpentMs ?? 0,
      };
      const status = cellStatus(lesson, facts, p);
      if (status === "completed") completed++;
      partsPassed += Number(facts.exercisePassed) + Number(facts.quizPassed);
      return { lessonSlug: lesson.slug, status, ...facts };
    });
    return { learner, cells, completed, partsPassed, progress: lessons.length ? completed / lessons.length : 0 };
  });

  const totalLearners = rows.length;
  if (options.status) rows = rows.filter((r) => r.cells.some((c) => c.status === options.status));
  rows.sort(comparator(options.sort ?? "name", options.dir ?? (options.sort === "progress" ? "desc" : "asc")));

  const share = (n: number, of: number) => (of ? n / of : 0);
  const averages = lessons.map((lesson, i): LessonAverage => {
    const cells = rows.map((r) => r.cells[i]!);
    return {
      lessonSlug: lesson.slug,
      completed: share(cells.filter((c) => c.status === "completed").length, cells.length),
      started: share(cells.filter((c) => c.status !== "not-started").length, cells.length),
      exercisePassed: lesson.exerciseId ? share(cells.filter((c) => c.exercisePassed).length, cells.length) : null,
      quizPassed: lesson.quizId ? share(cells.filter((c) => c.quizPassed).length, cells.length) : null,
    };
  });
  const averageProgress = share(rows.reduce((s, r) => s + r.progress, 0), rows.length);
  return { lessons, rows, averages, averageProgress, totalLearners };
}

const byName = (a: MatrixRow, b: MatrixRow) =>
  a.learner.name.localeCompare(b.learner.name, "en", { sensitivity: "base" }) || a.learner.email.localeCompare(b.learner.email);

function comparator(sort: MatrixSort, dir: "asc" | "desc"): (a: MatrixRow, b: MatrixRow) => number {
  const sign = dir === "asc" ? 1 : -1;
  if (sort === "name") return (a, b) => sign * byName(a, b);
  // Ties on progress keep name order either way, so the list does not jump around.
  return (a, b) => sign * (a.completed - b.completed || a.partsPassed - b.partsPassed) || byName(a, b);
}

/** Reads ?module=&status=&sort=&dir= leniently: an unknown value is ignored, never an error page. */
export function parseMatrixOptions(params: Record<string, string | string[] | undefined>, modules: readonly string[]): MatrixOptions {
  const one = (k: string) => {
    const v = params[k];
    return typeof v === "string" ? v : undefined;
  };
  const moduleSlug = one("module");
  const status = one("status");
  const sort = one("sort");
  const dir = one("dir");
  return {
    ...(moduleSlug && modules.includes(moduleSlug) ? { module: moduleSlug } : {}),
    ...(status && (CELL_STATUSES as readonly string[]).includes(status) ? { status: status as CellStatus } : {}),
    ...(sort === "name" || sort === "progress" ? { sort } : {}),
    ...(dir === "asc" || dir === "desc" ? { dir } : {}),
  };
}
