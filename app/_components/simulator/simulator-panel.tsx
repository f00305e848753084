"use client";

// The widget's frame shared by <Playground /> and (later) <Exercise />: header with the
// virtual clock and time controls, the cluster view, and a Terminal / YAML tab panel.
import "./simulator.css";
import { useEffect, useId, useState, type ReactNode } from "react";
import { ClusterView } from "./cluster-view";
import { ControlLoopView } from "./control-loop-view";
import { Inspector } from "./inspector";
import type { ObjectRef } from "./protocol";
import { INTERACTIVE_MARK, Terminal } from "./terminal";
import { TimeControls } from "./time-controls";
import type { Simulator } from "./use-simulator";
import { preloadEditor, YamlEditor } from "./yaml-editor";

type Tab = "terminal" | "yaml";
const TABS: { id: Tab; label: string }[] = [
  { id: "terminal", label: "Terminal" },
  { id: "yaml", label: "YAML editor" },
];

interface Props {
  sim: Simulator;
  title: string;
  /** Stable per widget: keys the stored command history. */
  storageKey: string;
  children?: ReactNode;
}

type Look = "cluster" | "loop";
const LOOKS: { id: Look; label: string }[] = [
  { id: "cluster", label: "Cluster" },
  { id: "loop", label: "Control loop" },
];

export function SimulatorPanel({ sim, title, storageKey, children }: Props) {
  const [tab, setTabState] = useState<Tab>("terminal");
  // CodeMirror loads when the editor is first opened (or, idle, after the terminal), not on start.
  const [editorOpened, setEditorOpened] = useState(false);
  const setTab = (next: Tab) => {
    setTabState(next);
    if (next === "yaml") setEditorOpened(true);
  };
  const [look, setLook] = useState<Look>("cluster");
  const [selected, setSelected] = useState<ObjectRef | null>(null);
  const base = useId();
  // Once the widget is up, fetch the editor in idle time, so opening its tab is instant; only
  // after the terminal accepts input, so CodeMirror never competes with xterm for the main thread.
  const { ready } = sim;
  useEffect(() => {
    if (!ready) return;
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 1000));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    let handle = 0;
    const later = () => {
      if (performance.getEntriesByName(INTERACTIVE_MARK).length === 0) handle = idle(later);
      else void preloadEditor().catch(() => undefined);
    };
    handle = idle(later);
    return () => cancel(handle);
  }, [ready]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + (e.key === "ArrowRight" ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next.id);
    document.getElementById(`${base}-tab-${next.id}`)?.focus();
  };

  return (
    <section aria-label={title} className="sim-widget not-prose my-8 overflow-hidden rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900/40">
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
        <div className="flex items-center gap-2">
          <span aria-hidden className={`size-2 rounded-full ${sim.failure ? "bg-red-500" : sim.ready ? "bg-emerald-500" : "animate-pulse bg-zinc-400"}`} />
          <h3 className="text-sm font-semibold text-zinc-950 dark:text-white">{title}</h3>
          <span className="hidden text-xs text-zinc-500 sm:inline">{sim.view ? `${sim.view.nodes.length} nodes · simulated` : "starting…"}</span>
        </div>
        <TimeControls clock={sim.clock} disabled={!sim.ready} onPlay={sim.play} onPause={sim.pause} onStep={() => void sim.step()} onSpeed={sim.setSpeed} />
      </header>
      {sim.failure && (
        <p role="alert" className="border-b border-red-500/30 bg-red-50 px-3 py-2 text-xs text-red-700 dark:bg-red-500/10 dark:text-red-400">
          The simulator stopped: {sim.failure}
        </p>
      )}
      {children}
      <div className="p-3">
        <div className="mb-2 flex items-center justify-between gap-2">
          <div role="radiogroup" aria-label="View" className="flex rounded-lg bg-zinc-100 p-0.5 dark:bg-zinc-800">
            {LOOKS.map((l) => (
              <button
                key={l.id}
                type="button"
                role="radio"
                aria-checked={look === l.id}
                onClick={() => setLook(l.id)}
                className={`h-7 rounded-md px-2.5 text-xs font-medium transition focus-visible:outline-2 focus-visible:outline-brand-500 ${
                  look === l.id ? "bg-white text-zinc-950 shadow-sm dark:bg-zinc-600 dark:text-white" : "text-zinc-500 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white"
                }`}
              >
                {l.label}
              </button>
            ))}
          </div>
          {look === "cluster" && !selected && <p className="hidden text-[11px] text-zinc-500 sm:block">Click a node, pod or object to inspect it and inject faults.</p>}
        </div>
        {look === "cluster" ? (
          // Stacked, not side by side: the widget sits in a lesson column, narrower than the viewport suggests.
          <div className="space-y-3">
            <ClusterView view={sim.view} onSelect={setSelected} selected={selected} />
            {selected && (
              <div className="h-[24rem] min-h-0">
                <Inspector key={`${selected.resource}/${selected.namespace ?? ""}/${selected.name}`} sim={sim} target={selected} onClose={() => setSelected(null)} />
              </div>
            )}
          </div>
        ) : (
          <ControlLoopView sim={sim} />
        )}
      </div>
      <div role="tablist" aria-label="Tools" className="flex gap-1 border-t border-zinc-200 px-2 pt-1.5 dark:border-zinc-800" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`${base}-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`${base}-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            className={`rounded-t-md border-b-2 px-3 py-1.5 text-xs font-medium transition focus-visible:outline-2 focus-visible:outline-brand-500 ${
              tab === t.id ? "border-brand-500 text-zinc-950 dark:text-white" : "border-transparent text-zinc-500 hover:text-zinc-900 dark:hover:text-zinc-200"
            }`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="h-80 border-t border-zinc-200 dark:border-zinc-800">
        <div id={`${base}-panel-terminal`} role="tabpanel" aria-labelledby={`${base}-tab-terminal`} hidden={tab !== "terminal"} className="h-full">
          <Terminal historyKey={`reconcile:history:${storageKey}`} run={sim.run} complete={sim.complete} visible={tab === "terminal"} />
        </div>
        <div id={`${base}-panel-yaml`} role="tabpanel" aria-labelledby={`${base}-tab-yaml`} hidden={tab !== "yaml"} className="h-full">
          {editorOpened && <YamlEditor apply={sim.apply} disabled={!sim.ready} />}
        </div>
      </div>
    </section>
  );
}
