"use client";

import { useState } from "react";
import { authPost } from "./api";

// Shown only when GITHUB_CLIENT_ID/SECRET are set (the page decides). better-auth answers with
// GitHub's authorize URL; its callback signs in and returns to `next`.
export function GitHubButton({ next }: { next: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function go() {
    setBusy(true);
    const result = await authPost<{ url?: string }>("/sign-in/social", {
      provider: "github",
      callbackURL: next,
      errorCallbackURL: `/sign-in?error=github&next=${encodeURIComponent(next)}`,
    });
    if (result.ok && result.data?.url) {
      window.location.assign(result.data.url);
      return;
    }
    setBusy(false);
    setError(result.message ?? "GitHub sign-in could not start.");
  }
  return (
    <div>
      <div className="relative my-1 text-center text-xs text-zinc-500">
        <span className="bg-white px-2 dark:bg-zinc-950">or</span>
      </div>
      <button type="button" onClick={() => void go()} disabled={busy}
        className="mt-3 inline-flex h-11 w-full items-center justify-center gap-2 rounded-xl border border-zinc-300 px-6 text-sm font-semibold text-zinc-800 transition hover:bg-zinc-50 disabled:opacity-60 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-900">
        <svg viewBox="0 0 16 16" className="size-4" fill="currentColor" aria-hidden>
          <path d="M8 0a8 8 0 0 0-2.53 15.59c.4.07.55-.17.55-.38v-1.33c-2.23.48-2.7-1.07-2.7-1.07-.36-.92-.89-1.17-.89-1.17-.73-.5.06-.49.06-.49.8.06 1.23.83 1.23.83.72 1.22 1.87.87 2.33.67.07-.52.28-.87.51-1.07-1.78-.2-3.65-.89-3.65-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82a7.6 7.6 0 0 1 4 0c1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.28.82 2.15 0 3.07-1.87 3.75-3.66 3.95.29.25.54.73.54 1.48v2.2c0 .21.15.46.55.38A8 8 0 0 0 8 0Z" />
        </svg>
        {busy ? "Opening GitHub…" : "Continue with GitHub"}
      </button>
      {error && <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
