import { describe, expect, it } from "vitest";
import { CronError, parseStandard } from "./schedule";
import { fromCivil, rfc1123z, rfc3339 } from "./calendar";
import { loadLocation } from "./timezone";

const at = (s: string) => {
  const m = /^(\d+)-(\d+)-(\d+)T(\d+):(\d+):(\d+)Z$/.exec(s)!;
  return fromCivil(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
};
const next = (spec: string, from: string, n = 1) => {
  const s = parseStandard(spec);
  let t = at(from);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rfc3339((t = s.next(t))));
  return out;
};
const err = (spec: string) => {
  try {
    parseStandard(spec);
  } catch (e) {
    expect(e).toBeInstanceOf(CronError);
    return (e as Error).message;
  }
  return "parsed";
};

describe("cron ParseStandard + Next (robfig/cron v3)", () => {
  it("every minute, every 5 minutes, ranges and lists", () => {
    expect(next("* * * * *", "2026-01-01T00:00:00Z", 3)).toEqual(["2026-01-01T00:01:00Z", "2026-01-01T00:02:00Z", "2026-01-01T00:03:00Z"]);
    expect(next("*/5 * * * *", "2026-01-01T00:03:10Z", 2)).toEqual(["2026-01-01T00:05:00Z", "2026-01-01T00:10:00Z"]);
    expect(next("0 9-17/4 * * 1-5", "2026-01-02T17:30:00Z", 2)).toEqual(["2026-01-05T09:00:00Z", "2026-01-05T13:00:00Z"]);
    expect(next("15,45 * * * *", "2026-01-01T00:20:00Z", 2)).toEqual(["2026-01-01T00:45:00Z", "2026-01-01T01:15:00Z"]);
  });
  it("names, descriptors and day-of-month OR day-of-week", () => {
    expect(next("0 0 * jan-feb sun", "2026-01-01T00:00:00Z")).toEqual(["2026-01-04T00:00:00Z"]);
    expect(next("@hourly", "2026-01-01T00:00:00Z")).toEqual(["2026-01-01T01:00:00Z"]);
    expect(next("@daily", "2026-01-01T10:00:00Z")).toEqual(["2026-01-02T00:00:00Z"]);
    expect(next("@weekly", "2026-01-01T10:00:00Z")).toEqual(["2026-01-04T00:00:00Z"]);
    expect(next("@monthly", "2026-01-15T00:00:00Z")).toEqual(["2026-02-01T00:00:00Z"]);
    expect(next("@yearly", "2026-01-15T00:00:00Z")).toEqual(["2027-01-01T00:00:00Z"]);
    // Both restricted: either matches (1st of the month or a Monday).
    expect(next("0 0 1 * mon", "2026-01-01T00:00:00Z", 2)).toEqual(["2026-01-05T00:00:00Z", "2026-01-12T00:00:00Z"]);
    expect(next("0 0 29 2 *", "2026-01-01T00:00:00Z")).toEqual(["2028-02-29T00:00:00Z"]);
    expect(parseStandard("0 0 30 2 *").next(at("2026-01-01T00:00:00Z"))).toBeNaN();
  });
  it("@every: whole seconds from the given instant", () => {
    expect(next("@every 90s", "2026-01-01T00:00:00Z", 2)).toEqual(["2026-01-01T00:01:30Z", "2026-01-01T00:03:00Z"]);
    expect(next("@every 1h30m", "2026-01-01T00:00:00Z")).toEqual(["2026-01-01T01:30:00Z"]);
  });
  it("robfig's error texts", () => {
    expect(err("")).toBe("empty spec string");
    expect(err("* * * *")).toBe("expected exactly 5 fields, found 4: [* * * *]");
    expect(err("0 0 * * * *")).toBe("expected exactly 5 fields, found 6: [0 0 * * * *]");
    expect(err("60 * * * *")).toBe("end of range (60) above maximum (59): 60");
    expect(err("* * 0 * *")).toBe("beginning of range (0) below minimum (1): 0");
    expect(err("5-1 * * * *")).toBe("beginning of range (5) beyond end of range (1): 5-1");
    expect(err("* * * * 7")).toBe("end of range (7) above maximum (6): 7");
    expect(err("x * * * *")).toBe('failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax');
    expect(err("1-2-3 * * * *")).toBe("too many hyphens: 1-2-3");
    expect(err("*/2/3 * * * *")).toBe("too many slashes: */2/3");
    expect(err("*/0 * * * *")).toBe("step of range should be a positive number: */0");
    expect(err("@fortnightly")).toBe("unrecognized descriptor: @fortnightly");
    expect(err("@every 5")).toBe('failed to parse duration @every 5: time: missing unit in duration "5"');
    expect(err("@every 1d")).toBe('failed to parse duration @every 1d: time: unknown unit "d" in duration "1d"');
    expect(err("TZ=Mars/Olympus * * * * *")).toBe("provided bad location Mars/Olympus: unknown time zone Mars/Olympus");
  });
  it("TZ= prefix schedules in that zone's wall clock", () => {
    expect(next("TZ=Etc/GMT-2 0 9 * * *", "2026-01-01T00:00:00Z")).toEqual(["2026-01-01T07:00:00Z"]);
    expect(next("TZ=UTC 0 9 * * *", "2026-01-01T00:00:00Z")).toEqual(["2026-01-01T09:00:00Z"]);
  });
  it("named zones through Intl, and Go's error for unknown ones", () => {
    const paris = loadLocation("Europe/Paris");
    expect("error" in paris).toBe(false);
    expect(next("TZ=Europe/Paris 0 9 * * *", "2026-01-01T00:00:00Z")).toEqual(["2026-01-01T08:00:00Z"]);
    expect(next("TZ=Europe/Paris 0 9 * * *", "2026-07-01T00:00:00Z")).toEqual(["2026-07-01T07:00:00Z"]);
    expect(loadLocation("europe/paris")).toEqual({ error: "unknown time zone europe/paris" });
  });
  it("RFC1123Z as the MissSchedule event prints it", () => {
    expect(rfc1123z(at("2026-01-01T00:05:00Z"))).toBe("Thu, 01 Jan 2026 00:05:00 +0000");
  });
});
