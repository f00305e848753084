import { getViewer } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { handleReviewAnswer } from "@/lib/quiz/server/review-route";

// POST /api/review: one answer to a question in the learner's review set, graded on the
// server; moves the question through the Leitner boxes (lib/quiz/review.ts).
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return handleReviewAnswer(request, { db: prisma, viewer: getViewer, now: () => new Date() });
}
