"use client";

import type { Draft } from "@/lib/quiz/draft";
import { MAX_COMMAND_LENGTH, type Option, type PublicQuestion } from "@/lib/quiz/model";
import { describeStep } from "@/lib/quiz/steps";
import { InlineCode } from "./inline-code";
import { OrderingInput } from "./ordering-input";

// The answer controls for one question, by type. Native radios, checkboxes and selects,
// each with a visible label, so keyboard and screen-reader use needs nothing extra.

const optionRow =
  "flex cursor-pointer items-start gap-3 rounded-lg border border-zinc-200 bg-white px-3 py-2.5 transition hover:border-brand-500/40 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50/60 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500/40 dark:border-zinc-800 dark:bg-zinc-900 dark:has-[:checked]:bg-brand-500/10";
const control = "mt-[3px] size-4 shrink-0 accent-brand-600";

function ChoiceList({ name, type, options, isChecked, onToggle, disabled, label }: {
  name: string;
  type: "radio" | "checkbox";
  options: Option[];
  isChecked: (id: string) => boolean;
  onToggle: (id: string, checked: boolean) => void;
  disabled: boolean;
  label?: string;
}) {
  return (
    <div role={type === "radio" ? "radiogroup" : "group"} aria-label={label} className="space-y-2">
      {options.map((o) => (
        <label key={o.id} className={optionRow}>
          <input
            type={type}
            name={name}
            value={o.id}
            checked={isChecked(o.id)}
            disabled={disabled}
            onChange={(e) => onToggle(o.id, e.target.checked)}
            className={control}
          />
          <span className="text-[0.95rem] leading-snug"><InlineCode text={o.text} /></span>
        </label>
      ))}
    </div>
  );
}

/** A number typed as text (parsed on submit, so "2,5" and a half-typed "-" are fine while typing). */
function NumberInput({ id, label, visibleLabel = false, unit, value, disabled, onChange }: {
  id: string;
  label: string;
  visibleLabel?: boolean;
  unit?: string;
  value: string;
  disabled: boolean;
  onChange: (text: string) => void;
}) {
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className={visibleLabel ? "text-sm text-zinc-700 dark:text-zinc-300" : "sr-only"}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        className="w-28 rounded-md border border-zinc-300 bg-white px-3 py-1.5 font-mono text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none dark:border-zinc-700 dark:bg-zinc-950"
      />
      {unit && <span className="text-sm text-zinc-600 dark:text-zinc-400">{unit}</span>}
    </div>
  );
}

export function QuestionInput({ question, draft, disabled, onChange }: {
  question: PublicQuestion;
  draft: Draft;
  disabled: boolean;
  onChange: (draft: Draft) => void;
}) {
  const name = `quiz-${question.id}`;
  switch (question.type) {
    case "single":
      return (
        <ChoiceList name={name} type="radio" options={question.options} disabled={disabled}
          isChecked={(id) => draft.choice === id} onToggle={(id) => onChange({ ...draft, choice: id })} />
      );
    case "multiple":
      return (
        <ChoiceList name={name} type="checkbox" options={question.options} disabled={disabled}
          isChecked={(id) => draft.choices?.includes(id) ?? false}
          onToggle={(id, checked) => {
            const rest = (draft.choices ?? []).filter((c) => c !== id);
            onChange({ ...draft, choices: checked ? [...rest, id] : rest });
          }} />
      );
    case "true-false":
      return (
        <div className="space-y-4">
          <div role="radiogroup" aria-label="Is the statement true or false?" className="flex gap-2">
            {([true, false] as const).map((v) => (
              <label key={String(v)} className={`${optionRow.replace("items-start", "items-center")} flex-1`}>
                <input type="radio" name={`${name}-verdict`} checked={draft.verdict === v} disabled={disabled}
                  onChange={() => onChange({ ...draft, verdict: v })} className="size-4 accent-brand-600" />
                <span className="font-medium">{v ? "True" : "False"}</span>
              </label>
            ))}
          </div>
          <div>
            <p id={`${name}-why`} className="mb-2 text-sm font-medium text-zinc-700 dark:text-zinc-300">Why?</p>
            <ChoiceList name={`${name}-why`} type="radio" options={question.justifications} disabled={disabled} label="Why?"
              isChecked={(id) => draft.justification === id} onToggle={(id) => onChange({ ...draft, justification: id })} />
          </div>
        </div>
      );
    case "ordering":
      return (
        <OrderingInput questionId={name} items={question.items} order={draft.order ?? question.items.map((i) => i.id)}
          disabled={disabled} onChange={(order) => onChange({ ...draft, order })} />
      );
    case "matching":
      return (
        <div className="space-y-2">
          {question.items.map((item) => (
            <div key={item.id} className="grid grid-cols-1 gap-1.5 rounded-lg border border-zinc-200 bg-white px-3 py-2.5 dark:border-zinc-800 dark:bg-zinc-900">
              <label htmlFor={`${name}-${item.id}`} className="text-[0.95rem] font-medium leading-snug"><InlineCode text={item.text} /></label>
              <select
                id={`${name}-${item.id}`}
                value={draft.pairs?.[item.id] ?? ""}
                disabled={disabled}
                onChange={(e) => onChange({ ...draft, pairs: { ...draft.pairs, [item.id]: e.target.value } })}
                className="w-full min-w-0 rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none dark:border-zinc-700 dark:bg-zinc-950"
              >
                <option value="">Choose…</option>
                {question.choices.map((c) => (
                  <option key={c.id} value={c.id}>{c.text}</option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    case "command":
      return (
        <div className="flex items-center gap-2 rounded-lg border border-zinc-300 bg-zinc-950 px-3 py-2 font-mono text-sm text-zinc-100 focus-within:ring-2 focus-within:ring-brand-500/40 dark:border-zinc-700">
          <span aria-hidden className="select-none text-emerald-400">$</span>
          <label htmlFor={`${name}-command`} className="sr-only">Your kubectl command</label>
          <input
            id={`${name}-command`}
            type="text"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            maxLength={MAX_COMMAND_LENGTH}
            placeholder="kubectl …"
            value={draft.text ?? ""}
            disabled={disabled}
            onChange={(e) => onChange({ ...draft, text: e.target.value })}
            className="min-w-0 flex-1 bg-transparent placeholder:text-zinc-500 focus:outline-none"
          />
        </div>
      );
    case "predict":
      return (
        <div className="space-y-3">
          <div>
            <p className="mb-1.5 text-sm font-medium text-zinc-700 dark:text-zinc-300">What happens, in order:</p>
            <ol className="list-decimal space-y-1 pl-6 font-mono text-sm text-zinc-800 dark:text-zinc-200">
              {question.steps.map((step, i) => <li key={i}>{describeStep(step)}</li>)}
            </ol>
          </div>
          <NumberInput id={`${name}-value`} label="Your prediction" visibleLabel unit={question.unit} value={draft.text ?? ""} disabled={disabled}
            onChange={(text) => onChange({ ...draft, text })} />
        </div>
      );
    case "numeric":
      return (
        <NumberInput id={`${name}-value`} label={`Your answer${question.unit ? ` (${question.unit})` : ""}`} unit={question.unit} value={draft.text ?? ""} disabled={disabled}
          onChange={(text) => onChange({ ...draft, text })} />
      );
  }
}
