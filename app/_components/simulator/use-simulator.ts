"use client";

// The page's handle on one widget's worker: starts it, validates what it sends, keeps the
// latest clock and cluster view in React state, and turns requests into promises.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Action, FaultSpec } from "@/lib/exercises/action-log";
import type { TraceEvent } from "@/lib/sim";
import { parseFromWorker, type ClockState, type Diagnostic, type InitOptions, type ObjectRef, type Output, type Speed, type ToWorker } from "./protocol";
import type { ClusterView } from "./view-model";

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  diagnostics: Diagnostic[];
}

/** Trace entries kept on the page for the control-loop view (heartbeats included). */
const TRACE_KEEP = 3000;

export interface StreamChunk {
  stdout: string;
  stderr: string;
  done: boolean;
}

/** A terminal line that may keep printing (`get -w`): its first answer, and Ctrl-C. */
export interface Running {
  result: Promise<CommandResult & { streaming: boolean }>;
  interrupt(): void;
}

export interface Inspection {
  yaml: Output;
  events: Output;
  describe: Output;
}

type Pending = (m: { type: string } & Record<string, unknown>) => void;

export interface Simulator {
  ready: boolean;
  failure: string | null;
  clock: ClockState;
  view: ClusterView | null;
  trace: TraceEvent[];
  kubectl(line: string, stdin?: string): Promise<CommandResult>;
  /** A terminal line: `onChunk` receives a streaming command's later output until it is done. */
  run(line: string, onChunk: (c: StreamChunk) => void): Running;
  complete(line: string, cursor: number): Promise<{ from: number; candidates: string[] }>;
  inspect(target: ObjectRef): Promise<Inspection>;
  fault(fault: FaultSpec): Promise<CommandResult>;
  traceObject(entry: number): Promise<{ title: string; yaml: string }>;
  apply(yaml: string): Promise<CommandResult>;
  play(): void;
  pause(): void;
  setSpeed(speed: Speed): void;
  step(): Promise<number>;
  /** Exercise mode: the learner's action log (ending with a `wait` now) and the state hash. */
  attempt(): Promise<{ actions: Action[]; stateHash: string }>;
}

export function useSimulator(options: InitOptions = {}): Simulator {
  const worker = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, Pending>());
  const streams = useRef(new Map<number, (c: StreamChunk) => void>());
  const nextId = useRef(1);
  const [ready, setReady] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [clock, setClock] = useState<ClockState>({ now: 0, playing: true, speed: 1 });
  const [view, setView] = useState<ClusterView | null>(null);
  const [trace, setTrace] = useState<TraceEvent[]>([]);
  const { seed, nodes, snapshot, exercise } = options;

  useEffect(() => {
    const w = new Worker(new URL("./sim.worker.ts", import.meta.url), { type: "module", name: "reconcile-sim" });
    worker.current = w;
    const waiting = pending.current;
    w.onmessage = (e: MessageEvent) => {
      const m = parseFromWorker(e.data);
      if (!m) return;
      switch (m.type) {
        case "clock":
          setClock({ now: m.now, playing: m.playing, speed: m.speed });
          setReady(true);
          break;
        case "view":
          setView(m.view);
          break;
        case "trace":
          setTrace((t) => [...t, ...m.entries].slice(-TRACE_KEEP));
          break;
        case "failed":
          setFailure(m.message);
          break;
        case "stream": {
          const listener = streams.current.get(m.id);
          if (m.done) streams.current.delete(m.id);
          listener?.({ stdout: m.stdout, stderr: m.stderr, done: m.done });
          break;
        }
        case "completions":
        case "inspected":
        case "traceObject":
        case "result":
        case "stepped":
        case "snapshot":
        case "attempt": {
          const resolve = waiting.get(m.id);
          waiting.delete(m.id);
          resolve?.(m);
          break;
        }
      }
    };
    w.onerror = (e) => setFailure(e.message || "The simulator stopped.");
    w.postMessage({ type: "init", options: { seed, nodes, snapshot, exercise } } satisfies ToWorker);
    const open = streams.current;
    return () => {
      w.terminate();
      worker.current = null;
      waiting.clear();
      // A stream cut off by a restart ends, so its terminal gets its prompt back.
      for (const listener of open.values()) listener({ stdout: "", stderr: "", done: true });
      open.clear();
    };
  }, [seed, nodes, snapshot, exercise]);

  const send = useCallback((m: ToWorker) => worker.current?.postMessage(m), []);
  const request = useCallback(<T,>(make: (id: number) => ToWorker, pick: (m: Record<string, unknown>) => T) => {
    const id = nextId.current++;
    return new Promise<T>((resolve) => {
      pending.current.set(id, (m) => resolve(pick(m)));
      send(make(id));
    });
  }, [send]);

  // Actions keep their identity across clock ticks, so memoised panels do not re-render.
  const actions = useMemo(() => {
    const toResult = (m: Record<string, unknown>) => ({ stdout: m.stdout, stderr: m.stderr, exitCode: m.exitCode, diagnostics: m.diagnostics }) as CommandResult;
    return {
      kubectl: (line: string, stdin?: string) => request((id) => ({ type: "kubectl", id, line, stdin }), toResult),
      run: (line: string, onChunk: (c: StreamChunk) => void): Running => {
        let streamId = 0;
        const result = request(
          (id) => {
            streamId = id;
            streams.current.set(id, onChunk);
            return { type: "kubectl", id, line };
          },
          (m) => {
            if (m.streaming !== true) streams.current.delete(streamId);
            return { ...toResult(m), streaming: m.streaming === true };
          },
        );
        return { result, interrupt: () => send({ type: "interrupt", id: streamId }) };
      },
      complete: (line: string, cursor: number) => request((id) => ({ type: "complete", id, line, cursor }), (m) => ({ from: m.from as number, candidates: m.candidates as string[] })),
      inspect: (target: ObjectRef) => request((id) => ({ type: "inspect", id, target }), (m) => ({ yaml: m.yaml, events: m.events, describe: m.describe }) as Inspection),
      fault: (fault: FaultSpec) => request((id) => ({ type: "fault", id, fault }), toResult),
      traceObject: (entry: number) => request((id) => ({ type: "traceObject", id, entry }), (m) => ({ title: m.title as string, yaml: m.yaml as string })),
      apply: (yaml: string) => request((id) => ({ type: "apply", id, yaml }), toResult),
      play: () => send({ type: "play" }),
      pause: () => send({ type: "pause" }),
      setSpeed: (speed: Speed) => send({ type: "speed", speed }),
      step: () => request((id) => ({ type: "step", id }), (m) => m.events as number),
      attempt: () => request((id) => ({ type: "attempt", id }), (m) => ({ actions: m.actions as Action[], stateHash: m.stateHash as string })),
    };
  }, [request, send]);

  return useMemo(() => ({ ready, failure, clock, view, trace, ...actions }), [ready, failure, clock, view, trace, actions]);
}
