import { describe, expect, it } from "vitest";
import { computeHash, fnv32a, getScaledValueFromIntOrPercent, humanDuration, parseQuantity, shortHumanDuration, utf8 } from ".";
import { formatTable, ROLLOUT_HISTORY } from "../kubectl/tabwriter";

describe("quantity", () => {
  it("error texts and ordering", () => {
    expect(() => parseQuantity("1.1.M")).toThrow("quantities must match the regular expression");
    expect(() => parseQuantity("1K")).toThrow("unable to parse quantity's suffix");
    expect(parseQuantity("1Gi").cmp(parseQuantity("1G"))).toBe(1);
    expect(parseQuantity("0.5").toString()).toBe("500m");
    expect(parseQuantity("-1.5Gi").toString()).toBe("-1536Mi");
    expect(parseQuantity("0").toString()).toBe("0");
    expect(parseQuantity("1e999999").value()).toBe(Number((1n << 63n) - 1n));
  });
});

describe("durations", () => {
  it("HumanDuration and ShortHumanDuration", () => {
    expect(humanDuration(150_000)).toBe("2m30s");
    expect(humanDuration(-3000)).toBe("<invalid>");
    expect(humanDuration(3 * 3600_000 + 5 * 60_000)).toBe("3h5m");
    expect(shortHumanDuration(90_000)).toBe("1m");
  });
});

describe("hash", () => {
  it("FNV-32a reference values", () => {
    expect(fnv32a(utf8(""))).toBe(0x811c9dc5);
    expect(fnv32a(utf8("a"))).toBe(0xe40c292c);
  });
  it("is stable, key-order independent and changes with collisionCount", () => {
    expect(computeHash({ a: 1, b: 2 })).toBe(computeHash({ b: 2, a: 1 }));
    expect(computeHash({ a: 1 }, 1)).not.toBe(computeHash({ a: 1 }, 2));
  });
});

describe("intstr", () => {
  it("rounds percentages and reports upstream errors", () => {
    expect(getScaledValueFromIntOrPercent("25%", 3, true)).toBe(1);
    expect(getScaledValueFromIntOrPercent("25%", 3, false)).toBe(0);
    expect(getScaledValueFromIntOrPercent(2, 10, false)).toBe(2);
    expect(() => getScaledValueFromIntOrPercent("25", 3, true)).toThrow("invalid type: string is not a percentage");
    expect(() => getScaledValueFromIntOrPercent("a%", 3, true)).toThrow('invalid value for IntOrString: invalid value "a%": strconv.Atoi: parsing "a": invalid syntax');
  });
});

describe("tabwriter", () => {
  it("pads to max(minwidth, widest + padding), last column unpadded", () => {
    expect(formatTable([["NAME", "AGE"], ["a", "1s"]])).toBe("NAME   AGE\na      1s\n");
    expect(formatTable([["REVISION", "CHANGE-CAUSE"], ["1", "<none>"]], ROLLOUT_HISTORY)).toBe("REVISION  CHANGE-CAUSE\n1         <none>\n");
  });
});
