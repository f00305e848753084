"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { AccessError } from "@/lib/db/instructor-access";
import { cohortNameSchema, createMyCohort, regenerateJoinCode, removeLearner, renameMyCohort, setCohortArchived } from "@/lib/db/instructor-cohorts";

// Cohort server actions. Each one parses its form with zod, asks who is calling, and lets
// lib/db/instructor-cohorts.ts check ownership: the id in a form is never trusted alone.

export interface FormState {
  error?: string;
  ok?: string;
}

const cohortIdField = z.object({ cohortId: z.string().max(64) });
const fields = <T extends z.ZodRawShape>(shape: T, form: FormData) => z.object(shape).safeParse(Object.fromEntries(form));

function refusal(error: unknown): FormState {
  if (error instanceof AccessError) return { error: error.code === "unauthenticated" ? "Sign in again to continue." : "This cohort is not one of yours." };
  if (error instanceof z.ZodError) return { error: error.issues[0]?.message ?? "Check the form." };
  throw error;
}

export async function createCohortAction(_: FormState, form: FormData): Promise<FormState> {
  const parsed = fields({ name: cohortNameSchema }, form);
  if (!parsed.success) return { error: parsed.error.issues[0]!.message };
  let id: string;
  try {
    id = (await createMyCohort(await prisma(), await getViewer(), parsed.data.name)).id;
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/instructor");
  redirect(`/instructor/cohorts/${id}/settings`);
}

export async function renameCohortAction(_: FormState, form: FormData): Promise<FormState> {
  const parsed = fields({ ...cohortIdField.shape, name: cohortNameSchema }, form);
  if (!parsed.success) return { error: parsed.error.issues[0]!.message };
  try {
    await renameMyCohort(await prisma(), await getViewer(), parsed.data.cohortId, parsed.data.name);
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/instructor", "layout");
  return { ok: "Renamed." };
}

export async function setArchivedAction(_: FormState, form: FormData): Promise<FormState> {
  const parsed = fields({ ...cohortIdField.shape, archived: z.enum(["true", "false"]) }, form);
  if (!parsed.success) return { error: "Check the form." };
  try {
    await setCohortArchived(await prisma(), await getViewer(), parsed.data.cohortId, parsed.data.archived === "true");
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/instructor", "layout");
  return { ok: parsed.data.archived === "true" ? "Archived: the join code no longer admits anyone." : "Back in use." };
}

export async function regenerateCodeAction(_: FormState, form: FormData): Promise<FormState> {
  const parsed = fields(cohortIdField.shape, form);
  if (!parsed.success) return { error: "Check the form." };
  try {
    const code = await regenerateJoinCode(await prisma(), await getViewer(), parsed.data.cohortId);
    revalidatePath("/instructor", "layout");
    return { ok: `New code ${code}; the old one no longer works.` };
  } catch (error) {
    return refusal(error);
  }
}

export async function removeLearnerAction(_: FormState, form: FormData): Promise<FormState> {
  const parsed = fields({ ...cohortIdField.shape, learnerId: z.string().max(64) }, form);
  if (!parsed.success) return { error: "Check the form." };
  try {
    await removeLearner(await prisma(), await getViewer(), parsed.data.cohortId, parsed.data.learnerId);
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/instructor", "layout");
  return { ok: "Removed from the cohort. Their own progress is kept." };
}
