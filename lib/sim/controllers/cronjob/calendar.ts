// Civil calendar arithmetic on Unix milliseconds without Date (lib/sim may not use it): the
// fields cron matches on (year, month, day, weekday, hour, minute, second) and back.
import { civilFromDays } from "../../clock";

const DAY = 86_400_000;

/** Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Civil {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  /** 0 = Sunday */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

export function civil(ms: number): Civil {
  const days = Math.floor(ms / DAY);
  const rest = ms - days * DAY;
  const [year, month, day] = civilFromDays(days);
  return {
    year,
    month,
    day,
    weekday: (((days + 4) % 7) + 7) % 7, // 1970-01-01 was a Thursday
    hour: Math.floor(rest / 3_600_000),
    minute: Math.floor(rest / 60_000) % 60,
    second: Math.floor(rest / 1000) % 60,
  };
}

/** Like Go's time.Date: out-of-range months and days normalise (month 13 → January next year). */
export function fromCivil(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return (daysFromCivil(y, m, 1) + day - 1) * DAY + hour * 3_600_000 + minute * 60_000 + second * 1000;
}

const pad = (n: number) => String(n).padStart(2, "0");
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** RFC 3339 in UTC, second precision (metav1.Time). */
export function rfc3339(ms: number): string {
  const c = civil(ms);
  return `${String(c.year).padStart(4, "0")}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}Z`;
}

/** Go's time.RFC1123Z of a UTC time: "Mon, 02 Jan 2006 15:04:05 +0000". */
export function rfc1123z(ms: number): string {
  const c = civil(ms);
  return `${DAYS[c.weekday]}, ${pad(c.day)} ${MONTHS[c.month - 1]} ${c.year} ${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)} +0000`;
}
