"use client";

import { useState } from "react";
import { ClusterView } from "@/app/_components/simulator/cluster-view";
import type { ReplayStep } from "@/lib/instructor/replay-steps";

interface CheckRow {
  id: string;
  title: string;
  passed: boolean;
  message: string;
}

const clock = (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.floor((ms % 60000) / 1000)).padStart(2, "0")}.${String(ms % 1000).padStart(3, "0")}`;

/** Read-only step viewer: previous/next, a slider and the step list to jump; arrow keys on the controls. */
export function AttemptReplay({ steps, checks }: { steps: ReplayStep[]; checks: CheckRow[] }) {
  const [n, setN] = useState(0);
  const last = steps.length - 1;
  const step = steps[n]!;
  const go = (i: number) => setN(Math.max(0, Math.min(last, i)));
  const button = "h-9 rounded-lg border border-zinc-200 px-3 text-sm font-medium hover:bg-zinc-50 disabled:opacity-40 dark:border-zinc-700 dark:hover:bg-zinc-900";

  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
      <aside className="space-y-6">
        <section aria-labelledby="steps-title">
          <h3 id="steps-title" className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">Steps ({steps.length})</h3>
          <ol className="mt-2 max-h-[28rem] space-y-0.5 overflow-y-auto pr-1 text-sm">
            {steps.map((s) => (
              <li key={s.n}>
                <button
                  type="button"
                  onClick={() => go(s.n)}
                  aria-current={s.n === n ? "step" : undefined}
                  className={`flex w-full items-baseline gap-2 rounded-lg px-2 py-1 text-left ${s.n === n ? "bg-brand-50 text-brand-700 dark:bg-brand-500/15 dark:text-brand-400" : "hover:bg-zinc-50 dark:hover:bg-zinc-900"}`}
                >
                  <span className="w-6 shrink-0 text-right font-mono text-xs text-zinc-400">{s.n}</span>
                  <span className={`min-w-0 flex-1 truncate font-mono text-xs ${s.kind === "event" ? "text-amber-700 dark:text-amber-400" : ""}`}>{s.title}</span>
                  {s.exitCode !== 0 && <span className="text-xs font-semibold text-red-600" title="exit code">✗<span className="sr-only"> failed</span></span>}
                </button>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="checks-title">
          <h3 id="checks-title" className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">Checks of this attempt</h3>
          <ul className="mt-2 space-y-2 text-sm" data-testid="attempt-checks">
            {checks.map((c) => (
              <li key={c.id} className={`rounded-xl border p-2.5 ${c.passed ? "border-emerald-500/30" : "border-red-500/40 bg-red-50/60 dark:bg-red-500/10"}`}>
                <p className="font-medium">
                  <span aria-hidden className={c.passed ? "text-emerald-600" : "text-red-600"}>{c.passed ? "✓ " : "✗ "}</span>
                  <span className="sr-only">{c.passed ? "Passed: " : "Failed: "}</span>
                  {c.title}
                </p>
                <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">{c.message}</p>
              </li>
            ))}
          </ul>
        </section>
      </aside>

      <section aria-label="Selected step" className="min-w-0">
        <div
          className="flex flex-wrap items-center gap-2"
          role="group"
          aria-label="Step controls"
          onKeyDown={(e) => {
            if (e.key === "ArrowLeft") go(n - 1);
            if (e.key === "ArrowRight") go(n + 1);
          }}
        >
          <button type="button" className={button} onClick={() => go(0)} disabled={n === 0}>First<span className="sr-only"> step</span></button>
          <button type="button" className={button} onClick={() => go(n - 1)} disabled={n === 0}>← Previous</button>
          <button type="button" className={button} onClick={() => go(n + 1)} disabled={n === last}>Next →</button>
          <button type="button" className={button} onClick={() => go(last)} disabled={n === last}>Last<span className="sr-only"> step</span></button>
          <label className="ml-2 flex flex-1 items-center gap-2 text-xs text-zinc-500">
            <span className="sr-only">Jump to step</span>
            <input type="range" min={0} max={last} value={n} onChange={(e) => go(Number(e.target.value))} className="w-full accent-brand-600" />
          </label>
          <p className="font-mono text-xs text-zinc-500 tabular-nums" aria-live="polite" data-testid="step-position">
            step {n} of {last} · t={clock(step.at)}
          </p>
        </div>

        <div className="mt-4 overflow-hidden rounded-2xl border border-zinc-200 dark:border-zinc-800">
          <div className="border-b border-zinc-200 bg-zinc-950 px-4 py-3 font-mono text-sm text-zinc-100 dark:border-zinc-800">
            <p data-testid="step-command">
              <span className="text-zinc-500">{step.kind === "action" ? "$ " : "# "}</span>
              {step.title}
            </p>
            {step.manifest && (
              <details className="mt-2">
                <summary className="cursor-pointer text-xs text-zinc-400">manifest ({step.manifest.split("\n").length} lines)</summary>
                <pre className="mt-1 max-h-64 overflow-auto text-xs text-zinc-300">{step.manifest}</pre>
              </details>
            )}
            {(step.stdout || step.stderr) && (
              <pre className="mt-2 max-h-72 overflow-auto text-xs whitespace-pre" data-testid="step-output">
                {step.stdout}
                {step.stderr && <span className="text-red-400">{step.stderr}</span>}
              </pre>
            )}
            {step.kind === "action" && step.exitCode !== 0 && <p className="mt-1 text-xs text-red-400">exit code {step.exitCode}</p>}
          </div>
          <div className="p-4">
            <h4 className="mb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Cluster after this step</h4>
            <ClusterView view={step.view} />
            <details className="mt-3">
              <summary className="cursor-pointer text-xs font-medium text-zinc-500">kubectl get all -A</summary>
              <pre className="mt-2 max-h-72 overflow-auto rounded-lg bg-zinc-50 p-3 font-mono text-xs dark:bg-zinc-900">{step.getAll}</pre>
            </details>
            {step.apiCalls.length > 0 && (
              <details className="mt-2">
                <summary className="cursor-pointer text-xs font-medium text-zinc-500">API requests this step made ({step.apiCalls.length})</summary>
                <ul className="mt-1 font-mono text-xs text-zinc-600 dark:text-zinc-400">
                  {step.apiCalls.map((c, i) => (
                    <li key={i}>
                      {c.verb.toUpperCase()} {c.resource}
                      {c.name ? `/${c.name}` : ""} → {c.code}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        </div>
      </section>
    </div>
  );
}
