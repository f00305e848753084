import { describe, expect, it } from "vitest";
import { exercise } from "@/content/01-why-kubernetes/01-what-kubernetes-does/exercise";
import { parseBlocks } from "./task-markdown";

describe("parseBlocks", () => {
  it("splits paragraphs and numbered lists, joining indented continuation lines", () => {
    expect(parseBlocks("Intro line\nnext.\n\n1. First\n   more\n2. Second\n\n- a\n- b")).toEqual([
      { kind: "p", text: "Intro line next." },
      { kind: "ol", items: ["First more", "Second"] },
      { kind: "ul", items: ["a", "b"] },
    ]);
  });

  it("reads lesson 1.1's task as a paragraph, a two-step list and a closing paragraph", () => {
    const blocks = parseBlocks(exercise.task);
    expect(blocks.map((b) => b.kind)).toEqual(["p", "ol", "p"]);
    expect(blocks[1]).toMatchObject({ items: [expect.stringMatching(/^Write down a desired state/), expect.stringMatching(/^Do not touch `web`/)] });
  });
});
