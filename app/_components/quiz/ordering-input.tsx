"use client";

import { useState } from "react";
import { moveItem } from "@/lib/quiz/draft";
import type { Option } from "@/lib/quiz/model";
import { InlineCode } from "./inline-code";

// Keyboard-operable ordering: every step has "Move up" / "Move down" buttons (no drag and
// drop needed), focus follows the moved step, and a live region says where it went.
export function OrderingInput({ questionId, items, order, disabled, onChange }: {
  questionId: string;
  items: Option[];
  order: string[];
  disabled: boolean;
  onChange: (order: string[]) => void;
}) {
  const [announcement, setAnnouncement] = useState("");
  const text = new Map(items.map((i) => [i.id, i.text]));

  const move = (index: number, delta: -1 | 1) => {
    const next = moveItem(order, index, delta);
    onChange(next);
    const target = index + delta;
    setAnnouncement(`${text.get(order[index]!)}: moved to position ${target + 1} of ${order.length}.`);
    // Keep focus on the same button of the moved step so repeated presses keep moving it.
    requestAnimationFrame(() => {
      const button = document.getElementById(`${questionId}-${order[index]}-${delta < 0 ? "up" : "down"}`) as HTMLButtonElement | null;
      (button && !button.disabled ? button : document.getElementById(`${questionId}-${order[index]}-${delta < 0 ? "down" : "up"}`))?.focus();
    });
  };

  return (
    <div>
      <div role="list" aria-label="Steps, in your order" className="space-y-2">
        {order.map((id, index) => (
          <div role="listitem" key={id} className="flex items-center gap-3 rounded-lg border border-zinc-200 bg-white px-3 py-2 dark:border-zinc-800 dark:bg-zinc-900">
            <span aria-hidden className="grid size-6 shrink-0 place-items-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
              {index + 1}
            </span>
            <span className="min-w-0 flex-1 text-[0.95rem] leading-snug">
              <span className="sr-only">Step {index + 1}: </span>
              <InlineCode text={text.get(id) ?? id} />
            </span>
            <span className="flex shrink-0 gap-1">
              <button
                type="button"
                id={`${questionId}-${id}-up`}
                aria-label={`Move "${text.get(id)}" up`}
                disabled={disabled || index === 0}
                onClick={() => move(index, -1)}
                className="grid size-8 place-items-center rounded-md border border-zinc-200 text-zinc-600 transition hover:bg-zinc-100 disabled:opacity-30 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
              >
                <span aria-hidden>↑</span>
              </button>
              <button
                type="button"
                id={`${questionId}-${id}-down`}
                aria-label={`Move "${text.get(id)}" down`}
                disabled={disabled || index === order.length - 1}
                onClick={() => move(index, 1)}
                className="grid size-8 place-items-center rounded-md border border-zinc-200 text-zinc-600 transition hover:bg-zinc-100 disabled:opacity-30 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
              >
                <span aria-hidden>↓</span>
              </button>
            </span>
          </div>
        ))}
      </div>
      <p aria-live="polite" className="sr-only">{announcement}</p>
    </div>
  );
}
