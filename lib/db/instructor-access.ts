import "server-only";
import { z } from "zod";
import type { PrismaClient } from "./generated/client";
import type { UserSummary } from "./users";

// Who may touch a cohort: only the instructor who owns it. Every instructor query and action
// goes through ownedCohort (or requireInstructorRole) first. A learner gets "forbidden"; another
// instructor's cohort, a malformed id or a missing one are all "not-found", so nothing tells an
// outsider that a cohort exists.

export type AccessCode = "unauthenticated" | "forbidden" | "not-found";

export class AccessError extends Error {
  constructor(
    readonly code: AccessCode,
    message: string = code,
  ) {
    super(message);
    this.name = "AccessError";
  }
}

export type Actor = Pick<UserSummary, "id" | "role"> | null;

/** Cohort and attempt ids are Prisma cuids ("c" + 24 base-36 characters). */
export const cuidSchema = z.string().regex(/^c[a-z0-9]{20,31}$/, "not an id");
/** User ids come from the auth library, which may use its own alphabet: bounded and plain. */
export const userIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "not an id");

export function requireInstructorRole(actor: Actor): asserts actor is NonNullable<Actor> {
  if (!actor) throw new AccessError("unauthenticated");
  if (actor.role !== "instructor") throw new AccessError("forbidden", "Only instructors can do this.");
}

export interface OwnedCohort {
  id: string;
  name: string;
  joinCode: string;
  archivedAt: Date | null;
  createdAt: Date;
}

export async function ownedCohort(db: PrismaClient, actor: Actor, cohortId: string): Promise<OwnedCohort> {
  requireInstructorRole(actor);
  if (!cuidSchema.safeParse(cohortId).success) throw new AccessError("not-found");
  const cohort = await db.cohort.findFirst({
    where: { id: cohortId, instructorId: actor.id },
    select: { id: true, name: true, joinCode: true, archivedAt: true, createdAt: true },
  });
  if (!cohort) throw new AccessError("not-found");
  return cohort;
}

/** The learner, when they are a member of the actor's cohort; otherwise not-found. */
export async function cohortLearner(db: PrismaClient, actor: Actor, cohortId: string, learnerId: string) {
  const cohort = await ownedCohort(db, actor, cohortId);
  if (!userIdSchema.safeParse(learnerId).success) throw new AccessError("not-found");
  const membership = await db.membership.findUnique({
    where: { cohortId_userId: { cohortId: cohort.id, userId: learnerId } },
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  if (!membership) throw new AccessError("not-found");
  return { cohort, learner: membership.user, joinedAt: membership.joinedAt };
}
