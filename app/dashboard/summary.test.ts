import { describe, expect, it } from "vitest";
import { buildDashboard, formatDuration, percent, type CourseModule, type LessonParts } from "./summary";

const course: CourseModule[] = [
  { slug: "01-a", title: "A", lessons: [{ slug: "01-a/01-x", title: "X", minutes: 5 }, { slug: "01-a/02-y", title: "Y", minutes: 8 }] },
  { slug: "02-b", title: "B", lessons: [{ slug: "02-b/01-z", title: "Z", minutes: 6 }] },
];
const parts = (slug: string): LessonParts =>
  ({
    "01-a/01-x": { exerciseId: "ex-x", quiz: { id: "01-a.01-x", passMark: 0.8 } },
    "01-a/02-y": { quiz: { id: "01-a.02-y", passMark: 0.8 } },
  })[slug] ?? {};
const d = (iso: string) => new Date(iso);

describe("buildDashboard", () => {
  it("a learner with nothing yet: zero everywhere, resume at the first lesson", () => {
    const dash = buildDashboard(course, { lessons: [], exercises: [], quizzes: [] }, parts);
    expect(dash).toMatchObject({ completed: 0, total: 3, timeSpentMs: 0, exercisesPassed: 0, exercisesTotal: 1, quizzesPassed: 0, quizzesTotal: 2 });
    expect(dash.resume).toMatchObject({ lesson: { slug: "01-a/01-x" }, visited: false });
    expect(dash.modules[0]!.lessons[0]).toMatchObject({ number: "1.1", status: "not-started", exercise: "not-tried", quiz: "not-tried" });
    expect(dash.modules[1]!.lessons[0]).toMatchObject({ number: "2.1", exercise: "none", quiz: "none" });
  });

  it("joins progress: statuses, time per module, best/latest quiz, exercise best, last visited lesson", () => {
    const dash = buildDashboard(
      course,
      {
        lessons: [
          { lessonSlug: "01-a/01-x", completedAt: d("2026-03-01T10:00:00Z"), lastVisitedAt: d("2026-03-01T10:00:00Z"), timeSpentMs: 600_000 },
          { lessonSlug: "02-b/01-z", completedAt: null, lastVisitedAt: d("2026-03-02T10:00:00Z"), timeSpentMs: 120_000 },
          // A lesson removed from the course is ignored.
          { lessonSlug: "09-gone/01-old", completedAt: null, lastVisitedAt: d("2026-03-03T10:00:00Z"), timeSpentMs: 999_000 },
        ],
        exercises: [{ exerciseId: "ex-x", attempts: 3, passed: true, best: { score: 4, maxScore: 4 } }],
        quizzes: [
          { quizId: "01-a.01-x", attempts: 2, best: { score: 500, maxScore: 500 }, latest: { score: 300, maxScore: 500 } },
          { quizId: "01-a.02-y", attempts: 1, best: { score: 399, maxScore: 500 }, latest: { score: 399, maxScore: 500 } },
        ],
      },
      parts,
    );
    expect(dash).toMatchObject({ completed: 1, total: 3, timeSpentMs: 720_000, exercisesPassed: 1, quizzesPassed: 1, quizzesTotal: 2 });
    expect(dash.modules.map((m) => [m.completed, m.total, m.timeSpentMs])).toEqual([[1, 2, 600_000], [0, 1, 120_000]]);
    const [x, y] = dash.modules[0]!.lessons;
    expect(x).toMatchObject({ status: "completed", exercise: { attempts: 3, passed: true, best: "4/4" }, quiz: { attempts: 2, bestPercent: 100, latestPercent: 60, passed: true } });
    // 79.8% is below an 80% pass mark and shows as 79%.
    expect(y).toMatchObject({ status: "not-started", quiz: { bestPercent: 79, passed: false } });
    expect(dash.resume).toMatchObject({ lesson: { slug: "02-b/01-z", status: "in-progress" }, visited: true });
  });

  it("everything completed and never visited: nothing to resume", () => {
    const lessons = course.flatMap((m) => m.lessons).map((l) => ({ lessonSlug: l.slug, completedAt: d("2026-03-01T00:00:00Z"), lastVisitedAt: d("2026-03-01T00:00:00Z"), timeSpentMs: 0 }));
    const dash = buildDashboard(course, { lessons, exercises: [], quizzes: [] }, () => ({}));
    expect(dash.completed).toBe(3);
    expect(dash.resume?.visited).toBe(true);
    expect(buildDashboard([], { lessons: [], exercises: [], quizzes: [] }, () => ({})).resume).toBeNull();
  });
});

describe("formatting", () => {
  it("durations and percentages", () => {
    expect(formatDuration(0)).toBe("0 min");
    expect(formatDuration(20_000)).toBe("under a minute");
    expect(formatDuration(12 * 60_000 + 59_000)).toBe("12 min");
    expect(formatDuration(65 * 60_000)).toBe("1 h 05 min");
    expect(percent(399, 500)).toBe(79);
    expect(percent(1, 0)).toBe(0);
  });
});
