// Maintenance script: when the simulator's output changes (a fidelity fix, a new object that
// shifts the random stream), rewrite every "full" terminal block of modules 2 and 3 with what
// the simulator prints now, and print the "excerpt" outputs to update by hand.
//   npx tsx content/02-control-loop/regenerate-transcripts.ts
// Then check the prose for Pod names and nodes it mentions, and run transcripts.test.ts.
import fs from "node:fs";
import path from "node:path";
import { createCluster } from "../../lib/sim/index";
import { SESSIONS as MODULE_3 } from "../03-pods-labels-namespaces/transcripts";
import { SESSIONS as MODULE_2, type Session } from "./transcripts";

function regenerate(dir: string, sessions: Session[]) {
  for (const s of sessions) {
    const file = path.join(dir, s.lesson, "lesson.mdx");
    let mdx = fs.readFileSync(file, "utf8");
    const cluster = createCluster({ seed: s.seed, nodes: s.nodes });
    let cursor = 0;
    for (const step of s.steps) {
      if (step.advance) cluster.advance(step.advance);
      if (!step.run) continue;
      const o = cluster.kubectl(step.run, step.stdin);
      if (!step.show) continue;
      const header = "```console\n$ " + (step.display ?? step.run) + "\n";
      const at = mdx.indexOf(header, cursor);
      if (at < 0) {
        console.log(`MISSING in ${s.lesson}: ${step.display ?? step.run}`);
        continue;
      }
      const bodyStart = at + header.length;
      const end = mdx.indexOf("```", bodyStart);
      const output = (o.stdout + o.stderr).trimEnd();
      if (step.show === "full") {
        mdx = mdx.slice(0, bodyStart) + output + "\n" + mdx.slice(end);
        cursor = bodyStart + output.length + 1;
      } else {
        console.log(`EXCERPT in ${s.lesson}, update by hand: ${step.run}\n${output}\n`);
        cursor = end;
      }
    }
    fs.writeFileSync(file, mdx);
  }
}

const content = path.resolve(__dirname, "..");
regenerate(path.join(content, "02-control-loop"), MODULE_2);
regenerate(path.join(content, "03-pods-labels-namespaces"), MODULE_3);
