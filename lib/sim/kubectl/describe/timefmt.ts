// Go's time.RFC1123Z layout ("Mon, 02 Jan 2006 15:04:05 -0700") for RFC 3339 UTC timestamps,
// computed arithmetically (lib/sim may not use Date).
import { rfc3339ToMs } from "../../node/time";

const DAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]; // 1970-01-01 was a Thursday
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Thu, 01 Jan 2026 00:00:45 +0000"; Go prints the zero time for an unset timestamp. */
export function rfc1123z(ts: string | undefined | null): string {
  const ms = ts ? rfc3339ToMs(ts) : NaN;
  if (!ts || Number.isNaN(ms)) return "Mon, 01 Jan 0001 00:00:00 +0000";
  const days = Math.floor(ms / 86_400_000);
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(ts)!;
  return `${DAYS[((days % 7) + 7) % 7]}, ${m[3]} ${MONTHS[Number(m[2]) - 1]} ${m[1]} ${m[4]}:${m[5]}:${m[6]} +0000`;
}
