import { productionQuizDeps } from "@/lib/quiz/server/deps";
import { handleQuizSubmit } from "@/lib/quiz/server/routes";

// POST /api/quizzes/<module>.<lesson>/submit: graded on the server, stored per idempotency key.
export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ lessonId: string }> }) {
  const { lessonId } = await params;
  return handleQuizSubmit(request, lessonId, productionQuizDeps);
}
