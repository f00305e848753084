import { handleAttemptsExport } from "@/lib/instructor/export-handlers";
import { productionExportDeps } from "../../../../_lib/export-deps";

// GET: every exercise and quiz attempt of the cohort's learners as CSV.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  return handleAttemptsExport(productionExportDeps, cohortId);
}
