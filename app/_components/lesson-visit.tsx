"use client";

import { useEffect, useState } from "react";
import type { LessonStatus } from "@/lib/db/progress";
import { StatusDot } from "./status-dot";

// Lesson pages are pre-rendered, so the learner's part arrives from the browser: on load this
// reports a visit (POST /api/progress/visit, elapsedMs 0) and shows the lesson's status from
// the answer; afterwards it counts visible-tab time only and sends it with
// navigator.sendBeacon when the tab hides, the page goes, or every few minutes while open.
// Guests get 401 and nothing more is sent.

const ENDPOINT = "/api/progress/visit";
/** Flush while the tab stays visible, well under the server's per-beacon cap (15 min). */
const FLUSH_EVERY_MS = 5 * 60 * 1000;
const MAX_BEACON_MS = 15 * 60 * 1000;

const LABEL: Record<LessonStatus, string> = { completed: "Completed", "in-progress": "In progress", "not-started": "Not started" };

export function LessonVisit({ lesson }: { lesson: string }) {
  const [status, setStatus] = useState<LessonStatus | null>(null);

  useEffect(() => {
    let signedIn = true;
    let pendingMs = 0;
    let visibleSince: number | null = document.visibilityState === "visible" ? performance.now() : null;

    const take = () => {
      if (visibleSince !== null) {
        const t = performance.now();
        pendingMs += t - visibleSince;
        visibleSince = t;
      }
      const ms = Math.min(MAX_BEACON_MS, Math.round(pendingMs));
      pendingMs = 0;
      return ms;
    };
    const flush = () => {
      const elapsedMs = take();
      if (!signedIn || elapsedMs <= 0) return;
      const body = new Blob([JSON.stringify({ lesson, elapsedMs })], { type: "application/json" });
      if (!navigator.sendBeacon?.(ENDPOINT, body)) void fetch(ENDPOINT, { method: "POST", body, keepalive: true }).catch(() => undefined);
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") {
        flush();
        visibleSince = null;
      } else {
        visibleSince = performance.now();
      }
    };

    const controller = new AbortController();
    fetch(ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ lesson, elapsedMs: 0 }),
      signal: controller.signal,
    })
      .then(async (res) => {
        if (res.status === 401) signedIn = false;
        if (!res.ok) return;
        setStatus(((await res.json()) as { status: LessonStatus }).status);
      })
      .catch(() => undefined);

    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", flush);
    const timer = window.setInterval(() => document.visibilityState === "visible" && flush(), FLUSH_EVERY_MS);
    return () => {
      // Client-side navigation to another page: report this lesson's time now.
      flush();
      controller.abort();
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", flush);
    };
  }, [lesson]);

  if (!status) return null;
  return (
    <span data-testid="lesson-status" data-status={status}
      className="inline-flex items-center gap-1.5 rounded-full border border-zinc-200 px-2.5 py-0.5 text-xs font-medium text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <StatusDot status={status} />
      {LABEL[status]}
    </span>
  );
}
