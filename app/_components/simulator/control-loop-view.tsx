"use client";

// The control-loop view: the cluster's components, with each trace entry drawn as a message
// moving between them (API request, etcd write, watch delivery) or a component lighting up
// (reconcile, scheduling decision, kubelet action); the filterable entry list beside it; and a
// step-through mode that pauses time and advances one entry at a time, saying why it happened
// (its cause) and showing the object it is about. Motion is dropped for prefers-reduced-motion.
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { TraceEvent } from "@/lib/sim";
import { alsoNotified, COMPONENTS, DEFAULT_FILTER, edgeOf, explain, FILTERS, kindOf, summary, visible, type Component, type EntryKind, type TraceFilter } from "./control-loop";
import { formatVirtualTime } from "./format";
import type { Simulator } from "./use-simulator";

const BOX = { w: 130, h: 40 };
const KIND_STYLE: Record<EntryKind, string> = {
  write: "bg-sky-100 text-sky-800 dark:bg-sky-500/15 dark:text-sky-300",
  read: "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400",
  store: "bg-violet-100 text-violet-800 dark:bg-violet-500/15 dark:text-violet-300",
  watch: "bg-amber-100 text-amber-800 dark:bg-amber-500/15 dark:text-amber-300",
  reconcile: "bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300",
  schedule: "bg-fuchsia-100 text-fuchsia-800 dark:bg-fuchsia-500/15 dark:text-fuchsia-300",
  kubelet: "bg-teal-100 text-teal-800 dark:bg-teal-500/15 dark:text-teal-300",
  fault: "bg-red-100 text-red-800 dark:bg-red-500/15 dark:text-red-300",
};
const KIND_LABEL: Record<EntryKind, string> = { write: "API", read: "read", store: "etcd", watch: "watch", reconcile: "reconcile", schedule: "schedule", kubelet: "kubelet", fault: "fault" };

function subscribeMotion(cb: () => void) {
  const q = window.matchMedia("(prefers-reduced-motion: reduce)");
  q.addEventListener("change", cb);
  return () => q.removeEventListener("change", cb);
}

export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribeMotion, () => window.matchMedia("(prefers-reduced-motion: reduce)").matches, () => true);
}

const pos = (c: Component) => COMPONENTS.find((x) => x.id === c)!;

/** Where a message leaves a box toward another: the point on the box edge facing it. */
function anchor(from: Component, to: Component): [number, number] {
  const a = pos(from);
  const b = pos(to);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const sx = dx === 0 ? Infinity : BOX.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : BOX.h / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return [a.x + dx * s, a.y + dy * s];
}

