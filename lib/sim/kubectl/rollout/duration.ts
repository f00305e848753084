// Go's time.ParseDuration for duration flags (--timeout=90s, 1m30s, 0): milliseconds, or
// undefined when pflag would reject the text.
const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, "µs": 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function parseGoDuration(text: string): number | undefined {
  const m = /^([+-]?)(.*)$/.exec(text)!;
  const body = m[2]!;
  if (body === "0") return 0;
  if (body === "") return undefined;
  let total = 0;
  let rest = body;
  while (rest.length > 0) {
    const part = /^(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/.exec(rest);
    if (!part) return undefined;
    total += Number(part[1]) * UNIT_MS[part[2]!]!;
    rest = rest.slice(part[0].length);
  }
  return m[1] === "-" ? -total : total;
}

export const invalidDuration = (flagName: string, text: string) => `error: invalid argument "${text}" for "--${flagName}" flag: time: invalid duration ${JSON.stringify(text)}\n`;
