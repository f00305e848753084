import { describe, expect, it } from "vitest";
import { decode, edit, EMPTY, insert, redraw, type LineState } from "./line-editor";

describe("decode", () => {
  it("splits keys, escape sequences and text", () => {
    expect(decode("ab\x1b[Ac\r")).toEqual([{ kind: "text", text: "ab" }, { kind: "key", key: "up" }, { kind: "text", text: "c" }, { kind: "key", key: "enter" }]);
    expect(decode("\x7f\x03\x0c\x1b[3~\x1bOH")).toEqual(["backspace", "interrupt", "clearScreen", "delete", "home"].map((key) => ({ kind: "key", key })));
  });
  it("treats a pasted CRLF as one enter and drops unknown sequences and control characters", () => {
    expect(decode("a\r\nb\x1b[99Zc\x07")).toEqual([{ kind: "text", text: "a" }, { kind: "key", key: "enter" }, { kind: "text", text: "b" }, { kind: "text", text: "c" }]);
  });
});

describe("edit", () => {
  const s: LineState = { text: "get pods now", cursor: 8 };
  it("inserts at the cursor", () => {
    expect(insert(s, "X")).toEqual({ text: "get podsX now", cursor: 9 });
    expect(insert(EMPTY, "k")).toEqual({ text: "k", cursor: 1 });
  });
  it("moves and deletes", () => {
    expect(edit(s, "backspace")).toEqual({ text: "get pod now", cursor: 7 });
    expect(edit(s, "delete")).toEqual({ text: "get podsnow", cursor: 8 });
    expect(edit(s, "left").cursor).toBe(7);
    expect(edit({ ...s, cursor: 12 }, "right").cursor).toBe(12);
    expect(edit(s, "home").cursor).toBe(0);
    expect(edit(s, "end").cursor).toBe(12);
    expect(edit(s, "wordLeft").cursor).toBe(4);
    expect(edit(s, "wordRight").cursor).toBe(12);
    expect(edit(s, "killBefore")).toEqual({ text: " now", cursor: 0 });
    expect(edit(s, "killAfter")).toEqual({ text: "get pods", cursor: 8 });
    expect(edit(s, "killWord")).toEqual({ text: "get  now", cursor: 4 });
    expect(edit({ text: "", cursor: 0 }, "backspace")).toEqual({ text: "", cursor: 0 });
  });
});

describe("redraw", () => {
  it("repaints a short line and puts the cursor back", () => {
    expect(redraw("$ ", 2, 3, { text: "abc", cursor: 3 }, 80)).toBe("\r\x1b[J$ abc");
    expect(redraw("$ ", 2, 3, { text: "abc", cursor: 1 }, 80)).toBe("\r\x1b[J$ abc\r\x1b[3C");
  });
  it("starts from the first row of a wrapped line and ends on the cursor's row", () => {
    // 10 columns: prompt + 12 chars spans rows 0-1; previous cursor on row 1.
    expect(redraw("$ ", 2, 12, { text: "abcdefghijkl", cursor: 2 }, 10)).toBe("\x1b[1A\r\x1b[J$ abcdefghijkl\x1b[1A\r\x1b[4C");
  });
  it("handles a line that exactly fills its row", () => {
    expect(redraw("$ ", 2, 0, { text: "abcdefgh", cursor: 8 }, 10)).toBe("\r\x1b[J$ abcdefgh \r");
  });
});
