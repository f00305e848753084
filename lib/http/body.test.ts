import { describe, expect, it } from "vitest";
import { readBodyCapped } from "./body";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) => new Request("http://test/", { method: "POST", body, headers, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);

describe("readBodyCapped", () => {
  it("reads bodies up to the cap, refuses larger ones, and an absent body is empty", async () => {
    expect(await readBodyCapped(post("hello"), 5)).toBe("hello");
    expect(await readBodyCapped(post("hello!"), 5)).toBeNull();
    expect(await readBodyCapped(post(null), 5)).toBe("");
  });

  it("refuses a declared Content-Length over the cap without reading", async () => {
    expect(await readBodyCapped(post("x", { "content-length": "999" }), 5)).toBeNull();
  });

  it("stops reading a streamed body at the cap", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(4));
        if (pulled > 1000) c.close();
      },
    });
    expect(await readBodyCapped(post(stream), 10)).toBeNull();
    expect(pulled).toBeLessThan(10);
  });

  it("invalid UTF-8 is undefined, not mangled text", async () => {
    expect(await readBodyCapped(post(new Uint8Array([0x68, 0xff, 0x69])), 10)).toBeUndefined();
  });
});
