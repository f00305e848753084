import { humanDuration } from "../util/duration";
import { EPOCH_MS } from "../clock";

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

/**
 * translateTimestampSince: "<unknown>" for unset or malformed, else HumanDuration(now - ts).
 * `nowVirtualMs` is the cluster's virtual time and `epochMs` the wall-clock ms of its virtual 0
 * (clock.ts; EPOCH_MS unless the cluster was created with another epoch). No module state: two
 * clusters with different epochs print their own ages.
 */
export function sinceText(ts: string | undefined | null, nowVirtualMs: number, epochMs: number = EPOCH_MS): string {
  if (!ts) return "<unknown>";
  const t = rfc3339ToMs(ts);
  if (Number.isNaN(t)) return "<unknown>";
  return humanDuration(nowVirtualMs + epochMs - t);
}

/** Virtual ms of an RFC 3339 timestamp in a cluster whose virtual 0 is `epochMs`; NaN if malformed. */
export const virtualMsOf = (ts: string, epochMs: number): number => rfc3339ToMs(ts) - epochMs;

/**
 * Virtual ms of a timestamp written by the cluster behind `ctx`: its epoch is ctx.timestamp(0),
 * so no epoch is kept anywhere else. NaN when malformed.
 */
export const contextVirtualMs = (ts: string, ctx: { timestamp(at?: number): string }): number =>
  virtualMsOf(ts, rfc3339ToMs(ctx.timestamp(0)));
