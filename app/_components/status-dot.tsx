import type { LessonStatus } from "@/lib/db/progress";

const labels: Record<LessonStatus, string> = { completed: "Completed", "in-progress": "In progress", "not-started": "Not started" };

export function StatusDot({ status }: { status: LessonStatus }) {
  return (
    <span title={labels[status]} aria-label={labels[status]} data-status={status} className="grid size-5 shrink-0 place-items-center">
      {status === "completed" ? (
        <svg viewBox="0 0 20 20" className="size-5 text-emerald-500" fill="currentColor" aria-hidden>
          <path fillRule="evenodd" d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.7-9.3a1 1 0 0 0-1.4-1.4L9 10.6 7.7 9.3a1 1 0 0 0-1.4 1.4l2 2a1 1 0 0 0 1.4 0l4-4Z" clipRule="evenodd" />
        </svg>
      ) : status === "in-progress" ? (
        <span className="size-3 rounded-full border-2 border-brand-500 bg-[conic-gradient(var(--color-brand-500)_50%,transparent_0)]" />
      ) : (
        <span className="size-3 rounded-full border-2 border-zinc-300 dark:border-zinc-700" />
      )}
    </span>
  );
}
