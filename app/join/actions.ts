"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { joinCohort, normalizeJoinCode } from "@/lib/db/instructor-cohorts";

export interface JoinState {
  error?: string;
  joined?: string;
}

const codeField = z.object({ code: z.string().trim().min(1, "Enter the code your instructor gave you.").max(32, "That is not a join code.") });

/** The join button on /join/CODE. */
export async function joinAction(_: JoinState, form: FormData): Promise<JoinState> {
  const parsed = codeField.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: parsed.error.issues[0]!.message };
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(`/join/${normalizeJoinCode(parsed.data.code)}`)}`);
  const outcome = await joinCohort(await prisma(), viewer, parsed.data.code);
  if (outcome.ok) return { joined: outcome.alreadyMember ? `You are already in ${outcome.cohort.name}.` : `You joined ${outcome.cohort.name}.` };
  switch (outcome.reason) {
    case "archived":
      return { error: `${outcome.cohortName} is archived and no longer takes new learners. Ask your instructor for a current code.` };
    case "own-cohort":
      return { error: "You teach this cohort: instructors do not join their own cohorts." };
    case "unknown-code":
      return { error: "No cohort has this code. Check it with your instructor: codes change when they make a new one." };
  }
}

/** The code form on /join: goes to the code's page. */
export async function goToCodeAction(_: JoinState, form: FormData): Promise<JoinState> {
  const parsed = codeField.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: parsed.error.issues[0]!.message };
  redirect(`/join/${encodeURIComponent(normalizeJoinCode(parsed.data.code))}`);
}
