"use client";

import { memo } from "react";
import type { ObjectRef } from "./protocol";
import type { ClusterView as View, NodeView, PodView, Tone } from "./view-model";

export type Select = (ref: ObjectRef) => void;

const RESOURCE_OF: Record<string, string> = { Deployment: "deployments", ReplicaSet: "replicasets", StatefulSet: "statefulsets", DaemonSet: "daemonsets", Service: "services" };

export const sameRef = (a: ObjectRef | null | undefined, b: ObjectRef) => !!a && a.resource === b.resource && a.name === b.name && (a.namespace ?? "") === (b.namespace ?? "");

const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-500";

const TONE: Record<Tone, { dot: string; text: string; card: string }> = {
  ok: { dot: "bg-emerald-500", text: "text-emerald-700 dark:text-emerald-400", card: "border-emerald-500/30" },
  progress: { dot: "bg-amber-400 animate-pulse", text: "text-amber-700 dark:text-amber-400", card: "border-amber-500/30" },
  error: { dot: "bg-red-500", text: "text-red-700 dark:text-red-400", card: "border-red-500/40 bg-red-50/60 dark:bg-red-500/10" },
  done: { dot: "bg-zinc-400", text: "text-zinc-500", card: "border-zinc-300 dark:border-zinc-700" },
  terminating: { dot: "bg-zinc-400 animate-pulse", text: "text-zinc-500", card: "border-dashed border-zinc-300 opacity-70 dark:border-zinc-700" },
};

function PodCard({ pod, onSelect, selected }: { pod: PodView; onSelect?: Select; selected?: ObjectRef | null }) {
  const tone = TONE[pod.tone];
  const label = `Pod ${pod.name}: ${pod.status}, ${pod.ready} ready, ${pod.restarts} restarts`;
  const ref = { resource: "pods", namespace: pod.namespace, name: pod.name };
  const isSelected = sameRef(selected, ref);
  return (
    <li aria-label={label} data-pod={pod.name} data-status={pod.status} title={`${pod.namespace}/${pod.name}\n${pod.images.join(", ")}`} className={`sim-enter relative rounded-lg border bg-white px-2.5 py-1.5 transition-colors duration-300 dark:bg-zinc-900 ${tone.card} ${isSelected ? "ring-2 ring-brand-500" : ""}`}>
      {onSelect && (
        <button type="button" aria-label={`Inspect pod ${pod.name}`} aria-pressed={isSelected} onClick={() => onSelect(ref)} className={`absolute inset-0 z-10 rounded-lg hover:bg-zinc-500/5 ${focusRing}`} />
      )}
      <div className="flex items-center gap-1.5">
        <span aria-hidden className={`size-2 shrink-0 rounded-full ${tone.dot}`} />
        <span className="truncate font-mono text-xs font-medium text-zinc-900 dark:text-zinc-100">{pod.name}</span>
      </div>
      <div className="mt-0.5 flex items-center gap-2 pl-3.5 text-[11px] tabular-nums">
        <span className={`truncate font-medium ${tone.text}`}>{pod.status}</span>
        <span className="text-zinc-500">{pod.ready}</span>
        {pod.restarts > 0 && <span className="text-red-600 dark:text-red-400" title="Restarts">↻ {pod.restarts}</span>}
        <span className="ml-auto truncate font-mono text-zinc-400 dark:text-zinc-500">{pod.images[0]}</span>
      </div>
    </li>
  );
}

