import "server-only";
import { prisma } from "@/lib/db/client";
import { getViewerProgress } from "@/lib/db/viewer";
import { quizLimiter } from "@/lib/http/limiters";
import { exercisePartStatus } from "./completion";
import type { QuizRouteDeps } from "./routes";

// Production wiring for the quiz routes. The viewer comes from lib/db/viewer.ts like every
// page's (the demo learner until sign-in lands, issue 10: replacing that function is enough).
export const productionQuizDeps: QuizRouteDeps = {
  db: prisma,
  viewer: async () => (await getViewerProgress()).viewer,
  exerciseStatus: exercisePartStatus,
  limit: quizLimiter,
};
