"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

// "Dashboard" in the header, for signed-in visitors only. The header also sits on pre-rendered
// lesson pages, so whether someone is signed in is asked from the browser (better-auth's
// get-session endpoint, which answers null for guests) rather than read while rendering.
export function DashboardLink() {
  const pathname = usePathname();
  const [signedIn, setSignedIn] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/auth/get-session", { cache: "no-store", signal: controller.signal })
      .then((res) => (res.ok ? res.json() : null))
      .then((session: unknown) => setSignedIn(typeof session === "object" && session !== null && "user" in session))
      .catch(() => undefined);
    return () => controller.abort();
  }, [pathname]);

  if (!signedIn) return null;
  const active = pathname === "/dashboard";
  return (
    <Link href="/dashboard" aria-current={active ? "page" : undefined}
      className={`rounded-lg px-3 py-2 font-medium transition hover:bg-zinc-100 hover:text-zinc-950 dark:hover:bg-zinc-800 dark:hover:text-white ${active ? "text-zinc-950 dark:text-white" : "text-zinc-600 dark:text-zinc-400"}`}>
      Dashboard
    </Link>
  );
}
