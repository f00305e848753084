// Time zones for CronJob spec.timeZone (Go's time.LoadLocation). UTC and its aliases are exact
// and fixed; other IANA names resolve through the runtime's Intl tz data (same answers for a
// given runtime; DST transitions are followed only at minute granularity, see schedule.ts).
import { fromCivil } from "./calendar";

export interface Zone {
  name: string;
  /** Milliseconds to add to a UTC instant to get the wall-clock reading in this zone. */
  offsetAt(utcMs: number): number;
}

export const UTC: Zone = { name: "UTC", offsetAt: () => 0 };

const UTC_ALIASES = new Set(["UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu", "GMT", "Etc/GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "GMT0", "GMT+0", "GMT-0", "Etc/Greenwich", "Greenwich"]);

/** Etc/GMT+5 is five hours *behind* UTC (POSIX sign convention). */
function etcOffset(name: string): Zone | undefined {
  const m = /^Etc\/GMT([+-])(\d{1,2})$/.exec(name);
  if (!m) return undefined;
  const hours = Number(m[2]);
  if ((m[1] === "+" && hours > 12) || (m[1] === "-" && hours > 14)) return undefined;
  const offset = (m[1] === "+" ? -1 : 1) * hours * 3_600_000;
  return { name, offsetAt: () => offset };
}

function intlZone(name: string): Zone | undefined {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone: name,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    return undefined;
  }
  // Go's zoneinfo lookup is case-sensitive; Intl is not.
  const resolved = fmt.resolvedOptions().timeZone;
  if (resolved !== name && resolved.toLowerCase() === name.toLowerCase()) return undefined;
  return {
    name,
    offsetAt(utcMs: number): number {
      const parts: Record<string, number> = {};
      for (const p of fmt.formatToParts(utcMs)) if (p.type !== "literal") parts[p.type] = Number(p.value);
      const local = fromCivil(parts.year!, parts.month!, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
      return local - Math.floor(utcMs / 1000) * 1000;
    },
  };
}

/**
 * time.LoadLocation: the zone, or Go's error text. "Local" is the controller-manager's own zone,
 * which is UTC in a kind cluster.
 */
export function loadLocation(name: string): Zone | { error: string } {
  if (name === "" || UTC_ALIASES.has(name)) return name === "" ? UTC : { name, offsetAt: () => 0 };
  if (name === "Local") return { name, offsetAt: () => 0 };
  if (!/^[A-Za-z0-9._+\-/]+$/.test(name)) return { error: `unknown time zone ${name}` };
  return etcOffset(name) ?? intlZone(name) ?? { error: `unknown time zone ${name}` };
}
