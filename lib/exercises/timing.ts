// Moving the virtual clock to an exact millisecond. cluster.advance takes seconds and adds
// seconds × 1000 to the clock; for many integers d, (d / 1000) × 1000 is not exactly d in
// floating point (94,367 of the first 7.2 million), which would leave the clock on a
// fractional millisecond and make replays disagree with the widget. Whole seconds and then a
// remainder below 1,000 ms are exact, and advancing in pieces fires the same timers in the
// same order as one advance (timers are ordered by (due, seq), not by call).
import type { SimCluster } from "./sim-adapter";

/** Largest single advance, so a long wait still yields to the caller's CPU budget. */
export const ADVANCE_CHUNK_SECONDS = 60;

/** Advances to `targetMs` (no-op when already there), one chunk per iteration of the generator. */
export function* advanceTo(cluster: SimCluster, targetMs: number): Generator<void, void> {
  for (;;) {
    const gap = targetMs - cluster.now();
    if (gap <= 0) return;
    const whole = Math.min(Math.floor(gap / 1000), ADVANCE_CHUNK_SECONDS);
    cluster.advance(whole > 0 ? whole : gap / 1000);
    yield;
  }
}

/** advanceTo without pauses, for the widget and tests. */
export function advanceToNow(cluster: SimCluster, targetMs: number): void {
  for (const _ of advanceTo(cluster, targetMs)) void _;
}
