import type { Metadata } from "next";
import { SiteHeader } from "@/app/_components/site-header";
import { requireViewer } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { normalizeJoinCode, previewJoinCode } from "@/lib/db/instructor-cohorts";
import { joinAction } from "../actions";
import { JoinForm } from "../join-form";

export const metadata: Metadata = { title: "Join a cohort" };

export default async function JoinCodePage({ params }: { params: Promise<{ code: string }> }) {
  const code = normalizeJoinCode(decodeURIComponent((await params).code));
  await requireViewer(`/join/${encodeURIComponent(code)}`);
  const preview = await previewJoinCode(await prisma(), code);

  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-xl px-4 py-16 sm:px-6">
        <p className="font-mono text-xs tracking-wider text-brand-600 uppercase dark:text-brand-400">Join a cohort</p>
        {!preview ? (
          <>
            <h1 className="mt-2 text-3xl font-semibold tracking-tight text-zinc-950 dark:text-white">No cohort has this code</h1>
            <p className="mt-3 text-zinc-600 dark:text-zinc-400">
              <span className="font-mono">{code.slice(0, 32)}</span> is not a current join code. Check it with your instructor: codes change when they make a new one.
            </p>
          </>
        ) : preview.archived ? (
          <>
            <h1 className="mt-2 text-3xl font-semibold tracking-tight text-zinc-950 dark:text-white">{preview.name} is archived</h1>
            <p role="alert" className="mt-3 text-zinc-600 dark:text-zinc-400">This cohort no longer takes new learners. Ask {preview.instructorName} for a current code.</p>
          </>
        ) : (
          <>
            <h1 className="mt-2 text-3xl font-semibold tracking-tight text-zinc-950 dark:text-white">{preview.name}</h1>
            <p className="mt-3 text-zinc-600 dark:text-zinc-400">
              Taught by <span className="font-medium text-zinc-900 dark:text-zinc-100">{preview.instructorName}</span>. Joining shares your course progress, exercise attempts and quiz answers with them.
            </p>
            <JoinForm action={joinAction} code={code} submit={`Join ${preview.name}`} />
          </>
        )}
      </main>
    </>
  );
}
