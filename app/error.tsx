"use client";

import Link from "next/link";
import { useEffect } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="mx-auto flex max-w-xl flex-col items-center px-4 py-28 text-center">
      <p className="font-mono text-sm text-red-600 dark:text-red-400">500 · CrashLoopBackOff</p>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight text-zinc-950 dark:text-white">Something went wrong on our side</h1>
      <p className="mt-4 text-zinc-600 dark:text-zinc-400">
        The page failed to render. Trying again usually helps; if it does not, the server log has the details
        {error.digest ? <> (reference <code className="font-mono">{error.digest}</code>)</> : null}.
      </p>
      <div className="mt-8 flex gap-3">
        <button type="button" onClick={reset} className="inline-flex h-10 items-center rounded-xl bg-zinc-950 px-5 text-sm font-semibold text-white hover:bg-zinc-800 dark:bg-white dark:text-zinc-950">Try again</button>
        <Link href="/" className="inline-flex h-10 items-center rounded-xl border border-zinc-200 px-5 text-sm font-semibold hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-900">Home</Link>
      </div>
    </main>
  );
}
