"use client";

import { Bar as RBar, BarChart as RBarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface Bar {
  key: string;
  label: string;
  value: number;
  tone: "good" | "bad" | "neutral";
  note?: string;
}

const FILL = { good: "#10b981", bad: "#f87171", neutral: "#a1a1aa" } as const;
const SYMBOL = { good: "✓", bad: "✗", neutral: "" } as const;
const short = (s: string, n = 48) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * A horizontal bar chart (recharts) with its text fallback: the chart is decorative
 * (aria-hidden); the list under it carries every value, the right answer as a word and a
 * symbol, so nothing depends on seeing colours.
 */
export function BarChart({ bars, label, unit }: { bars: Bar[]; label: string; unit: string }) {
  const height = Math.max(60, bars.length * 30 + 10);
  return (
    <figure className="mt-1">
      <div aria-hidden style={{ height }} className="w-full max-w-3xl text-xs">
        <ResponsiveContainer width="100%" height="100%">
          <RBarChart data={bars.map((b) => ({ ...b, name: short(b.label) }))} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <XAxis type="number" allowDecimals={false} hide />
            <YAxis type="category" dataKey="name" width={260} tick={{ fontSize: 11, fill: "currentColor" }} tickLine={false} axisLine={false} />
            <Tooltip cursor={{ fillOpacity: 0.08 }} formatter={(v) => [`${String(v)} ${unit}`, ""]} />
            <RBar dataKey="value" radius={[0, 4, 4, 0]} isAnimationActive={false} label={{ position: "right", fontSize: 11, fill: "currentColor" }}>
              {bars.map((b) => (
                <Cell key={b.key} fill={FILL[b.tone]} />
              ))}
            </RBar>
          </RBarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{label}</figcaption>
      <details className="text-xs text-zinc-600 dark:text-zinc-400">
        <summary className="cursor-pointer text-zinc-500">Values as text</summary>
        <ul className="mt-1 space-y-0.5">
          {bars.map((b) => (
            <li key={b.key}>
              {SYMBOL[b.tone] && <span aria-hidden>{SYMBOL[b.tone]} </span>}
              {b.label}: {b.value} {unit}
              {b.note ? ` (${b.note})` : ""}
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
