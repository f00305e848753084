// Maintenance script: when the simulator's output changes (a fidelity fix, a new object that
// shifts the random stream), rewrite every "full" terminal block of the modules that list
// sessions with what the simulator prints now, and print the "excerpt" outputs to update by hand.
//   npx tsx scripts/regenerate-transcripts.ts
// Then check the prose for Pod names and nodes it mentions, and run the transcripts tests.
import fs from "node:fs";
import path from "node:path";
import { blockHeader, replaySession, type Session } from "../lib/content/transcripts";

function regenerate(dir: string, sessions: readonly Session[]) {
  for (const s of sessions) {
    const file = path.join(dir, s.lesson, "lesson.mdx");
    let mdx = fs.readFileSync(file, "utf8");
    let cursor = 0;
    for (const { shown, output, show } of replaySession(s)) {
      const header = blockHeader(shown);
      const at = mdx.indexOf(header, cursor);
      if (at < 0) {
        console.log(`MISSING in ${s.lesson}: ${shown}`);
        continue;
      }
      const bodyStart = at + header.length;
      const end = mdx.indexOf("```", bodyStart);
      if (show === "full") {
        mdx = mdx.slice(0, bodyStart) + output + "\n" + mdx.slice(end);
        cursor = bodyStart + output.length + 1;
      } else {
        console.log(`EXCERPT in ${s.lesson}, update by hand: ${shown}\n${output}\n`);
        cursor = end;
      }
    }
    // Unchanged lessons are not rewritten (their modification time keeps the MDX cache warm).
    if (mdx !== fs.readFileSync(file, "utf8")) fs.writeFileSync(file, mdx);
  }
}

/** Every exported Session[] of a module's *transcripts.ts files (modules name them freely). */
function isSessionList(value: unknown): value is Session[] {
  return Array.isArray(value) && value.length > 0 && value.every((s) => typeof s?.lesson === "string" && Array.isArray(s?.steps) && typeof s?.seed === "number");
}

async function main() {
  const content = path.resolve(__dirname, "..", "content");
  for (const moduleDir of fs.readdirSync(content).filter((d) => /^\d\d-/.test(d)).sort()) {
    const dir = path.join(content, moduleDir);
    for (const file of fs.readdirSync(dir).filter((f) => /transcripts\.ts$/.test(f)).sort()) {
      const exports = (await import(path.join(dir, file))) as Record<string, unknown>;
      for (const sessions of Object.values(exports).filter(isSessionList)) regenerate(dir, sessions);
    }
  }
}

void main();
