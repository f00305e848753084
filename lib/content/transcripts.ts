// Terminal sessions that lessons show. Each module lists its sessions (content/<module>/
// transcripts.ts); a test replays them in a fresh simulator and checks that every block the
// lesson prints is what the simulator prints, so prose cannot drift from the cluster the
// learner types into. scripts/regenerate-transcripts.ts rewrites the blocks after a change.
import { createCluster } from "@/lib/sim";
import { failNode, recoverNode } from "@/lib/sim/faults";

export interface Step {
  /** A kubectl line to run. */
  run?: string;
  /** stdin for `run` (e.g. a manifest for `kubectl apply -f -`). */
  stdin?: string;
  /** What the lesson shows instead of `run` (e.g. `kubectl apply -f deployment.yaml`). */
  display?: string;
  /** Virtual seconds to let pass before the next step. */
  advance?: number;
  /** A node fault injected (after `advance`, before `run`) as the widget's fault buttons do. */
  fault?: { type: "failNode" | "recoverNode"; node: string };
  /** "full": the lesson shows the whole output; "excerpt": shown lines appear in order (with "..." for cuts). */
  show?: "full" | "excerpt";
}

export interface Session {
  lesson: string;
  seed: number;
  nodes: number;
  steps: Step[];
}

export interface ShownOutput {
  /** The command as the lesson shows it. */
  shown: string;
  /** stdout + stderr, trailing whitespace trimmed. */
  output: string;
  show: "full" | "excerpt";
}

/** Runs a session in a fresh cluster; returns what each shown step printed, in order. */
export function replaySession(session: Session): ShownOutput[] {
  const cluster = createCluster({ seed: session.seed, nodes: session.nodes });
  const out: ShownOutput[] = [];
  for (const step of session.steps) {
    if (step.advance) cluster.advance(step.advance);
    if (step.fault) {
      const i = cluster.internals;
      (step.fault.type === "failNode" ? failNode : recoverNode)({ ctx: i.context("faults"), kubelet: i.context("kubelet") }, step.fault.node);
      i.run();
    }
    if (!step.run) continue;
    const o = cluster.kubectl(step.run, step.stdin);
    if (step.show) out.push({ shown: step.display ?? step.run, output: (o.stdout + o.stderr).trimEnd(), show: step.show });
  }
  return out;
}

/** The fenced console block header a lesson uses for a shown command. */
export const blockHeader = (shown: string) => "```console\n$ " + shown + "\n";
