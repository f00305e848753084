import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/sim";
import type { Session } from "../02-control-loop/transcripts";
import { SESSIONS } from "./transcripts";

// Every terminal block a lesson of this module shows must be what the simulator prints for
// that session: replay each session and look for its blocks in the lesson's text.

const blockAfter = (mdx: string, header: string, from: number): { lines: string[]; end: number } | undefined => {
  const start = mdx.indexOf(header, from);
  if (start < 0) return undefined;
  const end = mdx.indexOf("\n```", start + header.length - 1);
  return { lines: mdx.slice(start + header.length, end).split("\n"), end };
};

function replay(session: Session) {
  const cluster = createCluster({ seed: session.seed, nodes: session.nodes });
  const out: { shown: string; output: string; show: "full" | "excerpt" }[] = [];
  for (const step of session.steps) {
    if (step.advance) cluster.advance(step.advance);
    if (!step.run) continue;
    const o = cluster.kubectl(step.run, step.stdin);
    if (step.show) out.push({ shown: step.display ?? step.run, output: (o.stdout + o.stderr).trimEnd(), show: step.show });
  }
  return out;
}

describe.each(SESSIONS.map((s) => [s.lesson, s] as const))("%s: terminal blocks match the simulator", (lesson, session) => {
  const mdx = fs.readFileSync(path.join(__dirname, lesson, "lesson.mdx"), "utf8");

  it("shows every step's output, in order", () => {
    let cursor = 0;
    for (const { shown, output, show } of replay(session)) {
      const header = "```console\n$ " + shown + "\n";
      if (show === "full") {
        const text = header + output + "\n```";
        const at = mdx.indexOf(text, cursor);
        expect(at, `block for \`${shown}\` not found after offset ${cursor}; the simulator prints:\n${output}`).toBeGreaterThanOrEqual(0);
        cursor = at + text.length;
      } else {
        const block = blockAfter(mdx, header, cursor);
        expect(block, `excerpt block for \`${shown}\` not found`).toBeDefined();
        // resourceVersion counts every write in the whole store, so any change to what the
        // simulator writes shifts it; the lesson says so, and the comparison ignores the digits.
        const opaque = (l: string) => l.replace(/resourceVersion: "\d+"/, 'resourceVersion: "N"');
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
