import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileLesson } from "./compile";

describe("compileLesson", () => {
  it("renders GitHub-flavoured tables as table elements and collects the headings", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lesson-"));
    const file = path.join(dir, "lesson.mdx");
    await fs.writeFile(file, "---\ntitle: T\n---\n\n## Watch events\n\n| Event | Sent when |\n|---|---|\n| `ADDED` | an object is created |\n");
    const { code, toc } = await compileLesson(file);
    expect(code).toMatch(/"table"/);
    expect(code).toMatch(/"th"/);
    expect(code).not.toContain("|---|");
    expect(toc).toEqual([expect.objectContaining({ text: "Watch events" })]);
    await fs.rm(dir, { recursive: true });
  }, 60_000);
});
