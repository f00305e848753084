import { productionQuizDeps } from "@/lib/quiz/server/deps";
import { handleQuizState } from "@/lib/quiz/server/routes";

// GET /api/quizzes/<module>.<lesson>: the quiz shuffled for the viewer, with their standing.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ lessonId: string }> }) {
  const { lessonId } = await params;
  return handleQuizState(lessonId, productionQuizDeps);
}
