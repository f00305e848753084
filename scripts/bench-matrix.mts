// Progress-matrix server time at scale: 200 learners × 24 lessons with exercise and quiz
// attempts, seeded into a throw-away in-memory PGlite; then the matrix page's data path
// (ownership check, five queries, buildMatrix) is timed RUNS times after a warm-up and the
// median printed. Budget (issue 10): < 500 ms.
// Run: npx tsx --conditions=react-server scripts/bench-matrix.mts   (LEARNERS, LESSONS, RUNS override)
import { openDatabase } from "@/lib/db/engine";
import { loadMatrix } from "@/lib/instructor/load-matrix";
import type { MatrixLesson } from "@/lib/instructor/matrix";
import { median } from "@/lib/instructor/stats";

const LEARNERS = Number(process.env.LEARNERS ?? 200);
const LESSONS = Number(process.env.LESSONS ?? 24);
const RUNS = Number(process.env.RUNS ?? 15);
const BUDGET_MS = 500;

// A seeded generator so every run measures the same data.
let state = 0x9e3779b9;
const rand = () => {
  state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
  return state / 2 ** 32;
};

const lessons: MatrixLesson[] = Array.from({ length: LESSONS }, (_, i) => ({
  slug: `${String(Math.floor(i / 4) + 1).padStart(2, "0")}-module/${String((i % 4) + 1).padStart(2, "0")}-lesson`,
  title: `Lesson ${i + 1}`,
  moduleSlug: `${String(Math.floor(i / 4) + 1).padStart(2, "0")}-module`,
  moduleTitle: `Module ${Math.floor(i / 4) + 1}`,
  number: `${Math.floor(i / 4) + 1}.${(i % 4) + 1}`,
  exerciseId: `bench-exercise-${i}`,
  quizId: `bench.quiz-${i}`,
  passMark: 0.8,
}));

const db = await openDatabase({ kind: "memory" });
try {
  const t0 = performance.now();
  const p = db.prisma;
  const teacher = await p.user.create({ data: { email: "teacher@bench.dev", name: "Teacher", role: "instructor" }, select: { id: true, role: true } });
  const cohort = await p.cohort.create({ data: { name: "Bench", joinCode: "BENCH200", instructorId: teacher.id }, select: { id: true } });
  await p.user.createMany({ data: Array.from({ length: LEARNERS }, (_, i) => ({ email: `learner${i}@bench.dev`, name: `Learner ${String(i).padStart(3, "0")}`, role: "learner" as const })) });
  const learners = await p.user.findMany({ where: { role: "learner" }, select: { id: true } });
  await p.membership.createMany({ data: learners.map((l) => ({ cohortId: cohort.id, userId: l.id })) });

  const progress = [];
  const exercises = [];
  const quizzes = [];
  const actions = [{ at: 1000, kind: "kubectl", payload: { line: "get pods" } }, { at: 5000, kind: "wait" }];
  for (const [n, learner] of learners.entries()) {
    // Learners reach different depths of the course, like a real cohort.
    const reach = Math.floor(LESSONS * (0.2 + 0.8 * rand()));
    for (const [i, lesson] of lessons.entries()) {
      if (i > reach) break;
      const done = i < reach - 1;
      progress.push({ userId: learner.id, lessonSlug: lesson.slug, completedAt: done ? new Date() : null, timeSpentMs: Math.floor(rand() * 900_000) });
      const tries = 1 + Math.floor(rand() * 4);
      for (let k = 0; k < tries; k++) {
        const passed = done && k === tries - 1;
        exercises.push({
          userId: learner.id, exerciseId: lesson.exerciseId!, actions, score: passed ? 3 : 1, maxScore: 3, passed, durationMs: 12, idempotencyKey: `b-${n}-${i}-${k}`,
          checkResults: [{ id: "a", passed: true, message: "ok" }, { id: "b", passed, message: passed ? "ok" : "web has 3 replicas, not 5" }, { id: "c", passed, message: "…" }],
        });
      }
      for (let k = 0; k < (done ? 2 : Math.floor(rand() * 2)); k++) {
        quizzes.push({ userId: learner.id, quizId: lesson.quizId!, answers: { q1: { type: "single", choice: "a" } }, results: [{ id: "q1", correct: k > 0 }], score: k > 0 ? 500 : 300, maxScore: 500, idempotencyKey: `q-${n}-${i}-${k}` });
      }
    }
  }
  const chunks = <T,>(xs: T[], size = 2000) => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));
  for (const c of chunks(progress)) await p.lessonProgress.createMany({ data: c });
  for (const c of chunks(exercises)) await p.exerciseAttempt.createMany({ data: c });
  for (const c of chunks(quizzes)) await p.quizAttempt.createMany({ data: c });
  console.log(`seeded ${LEARNERS} learners × ${LESSONS} lessons: ${progress.length} progress rows, ${exercises.length} exercise attempts, ${quizzes.length} quiz attempts (${Math.round(performance.now() - t0)} ms)`);

  const times: number[] = [];
  let cells = 0;
  for (let i = 0; i < 3 + RUNS; i++) {
    const start = performance.now();
    const { matrix } = await loadMatrix(p, teacher, cohort.id, lessons, { sort: "progress" });
    const ms = performance.now() - start;
    cells = matrix.rows.length * matrix.lessons.length;
    if (i >= 3) times.push(ms);
  }
  const med = median(times)!;
  console.log(`matrix data (ownership check + 5 queries + buildMatrix, ${cells} cells): median ${med.toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over ${RUNS} runs; budget ${BUDGET_MS} ms → ${med < BUDGET_MS ? "OK" : "OVER BUDGET"}`);
  if (med >= BUDGET_MS) process.exitCode = 1;
} finally {
  await db.close();
}
