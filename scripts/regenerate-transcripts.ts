// Maintenance script: when the simulator's output changes (a fidelity fix, a new object that
// shifts the random stream), rewrite every "full" terminal block of the modules that list
// sessions with what the simulator prints now, and print the "excerpt" outputs to update by hand.
//   npx tsx scripts/regenerate-transcripts.ts
// Then check the prose for Pod names and nodes it mentions, and run the transcripts tests.
import fs from "node:fs";
import path from "node:path";
import { blockHeader, replaySession, type Session } from "../lib/content/transcripts";
import { SESSIONS as MODULE_2 } from "../content/02-control-loop/transcripts";
import { SESSIONS as MODULE_3 } from "../content/03-pods-labels-namespaces/transcripts";

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
    fs.writeFileSync(file, mdx);
  }
}

const content = path.resolve(__dirname, "..", "content");
regenerate(path.join(content, "02-control-loop"), MODULE_2);
regenerate(path.join(content, "03-pods-labels-namespaces"), MODULE_3);
