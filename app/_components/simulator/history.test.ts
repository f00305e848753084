import { describe, expect, it } from "vitest";
import { History, parseStoredHistory } from "./history";

describe("History", () => {
  it("walks back and forth and keeps the draft", () => {
    const h = new History(["a", "b"]);
    expect(h.up("dra")).toBe("b");
    expect(h.up("b")).toBe("a");
    expect(h.up("a")).toBeNull();
    expect(h.down()).toBe("b");
    expect(h.down()).toBe("dra");
    expect(h.down()).toBeNull();
  });
  it("skips empty lines and repeats, caps its length, and resets the walk on push", () => {
    const h = new History([], 3);
    for (const l of ["x", "x", "  ", "y", "z", "w"]) h.push(l);
    expect(h.list()).toEqual(["y", "z", "w"]);
    h.up("");
    h.push("v");
    expect(h.up("")).toBe("v");
  });
});

describe("parseStoredHistory", () => {
  it("reads a JSON list of strings and ignores anything else", () => {
    expect(parseStoredHistory('["a",1,"b"]')).toEqual(["a", "b"]);
    expect(parseStoredHistory("{")).toEqual([]);
    expect(parseStoredHistory(null)).toEqual([]);
    expect(parseStoredHistory('{"a":1}')).toEqual([]);
  });
});
