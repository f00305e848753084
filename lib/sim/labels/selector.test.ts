import { describe, expect, it } from "vitest";
import { formatLabels, formatLabelSelector, labelSelectorFromObject, parseSelector } from ".";

describe("parseSelector", () => {
  it("sorts requirements by key and values inside sets", () => {
    expect(parseSelector("z=1, a in (c,b,b), !m, k").toString()).toBe("a in (b,c),k,!m,z=1");
  });
  it("errors carry upstream texts", () => {
    expect(() => parseSelector("x,,y")).toThrow("found ',', expected: identifier after ','");
    expect(() => parseSelector("a in (xyz abc)")).toThrow("found 'abc', expected: ',' or ')'");
    expect(() => parseSelector("x==a==b")).toThrow("found '==', expected: ',' or 'end of string'");
    expect(() => parseSelector("(")).toThrow("found '(', expected: !, identifier, or 'end of string'");
    expect(() => parseSelector("a (")).toThrow("found '(', expected: in, notin, =, ==, !=, gt, lt");
    expect(() => parseSelector("x>a")).toThrow("for 'Gt', 'Lt' operators, the value must be an integer");
    expect(() => parseSelector("-x=1")).toThrow('key: Invalid value: "-x": name part must consist of alphanumeric characters');
  });
  it("matches set-based and equality requirements", () => {
    const s = parseSelector("env in (prod,staging),tier!=db,!legacy");
    expect(s.matches({ env: "prod", tier: "web" })).toBe(true);
    expect(s.matches({ env: "prod", tier: "db" })).toBe(false);
    expect(s.matches({ env: "prod", legacy: "" })).toBe(false);
    expect(s.matches({})).toBe(false);
  });
});

describe("metav1.LabelSelector", () => {
  it("nil selects nothing, {} everything; expressions map to operators", () => {
    expect(labelSelectorFromObject(undefined).matches({})).toBe(false);
    expect(formatLabelSelector(undefined)).toBe("<none>");
    const s = labelSelectorFromObject({ matchLabels: { app: "web" }, matchExpressions: [{ key: "track", operator: "NotIn", values: ["canary"] }, { key: "gpu", operator: "DoesNotExist" }] });
    expect(s.toString()).toBe("app=web,!gpu,track notin (canary)");
    expect(() => labelSelectorFromObject({ matchExpressions: [{ key: "a", operator: "Bogus" }] })).toThrow('"Bogus" is not a valid label selector operator');
    expect(formatLabels({ b: "2", a: "1" })).toBe("a=1,b=2");
    expect(formatLabels({})).toBe("<none>");
  });
});
