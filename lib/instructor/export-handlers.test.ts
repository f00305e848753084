import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordExerciseAttempt } from "@/lib/db/attempts";
import { addMember } from "@/lib/db/cohorts";
import type { Actor } from "@/lib/db/instructor-access";
import { createMyCohort } from "@/lib/db/instructor-cohorts";
import { markLessonCompleted } from "@/lib/db/progress";
import { openTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/databases";
import { createUser } from "@/lib/db/users";
import { handleAttemptsExport, handleMatrixExport, type ExportDeps } from "./export-handlers";
import type { MatrixLesson } from "./matrix";

const lessons: MatrixLesson[] = [
  { slug: "01-why-kubernetes/01-what-kubernetes-does", title: "What Kubernetes does", moduleSlug: "01-why-kubernetes", moduleTitle: "Why", number: "1.1", exerciseId: "desired-state", quizId: null, passMark: 0.8 },
  { slug: "02-control-loop/02-controllers", title: "Controllers, one loop each", moduleSlug: "02-control-loop", moduleTitle: "Loop", number: "2.1", exerciseId: "scale-and-self-heal", quizId: null, passMark: 0.8 },
];

describe.each(testEngines)("CSV export routes on %s", (engine) => {
  let db: TestDatabase;
  let teacher: Actor;
  let learner: Actor;
  let cohortId: string;
  const deps = (viewer: Actor): ExportDeps => ({ db: async () => db.prisma, viewer: async () => viewer, lessons: async () => lessons });

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    teacher = await createUser(db.prisma, { email: "t@x.dev", name: "Teacher", role: "instructor", password: "pw-123456" });
    // A learner-controlled name that a spreadsheet would run as a formula.
    learner = await createUser(db.prisma, { email: "l@x.dev", name: "=HYPERLINK(\"http://evil\",\"x\")", role: "learner", password: "pw-123456" });
    cohortId = (await createMyCohort(db.prisma, teacher, 'Group "A", 2026')).id;
    await addMember(db.prisma, cohortId, learner!.id);
    await markLessonCompleted(db.prisma, learner!.id, lessons[0]!.slug);
    await recordExerciseAttempt(db.prisma, {
      userId: learner!.id, exerciseId: "scale-and-self-heal",
      actions: [{ at: 1000, kind: "kubectl", payload: { line: "scale deployment web --replicas=5" } }, { at: 2000, kind: "kubectl", payload: { line: "-n default get pods" } }, { at: 3000, kind: "wait" }],
      checkResults: [{ id: "web-replicas", passed: true, message: "ok" }, { id: "web-ready", passed: false, message: "2 of 5, ready" }],
      score: 1, maxScore: 2, durationMs: 5, idempotencyKey: "export-key-1",
    });
  }, 180_000);
  afterAll(async () => {
    await db?.dispose();
  });

  it("answers 401 signed out, 403 to a learner, 404 for another instructor or a bad id", async () => {
    const other = await createUser(db.prisma, { email: "o@x.dev", name: "Other", role: "instructor", password: "pw-123456" });
    for (const handler of [(a: Actor, id: string) => handleMatrixExport(deps(a), id, new URLSearchParams()), (a: Actor, id: string) => handleAttemptsExport(deps(a), id)]) {
      expect((await handler(null, cohortId)).status).toBe(401);
      expect((await handler(learner, cohortId)).status).toBe(403);
      expect((await handler(other, cohortId)).status).toBe(404);
      expect((await handler(teacher, "../../etc/passwd")).status).toBe(404);
    }
  });

  it("exports the matrix: header, one row per learner with statuses in words, the averages row; formulas neutralised", async () => {
    const res = await handleMatrixExport(deps(teacher), cohortId, new URLSearchParams());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="matrix-group-a-2026.csv"');
    expect(await res.text()).toBe(
      [
        "Learner,Email,Completed,Progress %,1.1 What Kubernetes does,\"2.1 Controllers, one loop each\"",
        `"'=HYPERLINK(""http://evil"",""x"")",l@x.dev,1,50,Completed,In progress`,
        "Cohort average (completed %),,,50,100,0",
        "",
      ].join("\r\n"),
    );
    const filtered = await (await handleMatrixExport(deps(teacher), cohortId, new URLSearchParams({ module: "02-control-loop" }))).text();
    expect(filtered.split("\r\n")[0]).toBe('Learner,Email,Completed,Progress %,"2.1 Controllers, one loop each"');
  });

  it("exports attempts with the lesson, failed checks and the commands typed", async () => {
    const res = await handleAttemptsExport(deps(teacher), cohortId);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="attempts-group-a-2026.csv"');
    const [header, row, end] = (await res.text()).split(/\r\n(?=[^\r\n]*,)|\r\n$/);
    expect(header).toBe("Attempt,Kind,Learner,Email,Lesson,Exercise or quiz,Score,Max score,Passed,Failed checks,Commands,Submitted at");
    expect(row).toMatch(/^c[a-z0-9]+,exercise,"'=HYPERLINK\(""http:\/\/evil"",""x""\)",l@x\.dev,02-control-loop\/02-controllers,scale-and-self-heal,1,2,false,web-ready,"kubectl scale deployment web --replicas=5\nkubectl -n default get pods",\d{4}-\d\d-\d\dT/);
    expect(end).toBe(""); // the document ends with CRLF after the only attempt
  });
});