function NodePanel({ node, onSelect, selected }: { node: NodeView; onSelect?: Select; selected?: ObjectRef | null }) {
  const state = !node.ready ? "NotReady" : node.unschedulable ? "SchedulingDisabled" : "Ready";
  const ref = { resource: "nodes", name: node.name };
  const isSelected = sameRef(selected, ref);
  return (
    <section aria-label={`Node ${node.name}`} data-node={node.name} data-state={state} className={`flex min-w-0 flex-col rounded-xl border p-2 transition-colors duration-300 ${node.ready ? "border-zinc-200 bg-zinc-50/80 dark:border-zinc-800 dark:bg-zinc-900/60" : "border-red-500/40 bg-red-50/40 dark:bg-red-500/5"} ${isSelected ? "ring-2 ring-brand-500" : ""}`}>
      <header className="mb-2 px-0.5">
        <div className="flex items-center gap-1.5">
          <span aria-hidden className={`size-1.5 shrink-0 rounded-full ${node.ready ? "bg-emerald-500" : "bg-red-500"}`} />
          {onSelect ? (
            <button type="button" aria-label={`Inspect node ${node.name}`} aria-pressed={isSelected} onClick={() => onSelect(ref)} className={`truncate rounded font-mono text-xs font-semibold text-zinc-800 hover:text-brand-600 hover:underline dark:text-zinc-200 dark:hover:text-brand-400 ${focusRing}`}>
              {node.name}
            </button>
          ) : (
            <h4 className="truncate font-mono text-xs font-semibold text-zinc-800 dark:text-zinc-200">{node.name}</h4>
          )}
        </div>
        <p className={`pl-3 text-[10px] ${state === "Ready" ? "text-zinc-500" : "font-medium text-red-600 dark:text-red-400"}`}>
          {node.roles.includes("control-plane") ? "control plane" : "worker"} · {state}
        </p>
      </header>
      {node.pods.length > 0 ? (
        <ul className="grid gap-1.5" aria-label={`Pods on ${node.name}`}>
          {node.pods.map((p) => (
            <PodCard key={`${p.namespace}/${p.name}`} pod={p} onSelect={onSelect} selected={selected} />
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-zinc-200 px-2 py-2 text-center text-[11px] text-zinc-400 dark:border-zinc-800 dark:text-zinc-600">no pods</p>
      )}
    </section>
  );
}

/** Nodes as panels holding their pods, pods waiting for a node, then workloads and services. */
export const ClusterView = memo(function ClusterView({ view, onSelect, selected }: { view: View | null; onSelect?: Select; selected?: ObjectRef | null }) {
  if (!view) return <div className="h-32 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-800/60" aria-label="Starting the cluster" />;
  const objects = [
    ...view.workloads.map((w) => ({ key: `${w.kind}/${w.namespace}/${w.name}`, kind: w.kind, namespace: w.namespace, name: w.name, detail: w.ready })),
    ...view.services.map((s) => ({ key: `Service/${s.namespace}/${s.name}`, kind: "Service", namespace: s.namespace, name: s.name, detail: s.ports })),
  ];
  return (
    <div className="space-y-2">
      {view.unscheduled.length > 0 && (
        <section aria-label="Pods waiting for a node" className="rounded-xl border border-dashed border-amber-500/40 p-2">
          <h4 className="mb-1.5 px-0.5 text-[11px] font-medium text-amber-700 dark:text-amber-400">Waiting for a node</h4>
          <ul className="grid gap-1.5 sm:grid-cols-3">
            {view.unscheduled.map((p) => (
              <PodCard key={`${p.namespace}/${p.name}`} pod={p} onSelect={onSelect} selected={selected} />
            ))}
          </ul>
        </section>
      )}
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {view.nodes.map((n) => (
          <NodePanel key={n.name} node={n} onSelect={onSelect} selected={selected} />
        ))}
      </div>
      {objects.length > 0 && (
        <ul aria-label="Workloads and services" className="flex flex-wrap gap-1.5">
          {objects.map((o) => {
            const ref = { resource: RESOURCE_OF[o.kind] ?? o.kind.toLowerCase(), namespace: o.namespace, name: o.name };
            const isSelected = sameRef(selected, ref);
            const body = (
              <>
                <span className="text-zinc-500">{o.kind}</span>
                <span className="font-mono text-zinc-900 dark:text-zinc-100">{o.name}</span>
                <span className="font-mono text-zinc-500">{o.detail}</span>
              </>
            );
            return (
              <li key={o.key} className="sim-enter">
                {onSelect ? (
                  <button type="button" aria-label={`Inspect ${o.kind} ${o.name}`} aria-pressed={isSelected} onClick={() => onSelect(ref)} className={`inline-flex items-center gap-1.5 rounded-md border px-2 py-0.5 text-[11px] transition hover:border-brand-500/60 ${isSelected ? "border-brand-500 ring-1 ring-brand-500" : "border-zinc-200 dark:border-zinc-800"} ${focusRing}`}>
                    {body}
                  </button>
                ) : (
                  <span className="inline-flex items-center gap-1.5 rounded-md border border-zinc-200 px-2 py-0.5 text-[11px] dark:border-zinc-800">{body}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
});
