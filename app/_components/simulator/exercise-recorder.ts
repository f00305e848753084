// Exercise mode's bookkeeping, pure so it is tested without a worker: the learner's action log
// as the grader replays it (lib/exercises/action-log.ts) and the exercise's scripted events,
// fired in the grader's order (an event due at the same virtual time as an action runs first).
import type { Action, ActionLog } from "@/lib/exercises/action-log";
import type { ScriptedEvent } from "@/lib/exercises/types";

export class ExerciseRecorder {
  private readonly actions: Action[] = [];
  /** Scripted events, by time then authored order (as lib/exercises' timeline sorts them). */
  private readonly events: ScriptedEvent[];
  private nextEvent = 0;

  constructor(events: readonly ScriptedEvent[] = []) {
    this.events = events.map((e, index) => ({ e, index })).sort((a, b) => a.e.at - b.e.at || a.index - b.index).map((x) => x.e);
  }

  /** The next scripted event not fired yet, if it is due at or before `ms`. */
  dueBy(ms: number): ScriptedEvent | undefined {
    const e = this.events[this.nextEvent];
    return e && e.at <= ms ? e : undefined;
  }

  /** Marks the event returned by dueBy as fired. */
  fired(): void {
    this.nextEvent++;
  }

  /** Records a learner action at virtual time `at` (whole milliseconds, as the grader requires). */
  record(at: number, action: Omit<Action, "at">): void {
    this.actions.push({ ...action, at: Math.round(at) } as Action);
  }

  /**
   * The log to send: every recorded action and a final `wait` at the clock's time, so the
   * grader runs the clock as far as the learner did. The recording itself is not changed:
   * checking twice, then acting again, still gives one well-ordered log.
   */
  log(nowMs: number): ActionLog {
    const last = this.actions[this.actions.length - 1]?.at ?? 0;
    return [...this.actions, { at: Math.max(last, Math.round(nowMs)), kind: "wait" }];
  }
}
