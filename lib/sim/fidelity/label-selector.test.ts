// Fidelity cases of group "label-selector" run against labels/ (parseSelector, requirements,
// metav1.LabelSelector helpers).
import { describe, expect, it } from "vitest";
import vectors from "./k8s-vectors.json";
import { formatLabelSelector, labelSelectorFromObject, newRequirement, parseSelector, selectorFromRequirements, type Operator } from "../labels";

/* eslint-disable @typescript-eslint/no-explicit-any */
const cases: any[] = (vectors as any).cases.filter((c: any) => c.group === "label-selector");

function run(c: any): void {
  const { input, expected } = c;
  if (input.operatorToken !== undefined) {
    expect(() => parseSelector(`x ${input.operatorToken} y`)).toThrow(expected.error);
    return;
  }
  if (input.labelSelector !== undefined) {
    const sel = labelSelectorFromObject(input.labelSelector);
    if (expected.matches === "everything") {
      expect(sel.matches({})).toBe(true);
      expect(sel.matches({ a: "b" })).toBe(true);
    }
    expect(formatLabelSelector(input.labelSelector)).toBe(expected.FormatLabelSelector);
    return;
  }
  if (input.requirements !== undefined) {
    const reqs = input.requirements.map((r: any) =>
      Array.isArray(r) ? newRequirement(r[0], r[1] as Operator, r[2]) : newRequirement(r.key, r.operator as Operator, r.values),
    );
    const sel = selectorFromRequirements(reqs);
    if (expected.matches !== undefined) expect(sel.matches(input.labels)).toBe(expected.matches);
    if (expected.string !== undefined) expect(sel.toString()).toBe(expected.string);
    return;
  }
  if (expected.valid === false) {
    expect(() => parseSelector(input.selector)).toThrow();
    return;
  }
  const sel = parseSelector(input.selector);
  if (expected.string !== undefined) expect(sel.toString()).toBe(expected.string);
  if (expected.matches !== undefined) expect(sel.matches(input.labels)).toBe(expected.matches);
}

describe("fidelity: label-selector", () => {
  it("covers every label-selector case", () => expect(cases.length).toBe(37));
  for (const c of cases) it(`${c.id} ${c.note}`.slice(0, 120), () => run(c));
});
