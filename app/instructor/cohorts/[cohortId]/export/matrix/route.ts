import { handleMatrixExport } from "@/lib/instructor/export-handlers";
import { productionExportDeps } from "../../../../_lib/export-deps";

// GET: the progress matrix as CSV, with the page's module/status filters and sorting.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  return handleMatrixExport(productionExportDeps, cohortId, new URL(request.url).searchParams);
}
