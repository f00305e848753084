// Replays a learner's action log in a fresh cluster from the exercise's start: scripted events
// and learner actions merged on one virtual timeline (an event due at the same time as an
// action runs first), the clock advanced exactly to each one. A generator, so the caller can
// pause between steps (CPU budget, yielding the event loop) without the replay knowing why.
import type { Action } from "./action-log";
import { apiCallsSince, clusterView, injectFault, tapChanges, traceMark, type SimCluster } from "./sim-adapter";
import { freshStartCluster } from "./start";
import { advanceTo } from "./timing";
import type { ActionRecord, ClusterView, Exercise, ObjectChange } from "./types";

/** The API user kubectl (and so the learner's terminal and editor) writes as. */
export const LEARNER_USER = "kubectl";
const FAULT_USER = "faults";

export interface Replayed {
  cluster: SimCluster;
  records: ActionRecord[];
}

type Step = { kind: "event"; at: number; index: number } | { kind: "action"; at: number; index: number };

/** Scripted events and actions in replay order: by time, events before actions at the same time. */
export function timeline(exercise: Exercise, actions: readonly Action[]): Step[] {
  const events = (exercise.start.events ?? []).map((e, index) => ({ kind: "event" as const, at: e.at, index }));
  events.sort((a, b) => a.at - b.at || a.index - b.index);
  const steps: Step[] = [];
  let e = 0;
  actions.forEach((a, index) => {
    while (e < events.length && events[e]!.at <= a.at) steps.push(events[e++]!);
    steps.push({ kind: "action", at: a.at, index });
  });
  // Events after the learner's last action never happened for the learner: not replayed.
  return steps;
}

/** One learner action on the cluster: what kubectl answered and the API requests it made (the instructor replay steps through these too). */
export function runAction(cluster: SimCluster, action: Action, index: number): ActionRecord {
  const mark = traceMark(cluster);
  let out = { stdout: "", stderr: "", exitCode: 0 };
  let user = LEARNER_USER;
  switch (action.kind) {
    case "kubectl":
      out = cluster.kubectl(action.payload.line, action.payload.stdin);
      break;
    case "apply":
      out = cluster.kubectl("apply -f -", action.payload.yaml);
      break;
    case "fault": {
      user = FAULT_USER;
      const r = injectFault(cluster, action.payload);
      out = { stdout: r.ok ? `${r.message}\n` : "", stderr: r.ok ? "" : `${r.message}\n`, exitCode: r.ok ? 0 : 1 };
      break;
    }
    case "wait":
      break;
  }
  return { index, action, ...out, apiCalls: apiCallsSince(cluster, mark, user) };
}

export interface Observer {
  begin(start: ClusterView): void;
  change(c: ObjectChange): void;
}

/**
 * Replays `actions` (already validated by actionLogSchema). `observe` sees the starting
 * cluster, then every store write after it. Yields between steps; throws only on a broken exercise definition.
 */
export function* replay(exercise: Exercise, actions: readonly Action[], observe?: Observer): Generator<void, Replayed> {
  const cluster = freshStartCluster(exercise.start);
  if (observe) {
    observe.begin(clusterView(cluster));
    tapChanges(cluster, observe.change);
  }
  const records: ActionRecord[] = [];
  for (const step of timeline(exercise, actions)) {
    yield* advanceTo(cluster, step.at);
    if (step.kind === "event") {
      injectFault(cluster, exercise.start.events![step.index]!.fault);
    } else {
      records.push(runAction(cluster, actions[step.index]!, step.index));
    }
    yield;
  }
  return { cluster, records };
}
