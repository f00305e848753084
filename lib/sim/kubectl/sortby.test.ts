import { describe, expect, it } from "vitest";
import { naturalLess, relaxedPath } from "./sortby";

describe("sort-by helpers", () => {
  it("natural order compares digit runs as numbers", () => {
    expect(naturalLess("web-9", "web-10")).toBe(true);
    expect(naturalLess("web-10", "web-9")).toBe(false);
    expect(naturalLess("a", "b")).toBe(true);
    expect(naturalLess("a", "a1")).toBe(true);
    expect(naturalLess("a01", "a1")).toBe(true);
    expect(naturalLess("2026-01-01T00:00:05Z", "2026-01-01T00:00:10Z")).toBe(true);
  });
  it("relaxes field spellings like kubectl", () => {
    expect(relaxedPath("metadata.name")).toBe("{.metadata.name}");
    expect(relaxedPath(".metadata.name")).toBe("{.metadata.name}");
    expect(relaxedPath("{.metadata.name}")).toBe("{.metadata.name}");
  });
});
