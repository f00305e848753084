import "server-only";
import { getViewer } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { quizLimiter } from "@/lib/http/limiters";
import { exercisePartStatus } from "./completion";
import type { QuizRouteDeps } from "./routes";

// Production wiring for the quiz routes: the viewer is the session's user (lib/auth/session.ts).
export const productionQuizDeps: QuizRouteDeps = {
  db: prisma,
  viewer: getViewer,
  exerciseStatus: exercisePartStatus,
  limit: quizLimiter,
};
