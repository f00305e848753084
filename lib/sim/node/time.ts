// Time helpers for printers and the kubelet model. RFC 3339 is parsed arithmetically because
// lib/sim may not use Date (determinism rule).

/** Milliseconds since the Unix epoch for "YYYY-MM-DDTHH:MM:SS(.fff)Z"; NaN when malformed. */
export function rfc3339ToMs(ts: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?Z$/.exec(ts);
  if (!m) return NaN;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  const frac = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  return daysFromCivil(y!, mo!, d!) * 86_400_000 + ((h! * 60 + mi!) * 60 + s!) * 1000 + Math.floor(frac);
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

import { humanDuration } from "../util/duration";

export { humanDuration };

/**
 * Virtual time 0 as wall-clock epoch ms. Must match clock.ts `timestamp`; a timestamp that
 * does not parse prints "<unknown>" like kubectl's translateTimestampSince(zero).
 */
export let virtualEpochMs = 0;
export function setVirtualEpochMs(ms: number): void {
  virtualEpochMs = ms;
}

/** translateTimestampSince: "<unknown>" for unset, else HumanDuration(now - ts). */
export function sinceText(ts: string | undefined | null, nowVirtualMs: number): string {
  if (!ts) return "<unknown>";
  const t = rfc3339ToMs(ts);
  if (Number.isNaN(t)) return "<unknown>";
  return humanDuration(nowVirtualMs + virtualEpochMs - t);
}
