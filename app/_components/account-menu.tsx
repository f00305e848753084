"use client";

// The header's account corner: "Sign in / Create account" for guests; the user's name and role
// and "Sign out" once signed in. Client-side (GET /api/auth/get-session) so pages that are
// pre-rendered stay static. Signed in with guest work on this device, it sends that work to
// the grading and quiz endpoints (app/_components/guest) and says what was saved.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { browserGuestStore } from "./guest/guest-store";
import { notifyGuestChange, syncOnce, type SyncResult } from "./guest/guest-sync";

interface SessionUser {
  name: string;
  email: string;
  role?: string;
}

const linkClass =
  "rounded-lg px-3 py-2 font-medium text-zinc-600 transition hover:bg-zinc-100 hover:text-zinc-950 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white";

export function AccountMenu() {
  const pathname = usePathname();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [synced, setSynced] = useState<SyncResult | null>(null);
  const [signingOut, setSigningOut] = useState(false);

  useEffect(() => {
    let cancelled = false;
    fetch("/api/auth/get-session", { cache: "no-store" })
      .then(async (res) => (res.ok ? ((await res.json()) as { user?: SessionUser } | null) : null))
      .catch(() => null)
      .then(async (session) => {
        if (cancelled) return;
        setUser(session?.user ?? null);
        if (!session?.user) return;
        const store = browserGuestStore();
        if (store.count() === 0) return;
        const result = await syncOnce(store, (url, init) => fetch(url, init));
        notifyGuestChange();
        if (!cancelled && result.saved > 0) setSynced(result);
      });
    return () => {
      cancelled = true;
    };
  }, [pathname]);

  async function signOut() {
    setSigningOut(true);
    try {
      await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    } finally {
      // A full load on purpose: every server-rendered part of the page forgets the viewer.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/");
    }
  }

  if (user === undefined) return <span className="w-24" aria-hidden />;
  if (!user) {
    const next = pathname && !pathname.startsWith("/sign-") ? `?next=${encodeURIComponent(pathname)}` : "";
    return (
      <>
        <Link href={`/sign-in${next}`} className={linkClass}>Sign in</Link>
        <Link href={`/sign-up${next}`} className="hidden rounded-lg bg-zinc-950 px-3 py-1.5 font-semibold text-white transition hover:bg-zinc-800 sm:inline-block dark:bg-white dark:text-zinc-950 dark:hover:bg-zinc-200">
          Create account
        </Link>
      </>
    );
  }
  return (
    <>
      <span data-testid="account-name" className="hidden items-center gap-2 px-2 text-zinc-700 sm:inline-flex dark:text-zinc-300">
        <span className="max-w-40 truncate font-medium">{user.name}</span>
        <span data-testid="account-role" className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400">
          {user.role === "instructor" ? "Instructor" : "Learner"}
        </span>
      </span>
      <button type="button" onClick={() => void signOut()} disabled={signingOut} className={linkClass}>
        {signingOut ? "Signing out…" : "Sign out"}
      </button>
      {synced && (
        <p role="status" data-testid="guest-synced" className="fixed right-4 bottom-4 z-40 max-w-sm rounded-xl border border-emerald-500/30 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 shadow-lg dark:bg-emerald-950 dark:text-emerald-200">
          Saved to your account: {synced.saved} {synced.saved === 1 ? "attempt" : "attempts"} you made before signing in.
          <button type="button" onClick={() => setSynced(null)} className="ml-2 font-semibold underline underline-offset-2">OK</button>
        </p>
      )}
    </>
  );
}
