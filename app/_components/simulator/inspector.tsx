"use client";

// The inspector: the object clicked in the cluster view, as kubectl shows it (its YAML, its
// events, `kubectl describe`), all three through the worker's kubectl, and the fault actions
// that apply to it. Faults go through the worker's fault path, so an exercise records them.
import { useEffect, useId, useRef, useState } from "react";
import type { FaultSpec } from "@/lib/exercises/action-log";
import type { ObjectRef } from "./protocol";
import type { Inspection, Simulator } from "./use-simulator";
import type { ClusterView } from "./view-model";

type Pane = "yaml" | "events" | "describe";
const PANES: { id: Pane; label: string }[] = [
  { id: "yaml", label: "YAML" },
  { id: "events", label: "Events" },
  { id: "describe", label: "Describe" },
];

/** Refreshes at most this often while the cluster changes under an open inspector. */
const REFRESH_MS = 1000;

const action =
  "inline-flex h-7 items-center gap-1 rounded-md border px-2 text-xs font-medium transition focus-visible:outline-2 focus-visible:outline-brand-500 disabled:opacity-40";
const neutral = `${action} border-zinc-300 text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800`;
const danger = `${action} border-red-500/40 text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-500/10`;

const KIND_LABEL: Record<string, string> = { pods: "Pod", nodes: "Node", deployments: "Deployment", replicasets: "ReplicaSet", statefulsets: "StatefulSet", daemonsets: "DaemonSet", services: "Service" };

/** The faults the view offers for an object (none for controllers and services). */
export function faultsFor(target: ObjectRef, view: ClusterView | null): { label: string; fault: FaultSpec; tone: "neutral" | "danger" }[] {
  if (target.resource === "pods") {
    const pod = view && [...view.nodes.flatMap((n) => n.pods), ...view.unscheduled].find((p) => p.name === target.name && p.namespace === (target.namespace ?? "default"));
    const ns = target.namespace ?? "default";
    const crash = (pod?.containers ?? []).map((c, _i, all) => ({
      label: all.length > 1 ? `Crash ${c}` : "Crash container",
      fault: { type: "killContainer", namespace: ns, pod: target.name, container: c } as FaultSpec,
      tone: "danger" as const,
    }));
    return [...crash, { label: "Delete pod", fault: { type: "deletePod", namespace: ns, pod: target.name }, tone: "danger" }];
  }
  if (target.resource === "nodes") {
    const node = view?.nodes.find((n) => n.name === target.name);
    return [
      { label: "Fail node", fault: { type: "failNode", node: target.name }, tone: "danger" },
      { label: "Recover node", fault: { type: "recoverNode", node: target.name }, tone: "neutral" },
      node?.unschedulable
        ? { label: "Uncordon", fault: { type: "uncordon", node: target.name }, tone: "neutral" }
        : { label: "Cordon", fault: { type: "cordon", node: target.name }, tone: "neutral" },
      { label: "Drain", fault: { type: "drain", node: target.name }, tone: "danger" },
    ];
  }
  return [];
}

/** Keyed by the object in its parent, so switching objects starts from an empty state. */
export function Inspector({ sim, target, onClose }: { sim: Simulator; target: ObjectRef; onClose(): void }) {
  const [pane, setPane] = useState<Pane>("yaml");
  const [data, setData] = useState<Inspection | null>(null);
  const [note, setNote] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const base = useId();
  const last = useRef(0);
  const key = `${target.resource}/${target.namespace ?? ""}/${target.name}`;
  const { inspect, view } = sim;

  // Load on open, then follow the cluster (throttled): the YAML and events move as time runs.
  useEffect(() => {
    let live = true;
    const wait = Math.max(0, last.current + REFRESH_MS - Date.now());
    const timer = setTimeout(() => {
      last.current = Date.now();
      void inspect(target).then((d) => live && setData(d));
    }, wait);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `view` is the trigger: a new view means the cluster changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, view, inspect]);

  const faults = faultsFor(target, view);
  const run = async (f: FaultSpec) => {
    setBusy(true);
    try {
      const r = await sim.fault(f);
      setNote({ text: (r.stdout || r.stderr).trim(), ok: r.exitCode === 0 });
    } finally {
      setBusy(false);
    }
  };
  const out = data?.[pane];
  const empty = pane === "events" && out && !out.stdout.trim() ? (out.stderr.trim() || "No events.") : null;

  return (
    <aside aria-label={`Inspector: ${KIND_LABEL[target.resource] ?? target.resource} ${target.name}`} className="sim-enter flex min-h-0 min-w-0 flex-col overflow-hidden rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950">
      <header className="flex items-start justify-between gap-2 border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
        <div className="min-w-0">
          <p className="text-[11px] font-medium uppercase tracking-wide text-zinc-500">{KIND_LABEL[target.resource] ?? target.resource}</p>
          <h4 className="truncate font-mono text-sm font-semibold text-zinc-950 dark:text-white">
            {target.namespace && target.resource !== "nodes" ? <span className="text-zinc-400">{target.namespace}/</span> : null}
            {target.name}
          </h4>
        </div>
        <button type="button" onClick={onClose} aria-label="Close the inspector" className="rounded-md p-1 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:bg-zinc-800 dark:hover:text-white">
          <svg viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden>
            <path d="M4 4l8 8M12 4l-8 8" strokeLinecap="round" />
          </svg>
        </button>
      </header>
      {faults.length > 0 && (
        <div role="group" aria-label="Fault actions" className="flex flex-wrap items-center gap-1.5 border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
          {faults.map((f) => (
            <button key={f.label} type="button" disabled={busy || !sim.ready} onClick={() => void run(f.fault)} className={f.tone === "danger" ? danger : neutral}>
              {f.label}
            </button>
          ))}
          {note && (
            <span role="status" aria-label="Fault result" className={`text-xs ${note.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}>
              {note.text}
            </span>
          )}
        </div>
      )}
      <div role="tablist" aria-label="Inspector views" className="flex gap-1 px-2 pt-1.5">
        {PANES.map((p) => (
          <button
            key={p.id}
            id={`${base}-${p.id}`}
            type="button"
            role="tab"
            aria-selected={pane === p.id}
            aria-controls={`${base}-panel`}
            onClick={() => setPane(p.id)}
            className={`rounded-md px-2 py-1 text-xs font-medium transition focus-visible:outline-2 focus-visible:outline-brand-500 ${pane === p.id ? "bg-zinc-100 text-zinc-950 dark:bg-zinc-800 dark:text-white" : "text-zinc-500 hover:text-zinc-900 dark:hover:text-zinc-200"}`}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div id={`${base}-panel`} role="tabpanel" aria-labelledby={`${base}-${pane}`} className="min-h-0 flex-1 overflow-auto px-3 pb-3 pt-2">
        {!out ? (
          <div className="h-24 animate-pulse rounded-md bg-zinc-100 dark:bg-zinc-800/60" aria-label="Loading" />
        ) : empty ? (
          <p className="text-xs text-zinc-500">{empty}</p>
        ) : (
          <pre
            aria-label={`${PANES.find((p) => p.id === pane)!.label} output`}
            // Inline size: lesson prose resets `pre` font sizes inside the widget (simulator.css).
            style={{ fontSize: 11, lineHeight: 1.6 }}
            className="whitespace-pre font-mono text-zinc-800 dark:text-zinc-200"
          >
            {out.stdout}
            {out.stderr && <span className="text-red-600 dark:text-red-400">{out.stderr}</span>}
          </pre>
        )}
      </div>
    </aside>
  );
}
