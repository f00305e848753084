import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { getCohortMatrixRows } from "@/lib/db/instructor";
import type { Actor } from "@/lib/db/instructor-access";
import { buildMatrix, type MatrixLesson, type MatrixOptions } from "./matrix";

/** The matrix page's data: five queries, then pure code (what scripts/bench-matrix.mts times). */
export async function loadMatrix(db: PrismaClient, actor: Actor, cohortId: string, lessons: readonly MatrixLesson[], options: MatrixOptions = {}) {
  const rows = await getCohortMatrixRows(db, actor, cohortId);
  return { cohort: rows.cohort, matrix: buildMatrix({ ...rows, lessons }, options) };
}
