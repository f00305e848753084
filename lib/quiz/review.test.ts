import { describe, expect, it } from "vitest";
import { afterMiss, afterReview, dueLabel, intervalDays, isDue, LAST_BOX, REVIEW_INTERVALS_DAYS } from "./review";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-03-01T10:00:00.000Z");
const plus = (days: number) => new Date(now.getTime() + days * DAY);

describe("review schedule", () => {
  it("a miss puts the question in box 1, due tomorrow, not mastered", () => {
    expect(afterMiss(now)).toEqual({ box: 1, dueAt: plus(1), masteredAt: null });
  });

  it("right answers climb the boxes with growing intervals, then master the question", () => {
    let box = 1;
    const seen: number[] = [];
    for (;;) {
      const s = afterReview(box, true, now);
      if (s.masteredAt) {
        expect(s.masteredAt).toEqual(now);
        break;
      }
      expect(s.box).toBe(box + 1);
      seen.push((s.dueAt.getTime() - now.getTime()) / DAY);
      box = s.box;
    }
    expect(seen).toEqual([3, 7, 16]);
    expect(box).toBe(LAST_BOX);
  });

  it("a wrong review answer from any box goes back to box 1, due tomorrow", () => {
    for (let box = 1; box <= LAST_BOX; box++) expect(afterReview(box, false, now)).toEqual(afterMiss(now));
  });

  it("intervals grow strictly and out-of-range boxes are clamped", () => {
    for (let i = 1; i < REVIEW_INTERVALS_DAYS.length; i++) expect(REVIEW_INTERVALS_DAYS[i]!).toBeGreaterThan(REVIEW_INTERVALS_DAYS[i - 1]!);
    expect(intervalDays(0)).toBe(1);
    expect(intervalDays(99)).toBe(16);
    expect(intervalDays(Number.NaN)).toBe(1);
    expect(afterReview(99, true, now).masteredAt).toEqual(now);
    expect(afterReview(-3, true, now)).toEqual({ box: 2, dueAt: plus(3), masteredAt: null });
  });

  it("is due from dueAt on, never once mastered", () => {
    expect(isDue({ dueAt: plus(1), masteredAt: null }, now)).toBe(false);
    expect(isDue({ dueAt: now, masteredAt: null }, now)).toBe(true);
    expect(isDue({ dueAt: plus(-2), masteredAt: null }, now)).toBe(true);
    expect(isDue({ dueAt: plus(-2), masteredAt: now }, now)).toBe(false);
  });

  it("labels due dates in the nearest whole day, at least one", () => {
    expect(dueLabel(now, now)).toBe("due now");
    expect(dueLabel(plus(-1), now)).toBe("due now");
    expect(dueLabel(new Date(now.getTime() + 1000), now)).toBe("due tomorrow");
    expect(dueLabel(plus(1), now)).toBe("due tomorrow");
    expect(dueLabel(plus(2.5), now)).toBe("due in 3 days");
    expect(dueLabel(new Date(plus(3).getTime() + 30_000), now)).toBe("due in 3 days");
    expect(dueLabel(plus(1.4), now)).toBe("due tomorrow");
  });
});
