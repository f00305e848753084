import "server-only";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { AccessError } from "@/lib/db/instructor-access";
import { requireInstructor } from "@/lib/auth/session";

/** Pages: the instructor (or sign-in redirect / 404 for learners) and the database. */
export async function instructorPage(next: string) {
  const viewer = await requireInstructor(next);
  return { viewer, db: await prisma() };
}

/** A query refused by the ownership check renders as the 404 page: no hint the cohort exists. */
export async function orNotFound<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof AccessError) notFound();
    throw error;
  }
}

export const cohortPath = (cohortId: string, rest = "") => `/instructor/cohorts/${cohortId}${rest}`;
