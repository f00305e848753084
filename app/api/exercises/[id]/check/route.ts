// POST /api/exercises/<id>/check: grades a learner's action log on the server (replay in a
// fresh simulator, then the exercise's checks) and stores the attempt. The logic lives in
// lib/exercises/server/check-handler.ts, where route tests drive it with a test database.
import { getViewer } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { handleCheckRequest } from "@/lib/exercises/server/check-handler";
import { gradingLimiter } from "@/lib/http/limiters";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return handleCheckRequest(request, id, {
    db: prisma,
    viewer: getViewer,
    limit: gradingLimiter,
  });
}
