// client-go flowcontrol.Backoff as the kubelet uses it for container restarts and image pulls:
// delay starts at `initial`, doubles per Next up to `max`; an entry idle for 2*max resets.

export interface BackoffEntry { delayMs: number; lastUpdateMs: number }

export interface BackoffConfig { initialMs: number; maxMs: number }

export const CONTAINER_BACKOFF: BackoffConfig = { initialMs: 10_000, maxMs: 300_000 };
export const IMAGE_BACKOFF: BackoffConfig = { initialMs: 10_000, maxMs: 300_000 };

function expired(e: BackoffEntry, now: number, cfg: BackoffConfig): boolean {
  return now - e.lastUpdateMs > 2 * cfg.maxMs;
}

/** Current delay (Get): 0 when there is no live entry. */
export function backoffGet(e: BackoffEntry | undefined, now: number, cfg: BackoffConfig): number {
  return !e || expired(e, now, cfg) ? 0 : e.delayMs;
}

/** Next: start or double the delay. Returns a new entry (entries are plain data for snapshots). */
export function backoffNext(e: BackoffEntry | undefined, now: number, cfg: BackoffConfig): BackoffEntry {
  if (!e || expired(e, now, cfg)) return { delayMs: cfg.initialMs, lastUpdateMs: now };
  return { delayMs: Math.min(e.delayMs * 2, cfg.maxMs), lastUpdateMs: now };
}
