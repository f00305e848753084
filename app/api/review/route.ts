import { getViewer } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { guardOrigin } from "@/lib/http/origin-policy";
import { handleReviewAnswer } from "@/lib/quiz/server/review-route";

// POST /api/review: one answer to a question in the learner's review set, graded on the
// server; moves the question through the Leitner boxes (lib/quiz/review.ts).
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  // CSRF: a cross-site browser request is refused before anything is read (lib/http/origin.ts).
  const crossSite = guardOrigin(request, "flat");
  if (crossSite) return crossSite;
  return handleReviewAnswer(request, { db: prisma, viewer: getViewer, now: () => new Date() });
}
