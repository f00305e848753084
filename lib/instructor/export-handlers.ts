import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { getCohortAttemptRows } from "@/lib/db/instructor";
import { AccessError, type Actor } from "@/lib/db/instructor-access";
import type { Action } from "@/lib/exercises/action-log";
import { findExercise } from "@/lib/exercises/catalog";
import { findQuiz } from "@/lib/quiz/catalog";
import { csvFileName } from "./csv";
import { actionCommands } from "./describe-action";
import { attemptsCsv, matrixCsv } from "./exports";
import { loadMatrix } from "./load-matrix";
import { parseMatrixOptions, type MatrixLesson } from "./matrix";

// The CSV routes, framework-free (the route files only wire them): signed out → 401, a learner
// → 403, a cohort that is not the caller's → 404, otherwise the file as an attachment.

export interface ExportDeps {
  db: () => Promise<PrismaClient>;
  viewer: () => Promise<Actor>;
  lessons: () => Promise<MatrixLesson[]>;
}

const STATUS = { unauthenticated: 401, forbidden: 403, "not-found": 404 } as const;

function csvResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

async function guarded(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AccessError) return Response.json({ error: error.code }, { status: STATUS[error.code] });
    throw error;
  }
}

export function handleMatrixExport(deps: ExportDeps, cohortId: string, search: URLSearchParams): Promise<Response> {
  return guarded(async () => {
    const [db, viewer, lessons] = await Promise.all([deps.db(), deps.viewer(), deps.lessons()]);
    const options = parseMatrixOptions(Object.fromEntries(search), [...new Set(lessons.map((l) => l.moduleSlug))]);
    const { cohort, matrix } = await loadMatrix(db, viewer, cohortId, lessons, options);
    return csvResponse(matrixCsv(matrix), csvFileName("matrix", cohort.name));
  });
}

export function handleAttemptsExport(deps: ExportDeps, cohortId: string): Promise<Response> {
  return guarded(async () => {
    const [db, viewer] = await Promise.all([deps.db(), deps.viewer()]);
    const { cohort, rows } = await getCohortAttemptRows(db, viewer, cohortId);
    const csv = attemptsCsv(
      rows.map((r) => ({
        ...r,
        lesson: (r.kind === "exercise" ? findExercise(r.itemId)?.lesson : findQuiz(r.itemId)?.lesson) ?? "",
        commands: Array.isArray(r.actions) ? actionCommands(r.actions as unknown as Action[]) : [],
      })),
    );
    return csvResponse(csv, csvFileName("attempts", cohort.name));
  });
}
