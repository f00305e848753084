// A short fingerprint of a cluster's state, computed the same way by the widget (after its
// last action) and by the grader (after the replay). A mismatch means the two simulations
// diverged — a bug or a tampered client; it is recorded, and the server's verdict stands.
// Not a security measure: 2 × 32-bit FNV-1a over the virtual time and every API object, in
// registry order and the lister's (namespace, name) order. Objects are serialised in place,
// not copied: a snapshot would deep-clone the whole cluster first and cost more than the replay.
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
  const { kinds, lister } = cluster.internals;
  const text = JSON.stringify([cluster.now(), kinds.map((k) => lister.list(k.resource))]);
  const hex = (n: number) => n.toString(16).padStart(8, "0");
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x050c5d1f));
}