function Diagram({ entry, reduced }: { entry: TraceEvent | undefined; reduced: boolean }) {
  const edge = entry ? edgeOf(entry) : null;
  const lit = new Set<Component>(edge ? [edge.from, edge.to, ...(entry ? alsoNotified(entry) : [])] : []);
  const moving = edge && edge.from !== edge.to ? edge : null;
  const [x1, y1] = moving ? anchor(moving.from, moving.to) : [0, 0];
  const [x2, y2] = moving ? anchor(moving.to, moving.from) : [0, 0];
  const wires: [Component, Component][] = [["kubectl", "apiserver"], ["apiserver", "etcd"], ["apiserver", "controllers"], ["apiserver", "scheduler"], ["apiserver", "kubelet"], ["apiserver", "proxy"]];
  const markerId = useId().replace(/:/g, "");
  return (
    <svg viewBox="0 0 570 262" className="h-auto w-full" role="img" aria-label={entry ? `Control loop: ${summary(entry)}` : "Control loop: waiting for activity"}>
      <defs>
        <marker id={`${markerId}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" className="fill-brand-500" />
        </marker>
      </defs>
      {wires.map(([a, b]) => {
        const [ax, ay] = anchor(a, b);
        const [bx, by] = anchor(b, a);
        return <line key={`${a}-${b}`} x1={ax} y1={ay} x2={bx} y2={by} className="stroke-zinc-300 dark:stroke-zinc-700" strokeWidth={1.2} strokeDasharray="3 4" />;
      })}
      {moving && (
        <g key={entry!.id} data-edge={`${moving.from}-${moving.to}`}>
          <line x1={x1} y1={y1} x2={x2} y2={y2} className="sim-pulse stroke-brand-500" strokeWidth={2} markerEnd={`url(#${markerId}-arrow)`} />
          {!reduced && (
            <circle r={5} className="fill-brand-500">
              <animateMotion dur="0.6s" fill="freeze" path={`M${x1},${y1} L${x2},${y2}`} />
            </circle>
          )}
        </g>
      )}
      {COMPONENTS.map((c) => {
        const on = lit.has(c.id);
        return (
          <g key={c.id} data-component={c.id} data-active={on}>
            <rect
              key={on ? `on-${entry?.id}` : "off"}
              x={c.x - BOX.w / 2}
              y={c.y - BOX.h / 2}
              width={BOX.w}
              height={BOX.h}
              rx={9}
              className={on ? "sim-pulse fill-brand-50 stroke-brand-500 dark:fill-brand-500/15" : "fill-white stroke-zinc-300 dark:fill-zinc-900 dark:stroke-zinc-700"}
              strokeWidth={on ? 2 : 1}
            />
            <text x={c.x} y={c.y - 2} textAnchor="middle" className={`text-[12px] font-semibold ${on ? "fill-zinc-950 dark:fill-white" : "fill-zinc-700 dark:fill-zinc-300"}`}>
              {c.label}
            </text>
            <text x={c.x} y={c.y + 12} textAnchor="middle" className="fill-zinc-500 text-[9px]">
              {c.sub}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const chip = "rounded-full border px-2 py-0.5 text-[11px] font-medium transition focus-visible:outline-2 focus-visible:outline-brand-500";
const ctl =
  "inline-flex h-7 items-center gap-1 rounded-md border border-zinc-300 px-2 text-xs font-medium text-zinc-700 transition hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-500 disabled:opacity-40 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800";

export function ControlLoopView({ sim }: { sim: Simulator }) {
  const [filter, setFilter] = useState<TraceFilter>(DEFAULT_FILTER);
  /** The entry being looked at; null follows the newest (live). */
  const [cursor, setCursor] = useState<number | null>(null);
  /** "Next" past the newest entry: the id to find a successor of, while time is stepped. */
  const [seekFrom, setSeekFrom] = useState<number | null>(null);
  const [object, setObject] = useState<{ id: number; title: string; yaml: string } | null>(null);
  const stepping = useRef(false);
  const tries = useRef(0);
  const listRef = useRef<HTMLOListElement>(null);
  const reduced = useReducedMotion();
  const { trace } = sim;

  const list = useMemo(() => trace.filter((e) => visible(e, filter)), [trace, filter]);
  const byId = useMemo(() => new Map(trace.map((e) => [e.id, e])), [trace]);
  const arrived = seekFrom !== null ? list.find((e) => e.id > seekFrom) : undefined;
  const seeking = seekFrom !== null && !arrived;
  const shown = arrived ? arrived.id : cursor;
  const current = shown === null ? list.at(-1) : byId.get(shown);
  const index = current ? list.findIndex((e) => e.id === current.id) : -1;

  // "Next" at the end of what happened so far: step the simulation until a visible entry comes
  // (each step's trace entries re-run this; heartbeats alone do not stop it).
  useEffect(() => {
    if (!seeking || stepping.current) return;
    stepping.current = true;
    void sim.step().then((n) => {
      stepping.current = false;
      if (n === 0 || ++tries.current >= 40) setSeekFrom(null);
    });
  }, [seeking, trace, sim]);

  // Keep the current entry in sight inside the list (not the page).
  useEffect(() => {
    const el = listRef.current?.querySelector<HTMLElement>('[aria-current="true"]');
    const box = listRef.current;
    if (!el || !box) return;
    if (el.offsetTop < box.scrollTop) box.scrollTop = el.offsetTop - 4;
    else if (el.offsetTop + el.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = el.offsetTop + el.offsetHeight - box.clientHeight + 4;
  }, [current?.id]);

  const enterStep = () => {
    if (shown === null) sim.pause();
  };
  const go = (id: number | null) => {
    setCursor(id);
    setSeekFrom(null);
  };
  const prev = () => {
    enterStep();
    const i = index < 0 ? list.length - 1 : index - 1;
    if (i >= 0) go(list[i]!.id);
  };
  const next = () => {
    enterStep();
    if (index >= 0 && index < list.length - 1 && shown !== null) go(list[index + 1]!.id);
    else {
      const from = current?.id ?? 0;
      setCursor(from);
      tries.current = 0;
      setSeekFrom(from);
    }
  };
  const live = () => {
    go(null);
    sim.play();
  };
  const pick = (id: number) => {
    enterStep();
    go(id);
  };
  const showObject = async (e: TraceEvent) => setObject({ id: e.id, ...(await sim.traceObject(e.id)) });
  const toggle = (k: EntryKind) =>
    setFilter((f) => {
      const kinds = new Set(f.kinds);
      if (kinds.has(k)) kinds.delete(k);
      else kinds.add(k);
      return { ...f, kinds };
    });

  const cause = current?.cause !== undefined ? byId.get(current.cause) : undefined;
  const currentKind = current ? kindOf(current) : null;

  return (
    <div className="grid gap-3" data-testid="control-loop">
      <div className="min-w-0 space-y-2">
        <div className="rounded-xl border border-zinc-200 bg-zinc-50/60 p-2 dark:border-zinc-800 dark:bg-zinc-900/40">
          <Diagram entry={current} reduced={reduced} />
        </div>
        <section aria-label="Selected event" aria-live="polite" className="rounded-xl border border-zinc-200 p-3 text-xs dark:border-zinc-800">
          {current && currentKind ? (
            <>
              <p className="flex flex-wrap items-center gap-2">
                <span className={`rounded px-1.5 py-0.5 text-[10px] font-semibold uppercase tracking-wide ${KIND_STYLE[currentKind]}`}>{KIND_LABEL[currentKind]}</span>
                <span className="font-mono text-zinc-500">#{current.id} · {formatVirtualTime(current.at)}</span>
                <span className="font-medium text-zinc-950 dark:text-white">{summary(current)}</span>
              </p>
              <ul className="mt-2 space-y-1 text-zinc-700 dark:text-zinc-300">
                {explain(current).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
              <p className="mt-2 text-zinc-500">
                {cause ? (
                  <>
                    Caused by{" "}
                    <button type="button" onClick={() => pick(cause.id)} className="font-mono text-brand-600 underline-offset-2 hover:underline dark:text-brand-400">
                      #{cause.id} {summary(cause)}
                    </button>
                  </>
                ) : current.cause !== undefined ? (
                  `Caused by #${current.cause} (no longer on this page).`
                ) : (
                  "Started by a timer or by you, not by another entry."
                )}
              </p>
              <div className="mt-2 flex items-center gap-2">
                <button type="button" className={ctl} onClick={() => void showObject(current)}>
                  Show object
                </button>
              </div>
              {object && object.id === current.id && (
                <div className="mt-2">
                  <p className="mb-1 font-mono text-[11px] text-zinc-500">{object.title}</p>
                  <pre aria-label="Object at this event" style={{ fontSize: 11, lineHeight: 1.6, padding: 8 }} className="max-h-64 overflow-auto rounded-md bg-zinc-950 font-mono text-zinc-200">
                    {object.yaml}
                  </pre>
                </div>
              )}
            </>
          ) : (
            <p className="text-zinc-500">Nothing has happened yet. Run a command — for example <code className="font-mono">kubectl create deployment web --image=nginx --replicas=2</code> — and watch the loop.</p>
          )}
        </section>
      </div>
      <div className="flex min-h-0 min-w-0 flex-col gap-2">
        <div role="group" aria-label="Step through" className="flex flex-wrap items-center gap-1.5">
          <button type="button" className={ctl} onClick={prev} disabled={list.length === 0 || index === 0} aria-label="Previous event">
            ◀ Prev
          </button>
          <button type="button" className={ctl} onClick={next} disabled={seeking} aria-label="Next event">
            {seeking ? "Waiting…" : "Next ▶"}
          </button>
          <button type="button" className={`${ctl} ${shown === null ? "border-brand-500 text-brand-700 dark:text-brand-400" : ""}`} onClick={live} aria-pressed={shown === null}>
            <span aria-hidden className={`size-1.5 rounded-full ${shown === null ? "bg-emerald-500" : "bg-zinc-400"}`} /> Live
          </button>
          <span className="ml-auto text-[11px] tabular-nums text-zinc-500">{list.length > 0 ? `${index + 1} / ${list.length}` : "0 events"}</span>
        </div>
        <div role="group" aria-label="Filters" className="flex flex-wrap gap-1">
          {FILTERS.map((f) => {
            const on = filter.kinds.has(f.kind);
            return (
              <button key={f.kind} type="button" aria-pressed={on} onClick={() => toggle(f.kind)} className={`${chip} ${on ? `border-transparent ${KIND_STYLE[f.kind]}` : "border-zinc-300 text-zinc-500 dark:border-zinc-700"}`}>
                {f.label}
              </button>
            );
          })}
          <label className="inline-flex items-center gap-1 text-[11px] text-zinc-500">
            <input type="checkbox" checked={filter.noisy} onChange={(e) => setFilter((f) => ({ ...f, noisy: e.target.checked }))} className="accent-brand-600" />
            reads &amp; heartbeats
          </label>
        </div>
        <input
          type="search"
          value={filter.text}
          onChange={(e) => setFilter((f) => ({ ...f, text: e.target.value }))}
          placeholder="Filter: web, pods, scheduler…"
          aria-label="Filter events by text"
          className="h-7 rounded-md border border-zinc-300 bg-white px-2 text-xs text-zinc-900 placeholder:text-zinc-400 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
        />
        <ol ref={listRef} aria-label="Control-loop events" className="relative h-64 min-h-0 overflow-auto rounded-xl border border-zinc-200 p-1 dark:border-zinc-800">
          {list.slice(-400).map((e) => {
            const k = kindOf(e)!;
            const on = e.id === current?.id;
            return (
              <li key={e.id}>
                <button
                  type="button"
                  aria-current={on}
                  onClick={() => pick(e.id)}
                  className={`flex w-full items-baseline gap-1.5 rounded-md px-1.5 py-1 text-left text-[11px] leading-snug transition ${on ? "bg-brand-50 ring-1 ring-brand-500/50 dark:bg-brand-500/10" : "hover:bg-zinc-100 dark:hover:bg-zinc-800/60"}`}
                >
                  <span className="shrink-0 font-mono tabular-nums text-zinc-400">{formatVirtualTime(e.at)}</span>
                  <span className={`shrink-0 rounded px-1 text-[9px] font-semibold uppercase tracking-wide ${KIND_STYLE[k]}`}>{KIND_LABEL[k]}</span>
                  <span className="min-w-0 break-words font-mono text-zinc-800 dark:text-zinc-200">{summary(e)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
