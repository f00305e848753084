// A stored attempt, replayed step by step for the read-only viewer: the same timeline as the
// grader (lib/exercises timeline + runAction, scripted events first at equal times), and after
// each step the cluster as the widget would draw it plus a `kubectl get all -A` listing.
// Computed on the server; the page receives plain data and never runs the simulator.
import { buildClusterView, VIEW_RESOURCES, type ClusterView as WidgetView, type ViewResource } from "@/app/_components/simulator/view-model";
import type { Action } from "@/lib/exercises/action-log";
import { runAction, timeline } from "@/lib/exercises/replay";
import { clusterView, injectFault, type SimCluster } from "@/lib/exercises/sim-adapter";
import { freshStartCluster } from "@/lib/exercises/start";
import { advanceToNow } from "@/lib/exercises/timing";
import type { Exercise, LearnerApiCall } from "@/lib/exercises/types";
import { actionManifest, describeAction, describeFault } from "./describe-action";

export interface ReplayStep {
  /** 0 is the starting cluster; then one per scripted event or learner action. */
  n: number;
  kind: "start" | "event" | "action";
  /** Index in the action log (actions only). */
  actionIndex: number | null;
  at: number;
  title: string;
  manifest: string | null;
  stdout: string;
  stderr: string;
  exitCode: number;
  apiCalls: LearnerApiCall[];
  view: WidgetView;
  /** `kubectl get all -A` at this moment. */
  getAll: string;
}

/** Steps beyond this are not captured (the log's own cap is 500 actions; each step costs a view). */
export const MAX_REPLAY_STEPS = 600;

export function clusterSnapshot(cluster: SimCluster): { view: WidgetView; getAll: string } {
  // Reads go through the informer cache (no API request, nothing traced) for the picture, and
  // through kubectl for the listing; reads do not change what the next action sees.
  const cache = clusterView(cluster);
  const lists: Partial<Record<ViewResource, unknown[]>> = {};
  for (const r of VIEW_RESOURCES) lists[r] = cache.list(r);
  const out = cluster.kubectl("get all -A");
  return { view: buildClusterView(lists), getAll: out.exitCode === 0 ? out.stdout : out.stderr };
}

export function replaySteps(exercise: Exercise, actions: readonly Action[]): ReplayStep[] {
  const cluster = freshStartCluster(exercise.start);
  const empty = { manifest: null, stdout: "", stderr: "", exitCode: 0, apiCalls: [] };
  const steps: ReplayStep[] = [{ n: 0, kind: "start", actionIndex: null, at: 0, title: "Starting cluster", ...empty, ...clusterSnapshot(cluster) }];
  for (const step of timeline(exercise, actions)) {
    if (steps.length > MAX_REPLAY_STEPS) break;
    advanceToNow(cluster, step.at);
    if (step.kind === "event") {
      const fault = exercise.start.events![step.index]!.fault;
      injectFault(cluster, fault);
      steps.push({ n: steps.length, kind: "event", actionIndex: null, at: step.at, title: `Scripted event: ${describeFault(fault)}`, ...empty, ...clusterSnapshot(cluster) });
    } else {
      const action = actions[step.index]!;
      const record = runAction(cluster, action, step.index);
      steps.push({
        n: steps.length,
        kind: "action",
        actionIndex: step.index,
        at: step.at,
        title: describeAction(action),
        manifest: actionManifest(action),
        stdout: record.stdout,
        stderr: record.stderr,
        exitCode: record.exitCode,
        apiCalls: record.apiCalls,
        ...clusterSnapshot(cluster),
      });
    }
  }
  return steps;
}
