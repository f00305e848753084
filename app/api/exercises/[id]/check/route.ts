// POST /api/exercises/<id>/check: grades a learner's action log on the server (replay in a
// fresh simulator, then the exercise's checks) and stores the attempt. The logic lives in
// lib/exercises/server/check-handler.ts, where route tests drive it with a test database.
import { prisma } from "@/lib/db/client";
import { getViewerProgress } from "@/lib/db/viewer";
import { handleCheckRequest } from "@/lib/exercises/server/check-handler";
import { gradingLimiter } from "@/lib/http/limiters";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return handleCheckRequest(request, id, {
    db: prisma,
    // The demo viewer until accounts exist (issue 10 replaces it with the session's user).
    viewer: async () => (await getViewerProgress()).viewer,
    limit: gradingLimiter,
  });
}
