// Shapes of an exercise: the public definition (shipped to the browser with the lesson) and
// the server-only part (checks, reference solution), kept in separate files so check code
// never reaches a client bundle.
import type { NodeSpec } from "@/lib/sim";
import type { Action, FaultSpec } from "./action-log";

/** Widget panels an exercise turns on. */
export type Panel = "terminal" | "editor" | "nodes" | "pods" | "events" | "trace" | "faults" | "clock";

/** A fault the exercise injects on its own at a virtual time, e.g. "at 30 s node kind-worker2 fails". */
export interface ScriptedEvent {
  /** Virtual milliseconds since the exercise started. */
  at: number;
  fault: FaultSpec;
}

export interface ExerciseStart {
  seed: number;
  /** As createCluster's `nodes`: a count (control plane + workers) or node specs. */
  nodes?: number | NodeSpec[];
  /** Objects present at t=0, as multi-document YAML (applied like `kubectl apply -f -`). */
  objects?: string;
  /**
   * Faults fired by the exercise itself. An event due at the same virtual time as a learner
   * action runs first (the widget and the grader share this order).
   */
  events?: ScriptedEvent[];
}

/** The public half of an exercise (content/<module>/<lesson>/exercise.ts). */
export interface Exercise {
  /** Stable id used in the URL (/api/exercises/<id>/check) and the database. */
  id: string;
  /** "<module>/<lesson>" of the lesson that embeds it. */
  lesson: string;
  title: string;
  /** The task, in Markdown. */
  task: string;
  /** Authored hints, shown one at a time in this order. */
  hints: string[];
  start: ExerciseStart;
  panels: Panel[];
}

/** What a check helper answers: pass or fail, with a message written for the learner. */
export interface CheckOutcome {
  pass: boolean;
  message: string;
}

/** A check's outcome as stored and returned by the grading endpoint. */
export interface CheckResult {
  id: string;
  passed: boolean;
  message: string;
}

/** The minimal API object shape checks read (lib/sim's objects satisfy it). */
export interface ApiObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    uid: string;
    generation?: number;
    deletionTimestamp?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: { kind: string; name: string; uid: string; controller?: boolean }[];
  };
  spec?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  status?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A write the store made, seen by history checks at the exact virtual time it happened. */
export interface ObjectChange {
  type: "ADDED" | "MODIFIED" | "DELETED";
  /** Plural resource, e.g. "pods", "deployments". */
  resource: string;
  object: ApiObject;
  at: number;
}

/** An API request sent while a learner action ran, with the learner as the user (from the trace). */
export interface LearnerApiCall {
  at: number;
  verb: string;
  resource: string;
  namespace?: string;
  name?: string;
  code: number;
}

/** One learner action as replayed: what was sent, what kubectl answered, which requests it made. */
export interface ActionRecord {
  index: number;
  action: Action;
  exitCode: number;
  stdout: string;
  stderr: string;
  apiCalls: LearnerApiCall[];
}

/** Read-only view of the final cluster. */
export interface ClusterView {
  now(): number;
  get(resource: string, namespace: string | undefined, name: string): ApiObject | undefined;
  /** Objects of a resource, optionally in one namespace and matching a label selector. */
  list(resource: string, namespace?: string, selector?: string): ApiObject[];
}

export interface GradeContext {
  cluster: ClusterView;
  actions: readonly ActionRecord[];
}

/** One grading run of a check. Created fresh per replay, so no state leaks between learners. */
export interface CheckRun {
  /** The starting cluster, before any scripted event or learner action (t=0). */
  begin?(cluster: ClusterView): void;
  /** Every store write during the replay, in order (history checks). */
  onChange?(change: ObjectChange): void;
  finish(ctx: GradeContext): CheckOutcome;
}

export interface Check {
  id: string;
  /** What the learner must achieve, shown next to the result. */
  title: string;
  start(): CheckRun;
}

/** A plausible wrong solution and the check it must fail (authoring safety test). */
export interface WrongSolution {
  name: string;
  actions: Action[];
  fails: string;
  /** Text the failing check's message must contain. */
  message?: string;
}

/** The server half of an exercise (content/<module>/<lesson>/exercise.checks.ts, server-only). */
export interface ExerciseChecks {
  exerciseId: string;
  checks: Check[];
  /** An action log that passes every check. */
  reference: Action[];
  wrong?: WrongSolution[];
}
