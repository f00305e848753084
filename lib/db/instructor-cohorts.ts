import "server-only";
import { z } from "zod";
import { newJoinCode } from "./cohorts";
import type { PrismaClient } from "./generated/client";
import { AccessError, ownedCohort, requireInstructorRole, userIdSchema, type Actor, type OwnedCohort } from "./instructor-access";

// Cohort management for the instructor who owns the cohort, and joining by code for learners.
// Inputs are parsed here (not only in the server actions) so every caller gets the same rules.

export const cohortNameSchema = z
  .string()
  .trim()
  .min(1, "Give the cohort a name.")
  .max(80, "A cohort name is at most 80 characters.");

export interface CohortListItem extends OwnedCohort {
  memberCount: number;
}

export async function listMyCohorts(db: PrismaClient, actor: Actor): Promise<CohortListItem[]> {
  requireInstructorRole(actor);
  const rows = await db.cohort.findMany({
    where: { instructorId: actor.id },
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, joinCode: true, archivedAt: true, createdAt: true, _count: { select: { memberships: true } } },
  });
  return rows.map(({ _count, ...c }) => ({ ...c, memberCount: _count.memberships }));
}

/** A fresh code; on the (rare) clash with an existing code, another one. */
async function unusedJoinCode(db: PrismaClient): Promise<string> {
  for (let i = 0; i < 5; i++) {
    const code = newJoinCode();
    if (!(await db.cohort.findUnique({ where: { joinCode: code }, select: { id: true } }))) return code;
  }
  throw new Error("could not find an unused join code");
}

export async function createMyCohort(db: PrismaClient, actor: Actor, name: string): Promise<OwnedCohort> {
  requireInstructorRole(actor);
  const parsed = cohortNameSchema.parse(name);
  return db.cohort.create({
    data: { name: parsed, instructorId: actor.id, joinCode: await unusedJoinCode(db) },
    select: { id: true, name: true, joinCode: true, archivedAt: true, createdAt: true },
  });
}

export async function renameMyCohort(db: PrismaClient, actor: Actor, cohortId: string, name: string): Promise<void> {
  const parsed = cohortNameSchema.parse(name);
  const cohort = await ownedCohort(db, actor, cohortId);
  await db.cohort.update({ where: { id: cohort.id }, data: { name: parsed }, select: { id: true } });
}

export async function setCohortArchived(db: PrismaClient, actor: Actor, cohortId: string, archived: boolean): Promise<void> {
  const cohort = await ownedCohort(db, actor, cohortId);
  // Archiving twice keeps the first date.
  if (archived === (cohort.archivedAt !== null)) return;
  await db.cohort.update({ where: { id: cohort.id }, data: { archivedAt: archived ? new Date() : null }, select: { id: true } });
}

/** A new code; the old one stops working at once (e.g. after it leaked). */
export async function regenerateJoinCode(db: PrismaClient, actor: Actor, cohortId: string): Promise<string> {
  const cohort = await ownedCohort(db, actor, cohortId);
  const joinCode = await unusedJoinCode(db);
  await db.cohort.update({ where: { id: cohort.id }, data: { joinCode }, select: { id: true } });
  return joinCode;
}

/** Takes a learner out of the cohort; their own progress and attempts stay theirs. */
export async function removeLearner(db: PrismaClient, actor: Actor, cohortId: string, learnerId: string): Promise<void> {
  const cohort = await ownedCohort(db, actor, cohortId);
  if (!userIdSchema.safeParse(learnerId).success) throw new AccessError("not-found");
  const { count } = await db.membership.deleteMany({ where: { cohortId: cohort.id, userId: learnerId } });
  if (count === 0) throw new AccessError("not-found");
}

/** Codes are shown in upper case; people type them with spaces, dashes or lower case. */
export const normalizeJoinCode = (code: string): string => code.replace(/[\s-]+/g, "").toUpperCase();
const joinCodeSchema = z.string().regex(/^[A-Z0-9]{4,16}$/);

export type JoinOutcome =
  | { ok: true; cohort: { id: string; name: string }; alreadyMember: boolean }
  | { ok: false; reason: "unknown-code" | "archived" | "own-cohort"; cohortName?: string };

export interface JoinPreview {
  name: string;
  instructorName: string;
  archived: boolean;
}

/** What the join page shows before the learner confirms (name and teacher; nothing else). */
export async function previewJoinCode(db: PrismaClient, code: string): Promise<JoinPreview | null> {
  const normalized = normalizeJoinCode(code);
  if (!joinCodeSchema.safeParse(normalized).success) return null;
  const cohort = await db.cohort.findUnique({ where: { joinCode: normalized }, select: { name: true, archivedAt: true, instructor: { select: { name: true } } } });
  return cohort ? { name: cohort.name, instructorName: cohort.instructor.name, archived: cohort.archivedAt !== null } : null;
}

/** The signed-in user joins the cohort with this code. Joining twice is a no-op, not an error. */
export async function joinCohort(db: PrismaClient, actor: Actor, code: string): Promise<JoinOutcome> {
  if (!actor) throw new AccessError("unauthenticated");
  const normalized = normalizeJoinCode(code);
  if (!joinCodeSchema.safeParse(normalized).success) return { ok: false, reason: "unknown-code" };
  const cohort = await db.cohort.findUnique({ where: { joinCode: normalized }, select: { id: true, name: true, archivedAt: true, instructorId: true } });
  if (!cohort) return { ok: false, reason: "unknown-code" };
  if (cohort.instructorId === actor.id) return { ok: false, reason: "own-cohort", cohortName: cohort.name };
  const existing = await db.membership.findUnique({ where: { cohortId_userId: { cohortId: cohort.id, userId: actor.id } }, select: { joinedAt: true } });
  if (existing) return { ok: true, cohort: { id: cohort.id, name: cohort.name }, alreadyMember: true };
  if (cohort.archivedAt) return { ok: false, reason: "archived", cohortName: cohort.name };
  await db.membership.upsert({
    where: { cohortId_userId: { cohortId: cohort.id, userId: actor.id } },
    create: { cohortId: cohort.id, userId: actor.id },
    update: {},
    select: { cohortId: true },
  });
  return { ok: true, cohort: { id: cohort.id, name: cohort.name }, alreadyMember: false };
}
