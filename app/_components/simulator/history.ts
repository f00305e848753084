// Command history with shell semantics: ↑/↓ walk it, the line being typed is kept as a
// draft to come back to, empty lines and immediate repeats are not recorded.

export const HISTORY_LIMIT = 200;

export class History {
  private entries: string[];
  private index: number;
  private draft = "";

  constructor(entries: readonly string[] = [], private readonly limit = HISTORY_LIMIT) {
    this.entries = entries.slice(-limit);
    this.index = this.entries.length;
  }

  list(): readonly string[] {
    return this.entries;
  }

  push(line: string): void {
    const trimmed = line.trim();
    if (trimmed && this.entries[this.entries.length - 1] !== line) {
      this.entries.push(line);
      if (this.entries.length > this.limit) this.entries.shift();
    }
    this.reset();
  }

  /** Leaves the walk: the next ↑ starts from the newest entry again. */
  reset(): void {
    this.index = this.entries.length;
    this.draft = "";
  }

  /** The previous entry, or null at the oldest; `current` is saved as the draft when leaving it. */
  up(current: string): string | null {
    if (this.index === 0) return null;
    if (this.index === this.entries.length) this.draft = current;
    return this.entries[--this.index]!;
  }

  /** The next entry, the draft after the newest, or null when already on the draft. */
  down(): string | null {
    if (this.index >= this.entries.length) return null;
    this.index++;
    return this.index === this.entries.length ? this.draft : this.entries[this.index]!;
  }
}

/** History entries from stored JSON; anything malformed yields an empty history. */
export function parseStoredHistory(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string").slice(-HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}
