import "server-only";
import crypto from "node:crypto";
import type { PrismaClient } from "./generated/client";

export interface CohortSummary {
  id: string;
  name: string;
  joinCode: string;
  memberCount: number;
}

// Unambiguous alphabet (no 0/O, 1/I/L) so a code read aloud or from a slide is typed right.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export function newJoinCode(length = 8): string {
  const bytes = crypto.randomBytes(length);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
}

export async function createCohort(
  db: PrismaClient,
  input: { name: string; instructorId: string; joinCode?: string },
): Promise<CohortSummary> {
  const cohort = await db.cohort.create({
    data: { name: input.name, instructorId: input.instructorId, joinCode: input.joinCode ?? newJoinCode() },
    select: { id: true, name: true, joinCode: true },
  });
  return { ...cohort, memberCount: 0 };
}

export async function addMember(db: PrismaClient, cohortId: string, userId: string): Promise<void> {
  await db.membership.upsert({
    where: { cohortId_userId: { cohortId, userId } },
    create: { cohortId, userId },
    update: {},
    select: { cohortId: true },
  });
}

export async function listInstructorCohorts(db: PrismaClient, instructorId: string): Promise<CohortSummary[]> {
  const rows = await db.cohort.findMany({
    where: { instructorId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, joinCode: true, _count: { select: { memberships: true } } },
  });
  return rows.map(({ _count, ...rest }) => ({ ...rest, memberCount: _count.memberships }));
}
