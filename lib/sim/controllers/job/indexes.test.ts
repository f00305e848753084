import { describe, expect, it } from "vitest";
import { formatIndexes, indexesFormatError, parseIndexes } from "./indexes";

describe("completed/failed index lists (orderedIntervals)", () => {
  it("prints runs of 3+ as a-b and pairs as a,b", () => {
    expect(formatIndexes(new Set([0, 1, 2]))).toBe("0-2");
    expect(formatIndexes(new Set([0, 1]))).toBe("0,1");
    expect(formatIndexes(new Set([0, 1, 3, 5, 6, 7, 9]))).toBe("0,1,3,5-7,9");
    expect(formatIndexes(new Set())).toBe("");
  });
  it("parses back, dropping indexes beyond completions", () => {
    expect([...parseIndexes("0,1,3,5-7", 7)]).toEqual([0, 1, 3, 5, 6]);
  });
  it("validateIndexesFormat errors", () => {
    expect(indexesFormatError("1-3,2", 5).error).toBe("non-increasing order, previous: 3, current: 2");
    expect(indexesFormatError("7", 5).error).toBe('too large index: "7"');
    expect(indexesFormatError("a", 5).error).toBe('cannot convert string to integer for index: "a"');
    expect(indexesFormatError("1-2-3", 5).error).toBe(`the fragment "1-2-3" violates the requirement that an index interval can have at most two parts separated by '-'`);
    expect(indexesFormatError("0,2-4", 5)).toEqual({ total: 4 });
  });
});
