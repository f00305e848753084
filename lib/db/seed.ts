import "server-only";
import { addMember, createCohort } from "./cohorts";
import type { PrismaClient } from "./generated/client";
import { markLessonCompleted, markLessonStarted } from "./progress";
import { createUser, findUserByEmail } from "./users";

// Demo accounts so a newcomer sees a populated app at once. Idempotent: re-seeding leaves
// existing accounts alone. The passwords are public on purpose (printed, in the README).
export const DEMO_PASSWORD = "reconcile-demo";
export const DEMO_ACCOUNTS = [
  { email: "grace@reconcile.dev", name: "Grace Hopper", role: "instructor" },
  { email: "ada@reconcile.dev", name: "Ada Lovelace", role: "learner" },
  { email: "alan@reconcile.dev", name: "Alan Turing", role: "learner" },
  { email: "katherine@reconcile.dev", name: "Katherine Johnson", role: "learner" },
] as const;
export const DEMO_COHORT = { name: "Demo cohort", joinCode: "DEMO2026" };

/** progress: learner email → [completed lesson slugs, in-progress lesson slugs] */
export async function seedDemo(
  db: PrismaClient,
  progress: Record<string, { completed: string[]; started: string[] }>,
): Promise<{ created: number }> {
  let created = 0;
  const ids = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const existing = await findUserByEmail(db, account.email);
    const user = existing ?? (await createUser(db, { ...account, password: DEMO_PASSWORD }));
    if (!existing) created++;
    ids.set(account.email, user.id);
  }
  const instructorId = ids.get("grace@reconcile.dev")!;
  const cohort =
    (await db.cohort.findUnique({ where: { joinCode: DEMO_COHORT.joinCode }, select: { id: true } })) ??
    (await createCohort(db, { ...DEMO_COHORT, instructorId }));
  for (const account of DEMO_ACCOUNTS) {
    if (account.role !== "learner") continue;
    const userId = ids.get(account.email)!;
    await addMember(db, cohort.id, userId);
    for (const slug of progress[account.email]?.completed ?? []) await markLessonCompleted(db, userId, slug);
    for (const slug of progress[account.email]?.started ?? []) await markLessonStarted(db, userId, slug);
  }
  return { created };
}
