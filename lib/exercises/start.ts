// The exercise's starting cluster. Built once per exercise definition and kept as a snapshot;
// every replay restores a fresh copy (restoreCluster deep-copies), which the determinism test
// shows is indistinguishable from building it again.
import { createCluster, restoreCluster, type SimCluster } from "./sim-adapter";
import type { ExerciseStart } from "./types";

/** A new cluster in the exercise's starting state (the widget starts from this too). */
export function startCluster(start: ExerciseStart): SimCluster {
  const cluster = createCluster({ seed: start.seed, ...(start.nodes !== undefined ? { nodes: start.nodes } : {}) });
  if (start.objects && start.objects.trim() !== "") {
    const out = cluster.kubectl("apply -f -", start.objects);
    if (out.exitCode !== 0) throw new Error(`exercise start objects were rejected: ${out.stderr.trim()}`);
  }
  return cluster;
}

const snapshots = new WeakMap<ExerciseStart, unknown>();

/** startCluster, from a cached snapshot after the first call. */
export function freshStartCluster(start: ExerciseStart): SimCluster {
  let snap = snapshots.get(start);
  if (snap === undefined) {
    snap = startCluster(start).snapshot();
    snapshots.set(start, snap);
  }
  return restoreCluster(snap);
}
