import type { OptionFeedback, QuestionResult } from "@/lib/quiz/grade";
import { InlineCode } from "./inline-code";

// Feedback after submitting: the verdict for the question, then every option with whether it
// was right, whether the learner chose it, and why — the part of the quiz that teaches.

const tone = {
  right: "border-emerald-500/30 bg-emerald-50/70 dark:bg-emerald-500/10",
  wrong: "border-rose-500/30 bg-rose-50/70 dark:bg-rose-500/10",
  neutral: "border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900",
};

function Mark({ ok }: { ok: boolean }) {
  return ok ? (
    <span aria-hidden className="mt-0.5 grid size-5 shrink-0 place-items-center rounded-full bg-emerald-500 text-xs font-bold text-white">✓</span>
  ) : (
    <span aria-hidden className="mt-0.5 grid size-5 shrink-0 place-items-center rounded-full bg-rose-500 text-xs font-bold text-white">✗</span>
  );
}

function Options({ options }: { options: OptionFeedback[] }) {
  return (
    <div role="list" className="space-y-2">
      {options.map((o) => {
        const style = o.correct ? tone.right : o.selected ? tone.wrong : tone.neutral;
        return (
          <div role="listitem" key={o.id} className={`flex gap-3 rounded-lg border px-3 py-2.5 ${style}`} data-option={o.id} data-correct={o.correct} data-selected={o.selected}>
            {o.correct || o.selected ? <Mark ok={o.correct} /> : <span aria-hidden className="size-5 shrink-0" />}
            <div className="min-w-0 text-[0.95rem] leading-snug">
              <p className="font-medium text-zinc-900 dark:text-zinc-100">
                <InlineCode text={o.text} />
                <span className="sr-only">{o.correct ? " (a right answer)" : " (not a right answer)"}</span>
                {o.selected && <span className="ml-2 inline-block rounded whitespace-nowrap bg-zinc-900/5 px-1.5 py-0.5 text-xs font-medium text-zinc-600 dark:bg-white/10 dark:text-zinc-300">Your answer</span>}
              </p>
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400"><InlineCode text={o.explanation} /></p>
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** Simulated terminal output, as the widget's terminal shows it (inline size and leading: the lesson's `.prose pre` rules would otherwise win). */
function Terminal({ text, label }: { text: string; label: string }) {
  return (
    <pre aria-label={label} style={{ fontSize: "0.75rem", lineHeight: 1.45 }} className="max-h-72 overflow-auto rounded-lg bg-zinc-950 px-3 py-2.5 font-mono whitespace-pre text-zinc-100">{text}</pre>
  );
}

export function QuestionFeedback({ result }: { result: QuestionResult }) {
  const d = result.detail;
  switch (d.type) {
    case "single":
    case "multiple":
      return <Options options={d.options} />;
    case "true-false":
      return (
        <div className="space-y-3">
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            The statement is <strong>{d.answer ? "true" : "false"}</strong>.{" "}
            {d.verdict === null ? "You did not say." : d.verdict === d.answer ? "You said so too." : `You said ${d.verdict ? "true" : "false"}.`}
          </p>
          <Options options={d.justifications} />
        </div>
      );
    case "ordering":
      return (
        <div className="space-y-3">
          <p className="text-sm font-medium text-zinc-700 dark:text-zinc-300">The right order:</p>
          <div role="list" className="space-y-2">
            {d.order.map((step, i) => (
              <div role="listitem" key={step.id} className={`flex items-start gap-3 rounded-lg border px-3 py-2 ${d.inPlace[i] ? tone.right : tone.wrong}`}>
                <span aria-hidden className="grid size-6 shrink-0 place-items-center rounded-full bg-white/70 text-xs font-semibold dark:bg-zinc-900/60">{i + 1}</span>
                <span className="text-[0.95rem] leading-snug">
                  <InlineCode text={step.text} />
                  <span className="sr-only">{d.inPlace[i] ? " (you had this step here)" : " (you had another step here)"}</span>
                </span>
              </div>
            ))}
          </div>
          <p className="text-sm text-zinc-600 dark:text-zinc-400"><InlineCode text={d.explanation} /></p>
        </div>
      );
    case "matching":
      return (
        <div role="list" className="space-y-2">
          {d.items.map((m) => (
            <div role="listitem" key={m.id} className={`flex gap-3 rounded-lg border px-3 py-2.5 ${m.ok ? tone.right : tone.wrong}`}>
              <Mark ok={m.ok} />
              <div className="min-w-0 text-[0.95rem] leading-snug">
                <p className="font-medium text-zinc-900 dark:text-zinc-100">
                  <InlineCode text={m.text} /> → <InlineCode text={m.correctText} />
                </p>
                {!m.ok && (
                  <p className="mt-0.5 text-sm text-zinc-700 dark:text-zinc-300">
                    {m.chosenText ? <>You chose: <InlineCode text={m.chosenText} /></> : "You did not match this one."}
                  </p>
                )}
                <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400"><InlineCode text={m.explanation} /></p>
              </div>
            </div>
          ))}
        </div>
      );
    case "command":
      return (
        <div className="space-y-3">
          <div className={`flex gap-3 rounded-lg border px-3 py-2.5 ${result.correct ? tone.right : tone.wrong}`}>
            <Mark ok={result.correct} />
            <div className="min-w-0 text-[0.95rem] leading-snug">
              <p className="font-medium text-zinc-900 dark:text-zinc-100">
                {d.command === null ? "You did not give a command." : <>You ran <code className="font-mono text-sm">{d.command}</code></>}
              </p>
              {d.message && <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300" data-check-message>{d.message}</p>}
            </div>
          </div>
          {d.output && <Terminal text={d.output} label="What the simulated terminal printed" />}
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            One command that works: <code className="rounded bg-zinc-900/5 px-1.5 py-0.5 font-mono text-sm dark:bg-white/10">{d.example}</code>
          </p>
          <p className="text-sm text-zinc-600 dark:text-zinc-400"><InlineCode text={d.explanation} /></p>
        </div>
      );
    case "predict":
      return (
        <div className="space-y-3">
          <div className={`flex gap-3 rounded-lg border px-3 py-2.5 ${result.correct ? tone.right : tone.wrong}`}>
            <Mark ok={result.correct} />
            <p className="text-[0.95rem] font-medium leading-snug text-zinc-900 dark:text-zinc-100">
              The simulator: {d.actual}{d.unit ? ` ${d.unit}` : ""}
              <span className="font-normal text-zinc-700 dark:text-zinc-300">
                {" · "}{d.value === null ? "you did not predict" : `you predicted ${d.value}`}
              </span>
            </p>
          </div>
          <Terminal text={d.transcript} label="What the simulator did" />
          <p className="text-sm text-zinc-600 dark:text-zinc-400"><InlineCode text={d.explanation} /></p>
        </div>
      );
    case "numeric":
      return (
        <div className={`flex gap-3 rounded-lg border px-3 py-2.5 ${result.correct ? tone.right : tone.wrong}`}>
          <Mark ok={result.correct} />
          <div className="text-[0.95rem] leading-snug">
            <p className="font-medium text-zinc-900 dark:text-zinc-100">
              Answer: {d.answer}{d.unit ? ` ${d.unit}` : ""}{d.tolerance > 0 ? ` (± ${d.tolerance})` : ""}
              {d.value !== null && !result.correct && <span className="font-normal text-zinc-700 dark:text-zinc-300"> · you answered {d.value}</span>}
            </p>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400"><InlineCode text={d.explanation} /></p>
          </div>
        </div>
      );
  }
}
