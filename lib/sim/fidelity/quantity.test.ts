// Fidelity cases of group "quantity" run against util/quantity.ts.
import { describe, expect, it } from "vitest";
import vectors from "./k8s-vectors.json";
import { newMilliQuantity, newQuantity, parseQuantity } from "../util/quantity";

/* eslint-disable @typescript-eslint/no-explicit-any */
const cases: any[] = (vectors as any).cases.filter((c: any) => c.group === "quantity");

function run(c: any): void {
  const { input, expected } = c;
  if (input.NewQuantity !== undefined) {
    expect(newQuantity(input.NewQuantity, input.format).toString()).toBe(expected.string);
    return;
  }
  if (input.NewMilliQuantity !== undefined) {
    expect(newMilliQuantity(input.NewMilliQuantity, input.format).toString()).toBe(expected.string);
    return;
  }
  if (expected.error) {
    expect(() => parseQuantity(input.parse)).toThrow();
    return;
  }
  const q = parseQuantity(input.parse);
  expect(q.toString()).toBe(expected.string);
  if (expected.milliValue !== undefined) expect(q.milliValue()).toBe(expected.milliValue);
  if (expected.value !== undefined) expect(q.value()).toBe(expected.value);
}

describe("fidelity: quantity", () => {
  it("covers every quantity case", () => expect(cases.length).toBe(37));
  for (const c of cases) it(`${c.id} ${JSON.stringify(c.input)}`, () => run(c));
});
