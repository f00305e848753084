"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

// "Instructor" in the header, for instructors only. Asked from the browser (better-auth's
// get-session, whose user carries the role) because the header also sits on pre-rendered
// lesson pages. Showing the link grants nothing: every /instructor page checks the role itself.
export function InstructorLink() {
  const pathname = usePathname();
  const [instructor, setInstructor] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/auth/get-session", { cache: "no-store", signal: controller.signal })
      .then((res) => (res.ok ? res.json() : null))
      .then((session: { user?: { role?: unknown } } | null) => setInstructor(session?.user?.role === "instructor"))
      .catch(() => undefined);
    return () => controller.abort();
  }, [pathname]);

  if (!instructor) return null;
  const active = pathname.startsWith("/instructor");
  return (
    <Link href="/instructor" aria-current={active ? "page" : undefined}
      className={`rounded-lg px-3 py-2 font-medium transition hover:bg-zinc-100 hover:text-zinc-950 dark:hover:bg-zinc-800 dark:hover:text-white ${active ? "text-zinc-950 dark:text-white" : "text-zinc-600 dark:text-zinc-400"}`}>
      Instructor
    </Link>
  );
}
