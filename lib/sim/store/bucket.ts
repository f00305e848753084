// A set of objects kept sorted by (namespace, name) so every list iterates in the same order.
// Lists hand out the sorted array itself; the next insert or removal copies it first
// (copy-on-write), so a caller iterating a list while writing never sees entries shift.
import type { KubeObject } from "../types";

function compare(a: KubeObject, b: KubeObject): number {
  const an = a.metadata.namespace ?? "";
  const bn = b.metadata.namespace ?? "";
  if (an !== bn) return an < bn ? -1 : 1;
  const a1 = a.metadata.name;
  const b1 = b.metadata.name;
  return a1 < b1 ? -1 : a1 > b1 ? 1 : 0;
}

export class Bucket {
  private items: KubeObject[] = [];
  private shared = false;

  get size(): number {
    return this.items.length;
  }

  list(): readonly KubeObject[] {
    this.shared = true;
    return this.items;
  }

  /**
   * Insert or replace (same namespace/name). A replacement is written in place even into a
   * handed-out array: positions do not move, and readers see the newer object, as they would
   * through an informer cache. Only inserts and removals copy.
   */
  put(obj: KubeObject): void {
    const i = this.find(obj);
    if (i >= 0) this.items[i] = obj;
    else this.writable().splice(-i - 1, 0, obj);
  }

  remove(obj: KubeObject): void {
    const i = this.find(obj);
    if (i >= 0) this.writable().splice(i, 1);
  }

  private writable(): KubeObject[] {
    if (this.shared) {
      this.items = this.items.slice();
      this.shared = false;
    }
    return this.items;
  }

  /** Index of obj, or -(insertion point) - 1. */
  private find(obj: KubeObject): number {
    let lo = 0;
    let hi = this.items.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = compare(this.items[mid]!, obj);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -lo - 1;
  }
}
