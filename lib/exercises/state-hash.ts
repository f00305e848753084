// A short fingerprint of a cluster's state, computed the same way by the widget (after its
// last action) and by the grader (after the replay). A mismatch means the two simulations
// diverged — a bug or a tampered client; it is recorded, and the server's verdict stands.
// Not a security measure: 2 × 32-bit FNV-1a over the snapshot minus the trace ring.
import type { SimCluster } from "./sim-adapter";

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function stateHash(cluster: SimCluster): string {
  const { tracer: _trace, ...state } = cluster.snapshot();
  void _trace;
  const text = JSON.stringify(state);
  const hex = (n: number) => n.toString(16).padStart(8, "0");
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x050c5d1f));
}
