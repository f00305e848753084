import { STATUS_LABELS, type CellStatus } from "@/lib/instructor/matrix";

// Colour, a symbol and (for screen readers) words: the status never rests on colour alone.
export const STATUS_STYLE: Record<CellStatus, string> = {
  "not-started": "bg-zinc-50 text-zinc-400 ring-zinc-200 dark:bg-zinc-900 dark:text-zinc-600 dark:ring-zinc-800",
  "in-progress": "bg-amber-50 text-amber-800 ring-amber-300 dark:bg-amber-500/10 dark:text-amber-300 dark:ring-amber-500/40",
  "exercise-passed": "bg-sky-50 text-sky-800 ring-sky-300 dark:bg-sky-500/10 dark:text-sky-300 dark:ring-sky-500/40",
  "quiz-passed": "bg-violet-50 text-violet-800 ring-violet-300 dark:bg-violet-500/10 dark:text-violet-300 dark:ring-violet-500/40",
  completed: "bg-emerald-500 text-white ring-emerald-600 dark:bg-emerald-500/80 dark:ring-emerald-400",
};

export function StatusBadge({ status, className = "" }: { status: CellStatus; className?: string }) {
  const { symbol } = STATUS_LABELS[status];
  return (
    <span className={`inline-grid size-7 place-items-center rounded-md text-sm font-semibold ring-1 ring-inset ${STATUS_STYLE[status]} ${className}`} aria-hidden>
      {symbol}
    </span>
  );
}

export function StatusLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-zinc-600 dark:text-zinc-400">
      {(Object.keys(STATUS_LABELS) as CellStatus[]).map((s) => (
        <li key={s} className="flex items-center gap-1.5">
          <StatusBadge status={s} className="size-6 text-xs" />
          {STATUS_LABELS[s].label}
        </li>
      ))}
    </ul>
  );
}
