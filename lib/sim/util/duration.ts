// apimachinery pkg/util/duration: HumanDuration (kubectl's AGE and "(5s ago)" cells) and
// ShortHumanDuration. Go's int(d.Seconds()) truncates toward zero; so does Math.trunc.

const S = 1000;
const M = 60 * S;
const H = 60 * M;

/** duration.HumanDuration: "45s", "2m30s", "10m", "3h", "2d", "2y1d"; "<invalid>" below -1s. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / S);
  if (seconds < -1) return "<invalid>";
  if (seconds < 0) return "0s";
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.trunc(ms / M);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.trunc(ms / H);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    const d = Math.trunc(hours / 24);
    return h === 0 ? `${d}d` : `${d}d${h}h`;
  }
  const days = Math.trunc(hours / 24);
  if (hours < 24 * 365 * 2) return `${days}d`;
  if (hours < 24 * 365 * 8) {
    const dy = days % 365;
    const y = Math.trunc(days / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${Math.trunc(days / 365)}y`;
}

/** duration.ShortHumanDuration: one unit only ("5s", "3m", "2h", "4d", "1y"). */
export function shortHumanDuration(ms: number): string {
  const seconds = Math.trunc(ms / S);
  if (seconds < -1) return "<invalid>";
  if (seconds < 0) return "0s";
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.trunc(ms / M);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.trunc(ms / H);
  if (hours < 24) return `${hours}h`;
  if (hours < 24 * 365) return `${Math.trunc(hours / 24)}d`;
  return `${Math.trunc(hours / 24 / 365)}y`;
}

/** translateTimestampSince: AGE of an RFC 3339 timestamp at virtual `nowMs`; "<unknown>" if unset. */
export function ageSince(timestamp: string | null | undefined, nowMs: number, parse: (ts: string) => number): string {
  if (!timestamp) return "<unknown>";
  return humanDuration(nowMs - parse(timestamp));
}
