// The review schedule (Leitner boxes), pure so the rules are tested without a database.
// A question the learner misses (in a quiz or in review) goes to box 1, due a day later: the
// explanation was just on screen, so asking again at once would test memory of the screen.
// A right answer in review moves it one box up, each box waiting longer; a right answer in
// the last box masters it and it leaves the set. Times are passed in, never read here.

/** Days a question waits in box n (index n − 1) before it is due again. */
export const REVIEW_INTERVALS_DAYS = [1, 3, 7, 16] as const;
export const LAST_BOX = REVIEW_INTERVALS_DAYS.length;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReviewSchedule {
  box: number;
  dueAt: Date;
  /** Set when the question leaves the set; null while it is still being reviewed. */
  masteredAt: Date | null;
}

const clampBox = (box: number) => (Number.isInteger(box) ? Math.min(LAST_BOX, Math.max(1, box)) : 1);

export function intervalDays(box: number): number {
  return REVIEW_INTERVALS_DAYS[clampBox(box) - 1]!;
}

const after = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS);

/** A missed answer, anywhere: back to box 1, due tomorrow (a mastered question returns to the set). */
export function afterMiss(now: Date): ReviewSchedule {
  return { box: 1, dueAt: after(now, intervalDays(1)), masteredAt: null };
}

/**
 * A review answer. Right: one box up, due after that box's interval counted from now (an
 * early review also counts, so "practise now" is never wasted); right in the last box:
 * mastered. Wrong: afterMiss.
 */
export function afterReview(box: number, correct: boolean, now: Date): ReviewSchedule {
  if (!correct) return afterMiss(now);
  const current = clampBox(box);
  if (current >= LAST_BOX) return { box: LAST_BOX, dueAt: now, masteredAt: now };
  const next = current + 1;
  return { box: next, dueAt: after(now, intervalDays(next)), masteredAt: null };
}

export function isDue(item: { dueAt: Date; masteredAt: Date | null }, now: Date): boolean {
  return item.masteredAt === null && item.dueAt.getTime() <= now.getTime();
}

/**
 * "due now", "due tomorrow", "due in 3 days" from `now`: the nearest whole day, at least one,
 * so a question scheduled 3 days after an answer a minute ago still reads "in 3 days".
 */
export function dueLabel(dueAt: Date, now: Date): string {
  const ms = dueAt.getTime() - now.getTime();
  if (ms <= 0) return "due now";
  const days = Math.max(1, Math.round(ms / DAY_MS));
  return days === 1 ? "due tomorrow" : `due in ${days} days`;
}
