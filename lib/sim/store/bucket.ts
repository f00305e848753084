// A set of objects listed sorted by (namespace, name) so every list iterates in the same order.
// Inserts and removals are O(1): they are noted and the sorted array is rebuilt (a merge, not
// a full sort) on the next list. Events are written by the thousand and rarely listed, so a
// sorted insert (an O(n) splice each) made large clusters quadratic.
// A list hands out the sorted array itself; a rebuild makes a new array, so a caller iterating a
// list while writing never sees entries shift.
import type { KubeObject } from "../types";

// "\0" sorts before every character a namespace can hold, so key order is (namespace, name) order.
export const keyOf = (obj: KubeObject) => `${obj.metadata.namespace ?? ""}\u0000${obj.metadata.name}`;

export class Bucket {
  private readonly byKey = new Map<string, KubeObject>();
  /** Sorted by key; valid once `added` and `removed` are empty. */
  private sorted: KubeObject[] = [];
  private sortedKeys: string[] = [];
  /** key → index in `sorted` (a replacement finds its slot without a binary search of strings). */
  private positions = new Map<string, number>();
  private added = new Set<string>();
  private removed = new Set<string>();

  get size(): number {
    return this.byKey.size;
  }

  list(): readonly KubeObject[] {
    if (this.added.size > 0 || this.removed.size > 0) this.rebuild();
    return this.sorted;
  }

  /**
   * Insert or replace (same namespace/name). A replacement is written in place even into a
   * handed-out array: positions do not move, and readers see the newer object, as they would
   * through an informer cache.
   */
  put(obj: KubeObject, key = keyOf(obj)): void {
    const present = this.byKey.has(key);
    this.byKey.set(key, obj);
    if (!present) {
      this.added.add(key);
      return;
    }
    if (this.added.size > 0 || this.removed.size > 0) return; // the rebuild reads byKey
    const i = this.positions.get(key);
    if (i !== undefined) this.sorted[i] = obj;
  }

  remove(obj: KubeObject, key = keyOf(obj)): void {
    if (this.byKey.delete(key)) this.removed.add(key);
  }

  /** Merges the surviving sorted entries with the sorted new keys, taking objects from byKey. */
  private rebuild(): void {
    const fresh = [...this.added].filter((k) => this.byKey.has(k) && !this.inSorted(k)).sort();
    const objects: KubeObject[] = [];
    const keys: string[] = [];
    const positions = new Map<string, number>();
    let i = 0;
    let j = 0;
    const old = this.sortedKeys;
    while (i < old.length || j < fresh.length) {
      let key: string;
      if (j >= fresh.length || (i < old.length && old[i]! < fresh[j]!)) key = old[i++]!;
      else key = fresh[j++]!;
      const obj = this.byKey.get(key);
      if (!obj) continue; // removed
      positions.set(key, objects.length);
      objects.push(obj);
      keys.push(key);
    }
    this.sorted = objects;
    this.sortedKeys = keys;
    this.positions = positions;
    this.added = new Set();
    this.removed = new Set();
  }

  /** True when the key is still in the sorted arrays (removed and re-added before a rebuild). */
  private inSorted(key: string): boolean {
    return this.removed.has(key) && this.positions.has(key);
  }
}
