// The shared test behind every module's transcripts.test.ts (see lib/content/transcripts.ts).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blockHeader, replaySession, type Session } from "../transcripts";

const blockAfter = (mdx: string, header: string, from: number): { lines: string[]; end: number } | undefined => {
  const start = mdx.indexOf(header, from);
  if (start < 0) return undefined;
  const end = mdx.indexOf("\n```", start + header.length - 1);
  return { lines: mdx.slice(start + header.length, end).split("\n"), end };
};

// resourceVersion counts every write in the whole store, so any change to what the simulator
// writes shifts it; lessons say so, and the comparison ignores the digits.
const opaque = (l: string) => l.replace(/resourceVersion: "\d+"/, 'resourceVersion: "N"');

/** Declares one test per session: every shown output is in the lesson's text, in order. */
export function describeTranscripts(moduleDir: string, sessions: readonly Session[]): void {
  describe.each(sessions.map((s) => [s.lesson, s] as const))("%s: terminal blocks match the simulator", (lesson, session) => {
    const mdx = fs.readFileSync(path.join(moduleDir, lesson, "lesson.mdx"), "utf8");

    it("shows every step's output, in order", () => {
      let cursor = 0;
      for (const { shown, output, show } of replaySession(session)) {
        const header = blockHeader(shown);
        if (show === "full") {
          const text = header + output + "\n```";
          const at = mdx.indexOf(text, cursor);
          expect(at, `block for \`${shown}\` not found after offset ${cursor}; the simulator prints:\n${output}`).toBeGreaterThanOrEqual(0);
          cursor = at + text.length;
        } else {
          const block = blockAfter(mdx, header, cursor);
          expect(block, `excerpt block for \`${shown}\` not found`).toBeDefined();
          const real = output.split("\n").map(opaque);
          let i = 0;
          for (const line of block!.lines.filter((l) => l.trim() !== "...")) {
            while (i < real.length && real[i] !== opaque(line)) i++;
            expect(i, `excerpt line not in the output (in order) of \`${shown}\`: ${line}\n--- the simulator prints:\n${output}`).toBeLessThan(real.length);
            i++;
          }
          cursor = block!.end;
        }
      }
    });
  });
}
