// Cron schedules as kube-controller-manager reads them: robfig/cron v3 ParseStandard
// (5 fields minute hour day-of-month month day-of-week, names jan–dec / sun–sat, `*` `?` `,`
// `-` `/`, descriptors @yearly @annually @monthly @weekly @daily @midnight @hourly and
// `@every <Go duration>`, an optional `TZ=`/`CRON_TZ=` prefix), with robfig's error texts,
// and SpecSchedule.Next / ConstantDelaySchedule.Next over Unix milliseconds.
import { civil, fromCivil } from "./calendar";
import { loadLocation, UTC, type Zone } from "./timezone";

export interface Schedule {
  /** The first activation strictly after `ms` (Unix ms); NaN when none within five years. */
  next(ms: number): number;
}

export class CronError extends Error {}

interface Bounds { min: number; max: number; names?: Record<string, number> }

const MINUTES: Bounds = { min: 0, max: 59 };
const HOURS: Bounds = { min: 0, max: 23 };
const DOM: Bounds = { min: 1, max: 31 };
const MONTHS: Bounds = { min: 1, max: 12, names: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 } };
const DOW: Bounds = { min: 0, max: 6, names: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } };

/** One field: the set of allowed values and whether it was a star (affects day matching). */
interface Field { values: Set<number>; star: boolean }

/** strconv.Atoi's error wording for a non-integer. */
function parseUint(expr: string): number {
  if (!/^[+-]?\d+$/.test(expr)) throw new CronError(`failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax`);
  const n = Number(expr);
  if (n < 0) throw new CronError(`negative number (${n}) not allowed: ${expr}`);
  return n;
}

const parseIntOrName = (expr: string, b: Bounds) => b.names?.[expr.toLowerCase()] ?? parseUint(expr);

function parseRange(expr: string, b: Bounds, into: Field): void {
  const rangeAndStep = expr.split("/");
  const lowAndHigh = rangeAndStep[0]!.split("-");
  const single = lowAndHigh.length === 1;
  let start: number;
  let end: number;
  let star = false;
  if (lowAndHigh[0] === "*" || lowAndHigh[0] === "?") {
    start = b.min;
    end = b.max;
    star = true;
  } else {
    start = parseIntOrName(lowAndHigh[0]!, b);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1]!, b);
    else throw new CronError(`too many hyphens: ${expr}`);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    step = parseUint(rangeAndStep[1]!);
    if (single) end = b.max; // "N/step" means N-max/step
    if (step > 1) star = false;
  } else if (rangeAndStep.length > 2) throw new CronError(`too many slashes: ${expr}`);
  if (start < b.min) throw new CronError(`beginning of range (${start}) below minimum (${b.min}): ${expr}`);
  if (end > b.max) throw new CronError(`end of range (${end}) above maximum (${b.max}): ${expr}`);
  if (start > end) throw new CronError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new CronError(`step of range should be a positive number: ${expr}`);
  for (let i = start; i <= end; i += step) into.values.add(i);
  if (star) into.star = true;
}

function parseField(text: string, b: Bounds): Field {
  const f: Field = { values: new Set(), star: false };
  for (const expr of text.split(",").filter((s) => s !== "")) parseRange(expr, b, f);
  return f;
}

const all = (b: Bounds): Field => parseField("*", b);
const only = (v: number): Field => ({ values: new Set([v]), star: false });

interface Spec { minute: Field; hour: Field; dom: Field; month: Field; dow: Field; zone: Zone }

const DESCRIPTORS: Record<string, () => Omit<Spec, "zone">> = {
  "@yearly": () => ({ minute: only(0), hour: only(0), dom: only(1), month: only(1), dow: all(DOW) }),
  "@annually": () => DESCRIPTORS["@yearly"]!(),
  "@monthly": () => ({ minute: only(0), hour: only(0), dom: only(1), month: all(MONTHS), dow: all(DOW) }),
  "@weekly": () => ({ minute: only(0), hour: only(0), dom: all(DOM), month: all(MONTHS), dow: only(0) }),
  "@daily": () => ({ minute: only(0), hour: only(0), dom: all(DOM), month: all(MONTHS), dow: all(DOW) }),
  "@midnight": () => DESCRIPTORS["@daily"]!(),
  "@hourly": () => ({ minute: only(0), hour: all(HOURS), dom: all(DOM), month: all(MONTHS), dow: all(DOW) }),
};

/** Go's %s of a []string: "[a b c]". */
const goSlice = (xs: string[]) => `[${xs.join(" ")}]`;

