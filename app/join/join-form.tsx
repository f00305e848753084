"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { JoinState } from "./actions";

export function JoinForm({ action, code, submit }: { action: (s: JoinState, f: FormData) => Promise<JoinState>; code?: string; submit: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  if (state.joined) {
    return (
      <div role="status" className="mt-6 rounded-2xl border border-emerald-500/40 bg-emerald-50 p-5 dark:bg-emerald-500/10">
        <p className="font-semibold text-emerald-800 dark:text-emerald-300">{state.joined}</p>
        <p className="mt-1 text-sm text-emerald-800/80 dark:text-emerald-300/80">Your instructor now sees your progress on the course.</p>
        <Link href="/course" className="mt-4 inline-flex h-10 items-center rounded-xl bg-zinc-950 px-5 text-sm font-semibold text-white hover:bg-zinc-800 dark:bg-white dark:text-zinc-950">
          Go to the course <span aria-hidden className="ml-2">→</span>
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="mt-6">
      <div className="flex flex-wrap gap-2">
        {code ? (
          <input type="hidden" name="code" value={code} />
        ) : (
          <label className="flex flex-1 flex-col gap-1 text-sm">
            <span className="text-zinc-600 dark:text-zinc-400">Join code</span>
            <input name="code" required maxLength={32} autoCapitalize="characters" className="h-11 rounded-xl border border-zinc-200 bg-white px-3 font-mono tracking-widest uppercase dark:border-zinc-700 dark:bg-zinc-900" />
          </label>
        )}
        <button type="submit" disabled={pending} className="h-11 self-end rounded-xl bg-zinc-950 px-5 text-sm font-semibold text-white hover:bg-zinc-800 disabled:opacity-60 dark:bg-white dark:text-zinc-950">
          {submit}
        </button>
      </div>
      {state.error && (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-400">
          {state.error}
        </p>
      )}
    </form>
  );
}
