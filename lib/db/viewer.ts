import "server-only";
import { prisma } from "./client";
import { env } from "./env";
import { getLessonStatuses, type LessonStatus } from "./progress";
import { findUserByEmail, type UserSummary } from "./users";

// Until accounts exist (a later issue), pages show progress for the demo learner configured
// by DEMO_VIEWER_EMAIL. The auth issue replaces this one function with the session's user.
export async function getViewerProgress(): Promise<{ viewer: UserSummary | null; statuses: Map<string, LessonStatus> }> {
  const db = await prisma();
  const viewer = await findUserByEmail(db, env().DEMO_VIEWER_EMAIL);
  return { viewer, statuses: viewer ? await getLessonStatuses(db, viewer.id) : new Map() };
}
