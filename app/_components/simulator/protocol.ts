// The messages between a simulator widget and its Web Worker. One discriminated union per
// direction; the page validates everything it receives (parseFromWorker) because a worker
// message is untyped data at runtime.
import type { Action, FaultSpec } from "@/lib/exercises/action-log";
import type { ExerciseStart } from "@/lib/exercises/types";
import type { TraceEvent } from "@/lib/sim";
import type { ClusterView } from "./view-model";

export const SPEEDS = [1, 2, 5, 20] as const;
export type Speed = (typeof SPEEDS)[number];

export interface InitOptions {
  seed?: number;
  nodes?: number;
  /** A cluster snapshot to restore instead of creating a fresh cluster. */
  snapshot?: unknown;
  /**
   * Exercise mode: start from the exercise's starting cluster (as the grader does), fire its
   * scripted events on time and record every learner action with its virtual time.
   */
  exercise?: ExerciseStart;
}

/** An object the learner points at in a view: its resource (plural), namespace and name. */
export interface ObjectRef {
  resource: string;
  namespace?: string;
  name: string;
}

export type ToWorker =
  | { type: "init"; options: InitOptions }
  /** A terminal line; a `get -w` answers `streaming: true`, then `stream` chunks until interrupted. */
  | { type: "kubectl"; id: number; line: string; stdin?: string }
  /** Ctrl-C: ends the stream opened by kubectl request `id`. */
  | { type: "interrupt"; id: number }
  /** Tab: completions for the kubectl line at the cursor. */
  | { type: "complete"; id: number; line: string; cursor: number }
  /** The inspector: the object's YAML, events and describe output, through kubectl (not recorded). */
  | { type: "inspect"; id: number; target: ObjectRef }
  /** A fault button (recorded in the exercise's action log like any action). */
  | { type: "fault"; id: number; fault: FaultSpec }
  /** The control-loop view: the object a trace entry is about, as it was then when still known. */
  | { type: "traceObject"; id: number; entry: number }
  | { type: "apply"; id: number; yaml: string }
  | { type: "play" }
  | { type: "pause" }
  | { type: "speed"; speed: Speed }
  | { type: "step"; id: number }
  | { type: "snapshot"; id: number }
  /** Exercise mode: the action log so far (ending with a `wait` at the clock's time) and the state hash. */
  | { type: "attempt"; id: number };

/** A problem located in the applied YAML (1-based line), for inline editor diagnostics. */
export interface Diagnostic {
  line: number;
  message: string;
}

export interface ClockState {
  /** Virtual milliseconds since the cluster started. */
  now: number;
  playing: boolean;
  speed: Speed;
}

/** What one kubectl line printed. */
export interface Output {
  stdout: string;
  stderr: string;
}

export type FromWorker =
  | ({ type: "clock" } & ClockState)
  | { type: "result"; id: number; stdout: string; stderr: string; exitCode: number; diagnostics: Diagnostic[]; streaming?: boolean }
  /** More output of a streaming command; `done` when it ended (interrupted, or its watch expired). */
  | { type: "stream"; id: number; stdout: string; stderr: string; done: boolean }
  | { type: "completions"; id: number; from: number; candidates: string[] }
  | { type: "inspected"; id: number; yaml: Output; events: Output; describe: Output }
  | { type: "traceObject"; id: number; title: string; yaml: string }
  | { type: "stepped"; id: number; now: number; events: number }
  | { type: "view"; view: ClusterView }
  | { type: "trace"; entries: TraceEvent[] }
  | { type: "snapshot"; id: number; snapshot: unknown }
  | { type: "attempt"; id: number; actions: Action[]; stateHash: string }
  | { type: "failed"; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === "string";
export const isSpeed = (v: unknown): v is Speed => SPEEDS.includes(v as Speed);

function isDiagnostic(v: unknown): v is Diagnostic {
  return isObject(v) && isNum(v.line) && isStr(v.message);
}

function isOutput(v: unknown): v is Output {
  return isObject(v) && isStr(v.stdout) && isStr(v.stderr);
}

function isView(v: unknown): v is ClusterView {
  return isObject(v) && Array.isArray(v.nodes) && Array.isArray(v.unscheduled) && Array.isArray(v.workloads) && Array.isArray(v.services);
}

/** The message if `data` is a well-formed FromWorker, otherwise null (and the page ignores it). */
export function parseFromWorker(data: unknown): FromWorker | null {
  if (!isObject(data)) return null;
  switch (data.type) {
    case "clock":
      return isNum(data.now) && typeof data.playing === "boolean" && isSpeed(data.speed) ? (data as FromWorker) : null;
    case "result":
      return isNum(data.id) && isStr(data.stdout) && isStr(data.stderr) && isNum(data.exitCode) && Array.isArray(data.diagnostics) && data.diagnostics.every(isDiagnostic)
        ? (data as FromWorker)
        : null;
    case "stream":
      return isNum(data.id) && isStr(data.stdout) && isStr(data.stderr) && typeof data.done === "boolean" ? (data as FromWorker) : null;
    case "completions":
      return isNum(data.id) && isNum(data.from) && Array.isArray(data.candidates) && data.candidates.every(isStr) ? (data as FromWorker) : null;
    case "inspected":
      return isNum(data.id) && isOutput(data.yaml) && isOutput(data.events) && isOutput(data.describe) ? (data as FromWorker) : null;
    case "traceObject":
      return isNum(data.id) && isStr(data.title) && isStr(data.yaml) ? (data as FromWorker) : null;
    case "stepped":
      return isNum(data.id) && isNum(data.now) && isNum(data.events) ? (data as FromWorker) : null;
    case "view":
      return isView(data.view) ? (data as FromWorker) : null;
    case "trace":
      return Array.isArray(data.entries) && data.entries.every((e) => isObject(e) && isNum(e.id) && isStr(e.type)) ? (data as FromWorker) : null;
    case "snapshot":
      return isNum(data.id) && "snapshot" in data ? (data as FromWorker) : null;
    case "attempt":
      return isNum(data.id) && Array.isArray(data.actions) && data.actions.every((a) => isObject(a) && isNum(a.at) && isStr(a.kind)) && isStr(data.stateHash)
        ? (data as FromWorker)
        : null;
    case "failed":
      return isStr(data.message) ? (data as FromWorker) : null;
    default:
      return null;
  }
}
