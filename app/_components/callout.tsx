import type { ReactNode } from "react";

// Used from MDX through the components map (never imported by the MDX itself).
const styles = {
  note: { label: "Note", box: "border-brand-500/25 bg-brand-50/60 dark:bg-brand-500/10", title: "text-brand-700 dark:text-brand-400" },
  tip: { label: "Tip", box: "border-emerald-500/25 bg-emerald-50/60 dark:bg-emerald-500/10", title: "text-emerald-700 dark:text-emerald-400" },
  warning: { label: "Warning", box: "border-amber-500/30 bg-amber-50/70 dark:bg-amber-500/10", title: "text-amber-700 dark:text-amber-400" },
} as const;

export function Callout({ type = "note", title, children }: { type?: keyof typeof styles; title?: string; children: ReactNode }) {
  const style = styles[type] ?? styles.note;
  return (
    <aside role="note" className={`not-prose my-6 rounded-xl border px-5 py-4 text-[0.95rem] leading-relaxed ${style.box}`}>
      <p className={`mb-1 text-sm font-semibold ${style.title}`}>{title ?? style.label}</p>
      <div className="[&>p+p]:mt-3">{children}</div>
    </aside>
  );
}
