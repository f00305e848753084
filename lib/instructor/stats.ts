// Small statistics for the insights, kept apart so they are tested once.

/** Median of the values (mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Counts of each key, most frequent first, ties in first-seen order. */
export function tally<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; count: number; first: T }[] {
  const counts = new Map<string, { key: string; count: number; first: T }>();
  for (const item of items) {
    const k = keyOf(item);
    const entry = counts.get(k);
    if (entry) entry.count++;
    else counts.set(k, { key: k, count: 1, first: item });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

/** Whole-percent share, floor (so 79.9% never reads as 80%); 0 of 0 is 0. */
export const percent = (part: number, whole: number): number => (whole > 0 ? Math.floor((part * 100) / whole) : 0);

/** "1 min 05 s", "12 s", "—" for null: durations on the page and in exports. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`;
}