/** cron.ParseStandard. Throws CronError with robfig's message. */
export function parseStandard(input: string): Schedule {
  let spec = input;
  if (spec.length === 0) throw new CronError("empty spec string");
  let zone: Zone = UTC;
  if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
    const i = spec.indexOf(" ");
    const eq = spec.indexOf("=");
    const name = i < 0 ? spec.slice(eq + 1) : spec.slice(eq + 1, i);
    const loc = loadLocation(name);
    if ("error" in loc) throw new CronError(`provided bad location ${name}: ${loc.error}`);
    zone = loc;
    spec = i < 0 ? "" : spec.slice(i).trim();
  }
  if (spec.startsWith("@")) {
    const d = DESCRIPTORS[spec];
    if (d) return specSchedule({ ...d(), zone });
    if (spec.startsWith("@every ")) {
      const ms = parseGoDuration(spec.slice("@every ".length), spec);
      return everySchedule(ms);
    }
    throw new CronError(`unrecognized descriptor: ${spec}`);
  }
  const fields = spec.split(/\s+/).filter((s) => s !== "");
  if (fields.length !== 5) throw new CronError(`expected exactly 5 fields, found ${fields.length}: ${goSlice(fields)}`);
  return specSchedule({
    minute: parseField(fields[0]!, MINUTES),
    hour: parseField(fields[1]!, HOURS),
    dom: parseField(fields[2]!, DOM),
    month: parseField(fields[3]!, MONTHS),
    dow: parseField(fields[4]!, DOW),
    zone,
  });
}

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, "µs": 1e-3, "μs": 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** time.ParseDuration (milliseconds), with Go's error texts wrapped as robfig wraps them. */
function parseGoDuration(text: string, spec: string): number {
  const fail = (why: string): never => {
    throw new CronError(`failed to parse duration ${spec}: time: ${why}`);
  };
  const q = JSON.stringify(text);
  let s = text;
  let sign = 1;
  if (s.startsWith("-") || s.startsWith("+")) {
    sign = s[0] === "-" ? -1 : 1;
    s = s.slice(1);
  }
  if (s === "0") return 0;
  if (s === "") fail(`invalid duration ${q}`);
  let total = 0;
  while (s !== "") {
    const num = /^(\d*)(\.\d*)?/.exec(s)!;
    if (num[0] === "" || num[0] === ".") fail(`invalid duration ${q}`);
    s = s.slice(num[0].length);
    const unit = /^[^\d.]*/.exec(s)![0];
    if (unit === "") fail(`missing unit in duration ${q}`);
    const scale = UNITS[unit];
    if (scale === undefined) fail(`unknown unit ${JSON.stringify(unit)} in duration ${q}`);
    total += Number(num[0].startsWith(".") ? `0${num[0]}` : num[0]) * scale!;
    s = s.slice(unit.length);
  }
  return sign * total;
}

/** cron.Every: at least one second, whole seconds; Next is `t + delay` from the whole second. */
function everySchedule(ms: number): Schedule {
  const delay = ms < 1000 ? 1000 : ms - (ms % 1000);
  return { next: (t) => Math.floor(t / 1000) * 1000 + delay };
}

function dayMatches(s: Spec, c: { day: number; weekday: number }): boolean {
  const dom = s.dom.values.has(c.day);
  const dow = s.dow.values.has(c.weekday);
  return s.dom.star || s.dow.star ? dom && dow : dom || dow;
}

/**
 * SpecSchedule.Next: walk month → day → hour → minute in the zone's wall-clock time, resetting
 * lower fields the first time a higher one moves, wrapping at most five years ahead.
 */
function specSchedule(s: Spec): Schedule {
  return {
    next(utcMs: number): number {
      const offset = s.zone.offsetAt(utcMs);
      // Wall-clock time as if it were UTC; start at the upcoming whole second.
      let t = Math.floor((utcMs + offset) / 1000) * 1000 + 1000;
      let added = false;
      const yearLimit = civil(t).year + 5;
      wrap: for (;;) {
        let c = civil(t);
        if (c.year > yearLimit) return NaN;
        while (!s.month.values.has(c.month)) {
          if (!added) {
            added = true;
            t = fromCivil(c.year, c.month, 1);
          }
          t = fromCivil(c.year, c.month + 1, 1);
          c = civil(t);
          if (c.month === 1) continue wrap;
        }
        while (!dayMatches(s, c)) {
          if (!added) {
            added = true;
            t = fromCivil(c.year, c.month, c.day);
          }
          t = fromCivil(c.year, c.month, c.day + 1);
          c = civil(t);
          if (c.day === 1) continue wrap;
        }
        while (!s.hour.values.has(c.hour)) {
          if (!added) {
            added = true;
            t = fromCivil(c.year, c.month, c.day, c.hour);
          }
          t += 3_600_000;
          c = civil(t);
          if (c.hour === 0) continue wrap;
        }
        while (!s.minute.values.has(c.minute)) {
          if (!added) {
            added = true;
            t = fromCivil(c.year, c.month, c.day, c.hour, c.minute);
          }
          t += 60_000;
          c = civil(t);
          if (c.minute === 0) continue wrap;
        }
        // Seconds are always 0 in a standard spec.
        if (c.second !== 0) {
          added = true;
          t = fromCivil(c.year, c.month, c.day, c.hour, c.minute + 1);
          continue wrap;
        }
        break;
      }
      return t - s.zone.offsetAt(t - offset);
    },
  };
}
