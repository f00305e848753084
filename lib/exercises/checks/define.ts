// Small constructors for checks: a state check looks at the final cluster, a history check
// watches the replay and decides at the end. Both return { pass, message }.
import type { Check, CheckOutcome, CheckRun, GradeContext } from "../types";

export const pass = (message: string): CheckOutcome => ({ pass: true, message });
export const fail = (message: string): CheckOutcome => ({ pass: false, message });

/** A check on the final state (and the action records), with no history. */
export function stateCheck(id: string, title: string, evaluate: (ctx: GradeContext) => CheckOutcome): Check {
  return { id, title, start: () => ({ finish: evaluate }) };
}

/** A check that watches the replay; `run` is called once per grading for fresh state. */
export function historyCheck(id: string, title: string, run: () => CheckRun): Check {
  return { id, title, start: run };
}

/** Passes when every part passes; the message is the first failure's (or the last pass's). */
export function allOf(id: string, title: string, ...parts: Check[]): Check {
  return {
    id,
    title,
    start() {
      const runs = parts.map((p) => p.start());
      return {
        begin: (c) => runs.forEach((r) => r.begin?.(c)),
        onChange: (ch) => runs.forEach((r) => r.onChange?.(ch)),
        finish(ctx) {
          let last = pass(title);
          for (const r of runs) {
            const o = r.finish(ctx);
            if (!o.pass) return o;
            last = o;
          }
          return last;
        },
      };
    },
  };
}

/** Virtual time as the learner sees it on the widget's clock: "1m05s", "42s", "0.5s". */
export function formatVirtualTime(ms: number): string {
  if (ms < 1000) return `${ms / 1000}s`;
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h) return `${h}h${String(m).padStart(2, "0")}m${String(s).padStart(2, "0")}s`;
  if (m) return `${m}m${String(s).padStart(2, "0")}s`;
  return `${s}s`;
}

/** "t=1m05s", the form every history message uses for WHEN. */
export const atTime = (ms: number) => `t=${formatVirtualTime(ms)}`;
