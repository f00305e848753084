import type { Metadata } from "next";
import { SiteHeader } from "@/app/_components/site-header";
import { requireViewer } from "@/lib/auth/session";
import { goToCodeAction } from "./actions";
import { JoinForm } from "./join-form";

export const metadata: Metadata = { title: "Join a cohort" };

export default async function JoinPage() {
  await requireViewer("/join");
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-xl px-4 py-16 sm:px-6">
        <h1 className="text-3xl font-semibold tracking-tight text-zinc-950 dark:text-white">Join a cohort</h1>
        <p className="mt-3 text-zinc-600 dark:text-zinc-400">Enter the code your instructor gave you.</p>
        <JoinForm action={goToCodeAction} submit="Continue" />
      </main>
    </>
  );
}
