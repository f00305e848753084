import { describe, expect, it } from "vitest";
import { buildMatrix, parseMatrixOptions, type MatrixInput, type MatrixLesson } from "./matrix";

const lesson = (slug: string, over: Partial<MatrixLesson> = {}): MatrixLesson => ({
  slug,
  title: slug,
  moduleSlug: slug.split("/")[0]!,
  moduleTitle: slug.split("/")[0]!,
  number: "1.1",
  exerciseId: `${slug}-ex`,
  quizId: `${slug}-quiz`,
  passMark: 0.8,
  ...over,
});

const lessons = [lesson("m1/a"), lesson("m1/b"), lesson("m2/c", { exerciseId: null }), lesson("m2/d", { quizId: null })];
const learners = [
  { id: "u1", name: "Zoe", email: "z@x" },
  { id: "u2", name: "adam", email: "a@x" },
  { id: "u3", name: "Mia", email: "m@x" },
];

const input: MatrixInput = {
  lessons,
  learners,
  progress: [
    { userId: "u1", lessonSlug: "m1/a", completedAt: new Date(), timeSpentMs: 60_000 },
    { userId: "u1", lessonSlug: "m1/b", completedAt: null, timeSpentMs: 5_000 },
    { userId: "u2", lessonSlug: "m2/c", completedAt: null, timeSpentMs: 0 },
  ],
  exercises: [
    { userId: "u1", exerciseId: "m1/a-ex", passed: false, attempts: 2 },
    { userId: "u1", exerciseId: "m1/a-ex", passed: true, attempts: 1 },
    { userId: "u2", exerciseId: "m1/b-ex", passed: true, attempts: 1 },
    { userId: "u3", exerciseId: "m1/a-ex", passed: false, attempts: 4 },
    { userId: "u3", exerciseId: "m2/d-ex", passed: true, attempts: 1 },
  ],
  quizzes: [
    { userId: "u2", quizId: "m2/c-quiz", attempts: 1, bestScore: 400, maxScore: 500 },
    { userId: "u3", quizId: "m1/b-quiz", attempts: 2, bestScore: 399, maxScore: 500 },
    { userId: "u1", quizId: "m1/b-quiz", attempts: 1, bestScore: 500, maxScore: 500 },
  ],
};

const statuses = (m: ReturnType<typeof buildMatrix>) => Object.fromEntries(m.rows.map((r) => [r.learner.id, r.cells.map((c) => c.status)]));

describe("buildMatrix", () => {
  it("derives each cell: completed, exercise passed, quiz passed, in progress, not started", () => {
    const m = buildMatrix(input);
    expect(statuses(m)).toEqual({
      // a: completedAt; b: quiz passed only; c, d: untouched
      u1: ["completed", "quiz-passed", "not-started", "not-started"],
      // b: exercise passed only; c: quiz-only lesson passed by quiz (80% = pass mark) → completed
      u2: ["not-started", "exercise-passed", "completed", "not-started"],
      // a: 4 failed attempts; b: quiz 79.8% < 80%; d: exercise-only lesson passed → completed
      u3: ["in-progress", "in-progress", "not-started", "completed"],
    });
    const a = m.rows.find((r) => r.learner.id === "u1")!.cells[0]!;
    expect(a).toMatchObject({ exerciseAttempts: 3, exercisePassed: true, timeSpentMs: 60_000, quizBestPercent: null });
    const b = m.rows.find((r) => r.learner.id === "u3")!.cells[1]!;
    expect(b).toMatchObject({ quizAttempts: 2, quizBestPercent: 79, quizPassed: false });
  });

  it("sorts by name (case-insensitive) by default and by progress, ties by name", () => {
    expect(buildMatrix(input).rows.map((r) => r.learner.name)).toEqual(["adam", "Mia", "Zoe"]);
    expect(buildMatrix(input, { sort: "name", dir: "desc" }).rows.map((r) => r.learner.name)).toEqual(["Zoe", "Mia", "adam"]);
    // adam: 1 completed + 2 parts; Zoe: 1 completed + 2 parts (ex a, quiz b); Mia: 1 completed + 1 part
    const byProgress = buildMatrix(input, { sort: "progress" });
    expect(byProgress.rows.map((r) => [r.learner.name, r.completed, r.partsPassed])).toEqual([
      ["adam", 1, 2],
      ["Zoe", 1, 2],
      ["Mia", 1, 1],
    ]);
    expect(buildMatrix(input, { sort: "progress", dir: "asc" }).rows[0]!.learner.name).toBe("Mia");
  });

  it("filters by module (columns) and by status (learners with such a cell), keeping the total", () => {
    const m2 = buildMatrix(input, { module: "m2" });
    expect(m2.lessons.map((l) => l.slug)).toEqual(["m2/c", "m2/d"]);
    expect(m2.rows.find((r) => r.learner.id === "u3")!.progress).toBe(0.5);
    const inProgress = buildMatrix(input, { status: "in-progress" });
    expect(inProgress.rows.map((r) => r.learner.id)).toEqual(["u3"]);
    expect(inProgress.totalLearners).toBe(3);
  });

  it("averages each lesson over the listed learners; lessons without a part have null rates", () => {
    const m = buildMatrix(input);
    expect(m.averages[0]).toEqual({ lessonSlug: "m1/a", completed: 1 / 3, started: 2 / 3, exercisePassed: 1 / 3, quizPassed: 0 });
    expect(m.averages[2]!.exercisePassed).toBeNull();
    expect(m.averages[3]!.quizPassed).toBeNull();
    expect(m.averageProgress).toBeCloseTo(0.25);
    expect(buildMatrix({ ...input, learners: [] }).averageProgress).toBe(0);
  });

  it("a lesson with neither part is completed only by its progress row", () => {
    const reading = lesson("m3/r", { exerciseId: null, quizId: null });
    const m = buildMatrix({ ...input, lessons: [reading], progress: [{ userId: "u1", lessonSlug: "m3/r", completedAt: null, timeSpentMs: 1 }] });
    expect(statuses(m)).toEqual({ u1: ["in-progress"], u2: ["not-started"], u3: ["not-started"] });
  });
});

describe("parseMatrixOptions", () => {
  it("keeps known values and drops the rest", () => {
    expect(parseMatrixOptions({ module: "m1", status: "completed", sort: "progress", dir: "asc" }, ["m1"])).toEqual({ module: "m1", status: "completed", sort: "progress", dir: "asc" });
    expect(parseMatrixOptions({ module: "nope", status: "done", sort: ["name"], dir: "up" }, ["m1"])).toEqual({});
  });
});
