"use client";

import { useActionState } from "react";
import type { FormState } from "../actions";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

const BUTTON = {
  primary: "bg-zinc-950 text-white hover:bg-zinc-800 dark:bg-white dark:text-zinc-950 dark:hover:bg-zinc-200",
  secondary: "border border-zinc-200 text-zinc-800 hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-900",
  danger: "border border-red-300 text-red-700 hover:bg-red-50 dark:border-red-500/40 dark:text-red-400 dark:hover:bg-red-500/10",
} as const;

/** A server-action form that says what happened (role=status / role=alert) without a reload. */
export function ActionForm({
  action,
  hidden = {},
  submit,
  tone = "primary",
  className = "",
  children,
}: {
  action: Action;
  hidden?: Record<string, string>;
  submit: string;
  tone?: keyof typeof BUTTON;
  className?: string;
  children?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className={className}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap items-end gap-2">
        {children}
        <button type="submit" disabled={pending} className={`inline-flex h-10 items-center rounded-xl px-4 text-sm font-semibold transition disabled:opacity-60 ${BUTTON[tone]}`}>
          {submit}
        </button>
      </div>
      {state.error && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {state.error}
        </p>
      )}
      {state.ok && (
        <p role="status" className="mt-2 text-sm text-emerald-700 dark:text-emerald-400">
          {state.ok}
        </p>
      )}
    </form>
  );
}

export const INPUT = "h-10 rounded-xl border border-zinc-200 bg-white px-3 text-sm text-zinc-900 outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";
