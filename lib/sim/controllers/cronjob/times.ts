// When a CronJob should run (pkg/controller/cronjob/utils.go mostRecentScheduleTime,
// nextScheduleTime, nextScheduleTimeDuration), on Unix milliseconds.
import type { Schedule } from "./schedule";

/** The requeue lands this long after the schedule time (nextScheduleDelta). */
export const NEXT_SCHEDULE_DELTA_MS = 100;

export interface CronTimes {
  /** creationTimestamp, or lastScheduleTime once set (Unix ms). */
  created: number;
  lastSchedule: number | undefined;
  startingDeadlineSeconds: number | undefined;
}

export interface MostRecent {
  earliest: number;
  /** The latest missed schedule time at or before now, if any. */
  mostRecent: number | undefined;
  missed: number;
  error?: string;
}

export function mostRecentScheduleTime(cj: CronTimes, now: number, schedule: Schedule, includeStartingDeadline: boolean): MostRecent {
  let earliest = cj.lastSchedule ?? cj.created;
  if (includeStartingDeadline && cj.startingDeadlineSeconds !== undefined) {
    const deadline = now - cj.startingDeadlineSeconds * 1000;
    if (deadline > earliest) earliest = deadline;
  }
  const t1 = schedule.next(earliest);
  if (Number.isNaN(t1) || now < t1) return { earliest, mostRecent: undefined, missed: 0 };
  const t2 = schedule.next(t1);
  if (Number.isNaN(t2) || now < t2) return { earliest, mostRecent: t1, missed: 1 };
  // Rough count of missed runs from the interval between two runs, then walk the last few.
  const between = Math.round((t2 - t1) / 1000);
  if (between < 1) return { earliest, mostRecent: undefined, missed: 0, error: "time difference between two schedules is less than 1 second" };
  const elapsed = Math.trunc((now - t1) / 1000);
  const missed = Math.trunc(elapsed / between) + 1;
  const potentialEarliest = t1 + (missed - 2) * between * 1000;
  let mostRecent: number | undefined;
  for (let t = schedule.next(potentialEarliest); !Number.isNaN(t) && t <= now; t = schedule.next(t)) mostRecent = t;
  return { earliest, mostRecent, missed };
}

/** How long until the next sync: just after the schedule time following the most recent one. */
export function nextScheduleDelay(cj: CronTimes, now: number, schedule: Schedule): number | undefined {
  const r = mostRecentScheduleTime(cj, now, schedule, false);
  if (r.error) return undefined;
  const from = r.mostRecent ?? r.earliest;
  const next = schedule.next(from);
  return Number.isNaN(next) ? undefined : next + NEXT_SCHEDULE_DELTA_MS - now;
}
