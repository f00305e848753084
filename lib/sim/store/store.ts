// The etcd model: one global revision, objects under /registry/<resource>/<ns>/<name>,
// compare-and-swap on resourceVersion, a bounded event history that watchers resume from.
// Objects handed out are shared: callers never mutate them (the API server copies on write).
import type { KubeObject, WatchEvent, WatchEventType } from "../types";
import { Bucket, keyOf } from "./bucket";
import { deepClone } from "./json";

export const DEFAULT_HISTORY_LIMIT = 10_000;

export function storeKey(resource: string, namespace: string | undefined, name: string): string {
  return namespace ? `/registry/${resource}/${namespace}/${name}` : `/registry/${resource}/${name}`;
}

/** metav1.Status as an ERROR watch event carries it. */
export interface StatusObject {
  kind: "Status";
  apiVersion: "v1";
  metadata: Record<string, never>;
  status: "Failure";
  message: string;
  reason: string;
  code: number;
}

export type WatchResult =
  | { type: WatchEventType; revision: number; key: string; resource: string; object: KubeObject; oldObject?: KubeObject }
  | { type: "ERROR"; object: StatusObject };

/**
 * Serialised store. Objects are written once in `objects` and referred to by index: the same
 * object is usually both the current value and the latest history entry (and the next
 * entry's oldObject), so this keeps snapshots several times smaller.
 */
export interface StoreState {
  revision: number;
  historyLimit: number;
  /** Oldest revision still replayable (compaction point). */
  compacted: number;
  objects: KubeObject[];
  current: { resource: string; o: number }[];
  history: { type: WatchEventType; revision: number; key: string; resource: string; o: number; old?: number; cause?: number }[];
}

export type WriteResult = { ok: true; event: WatchEvent } | { ok: false; reason: "Conflict" | "NotFound" | "AlreadyExists"; current?: KubeObject };

export class Store {
  revision = 0;
  private readonly objects = new Map<string, { resource: string; object: KubeObject }>();
  /** resource → namespace ("" if cluster-scoped) → name → object: get() without building a key. */
  private readonly byName = new Map<string, Map<string, Map<string, KubeObject>>>();
  private readonly byNamespace = new Map<string, Map<string, Bucket>>();
  private readonly byResource = new Map<string, Bucket>();
  private readonly byController = new Map<string, Map<string, Bucket>>();
  /** Every ownerReference uid → keys of its dependents (for the garbage collector). */
  private readonly byAnyOwner = new Map<string, Set<string>>();
  private history: WatchEvent[] = [];
  private historyStart = 0;
  private compacted = 0;
  /** Called after every write, in revision order (the cluster's watch fan-out). */
  onEvent: ((event: WatchEvent) => void) | undefined;

  constructor(readonly historyLimit = DEFAULT_HISTORY_LIMIT) {}

  get(resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.byName.get(resource)?.get(namespace ?? "")?.get(name);
  }

  list(resource: string, namespace?: string): readonly KubeObject[] {
    if (namespace === undefined) return this.byResource.get(resource)?.list() ?? [];
    return this.byNamespace.get(resource)?.get(namespace)?.list() ?? [];
  }

  count(resource: string): number {
    return this.byResource.get(resource)?.size ?? 0;
  }

  byOwner(resource: string, ownerUid: string): readonly KubeObject[] {
    return this.byController.get(resource)?.get(ownerUid)?.list() ?? [];
  }

  /** Objects of any resource with an ownerReference to `uid`, sorted by key. */
  dependents(uid: string): { resource: string; object: KubeObject }[] {
    const keys = [...(this.byAnyOwner.get(uid) ?? [])].sort();
    return keys.map((k) => this.objects.get(k)!).filter(Boolean);
  }

  create(resource: string, obj: KubeObject, cause?: number): WriteResult {
    const key = storeKey(resource, obj.metadata.namespace, obj.metadata.name);
    const cur = this.objects.get(key);
    if (cur) return { ok: false, reason: "AlreadyExists", current: cur.object };
    obj.metadata.resourceVersion = String(++this.revision);
    this.index(resource, key, obj);
    return { ok: true, event: this.emit({ type: "ADDED", revision: this.revision, key, resource, object: obj, cause }) };
  }

  /** CAS write: `obj.metadata.resourceVersion` must equal the stored one (unless empty). */
  update(resource: string, obj: KubeObject, cause?: number): WriteResult {
    const key = storeKey(resource, obj.metadata.namespace, obj.metadata.name);
    const cur = this.objects.get(key);
    if (!cur) return { ok: false, reason: "NotFound" };
    const expected = obj.metadata.resourceVersion;
    if (expected && expected !== cur.object.metadata.resourceVersion) return { ok: false, reason: "Conflict", current: cur.object };
    obj.metadata.resourceVersion = String(++this.revision);
    this.reindex(resource, key, cur.object, obj);
    return { ok: true, event: this.emit({ type: "MODIFIED", revision: this.revision, key, resource, object: obj, oldObject: cur.object, cause }) };
  }

  delete(resource: string, namespace: string | undefined, name: string, expectedRV?: string, cause?: number): WriteResult {
    const key = storeKey(resource, namespace, name);
    const cur = this.objects.get(key);
    if (!cur) return { ok: false, reason: "NotFound" };
    if (expectedRV && expectedRV !== cur.object.metadata.resourceVersion) return { ok: false, reason: "Conflict", current: cur.object };
    this.unindex(resource, key, cur.object);
    this.objects.delete(key);
    this.byName.get(resource)?.get(namespace ?? "")?.delete(name);
    ++this.revision;
    // The DELETED event carries the object at the deletion revision, as etcd3 watch does.
    const object = { ...cur.object, metadata: { ...cur.object.metadata, resourceVersion: String(this.revision) } };
    return { ok: true, event: this.emit({ type: "DELETED", revision: this.revision, key, resource, object, oldObject: cur.object, cause }) };
  }

  /**
   * Events after `fromRevision` (optionally of one resource). Without a revision: ADDED for each
   * existing object first (list-then-watch). A revision older than the history → 410 Expired.
   */
  watch(fromRevision?: number, resource?: string): WatchResult[] {
    if (fromRevision === undefined) {
      const out: WatchResult[] = [];
      const keys = [...this.objects.keys()].sort();
      for (const key of keys) {
        const e = this.objects.get(key)!;
        if (resource && e.resource !== resource) continue;
        out.push({ type: "ADDED", revision: Number(e.object.metadata.resourceVersion), key, resource: e.resource, object: e.object });
      }
      return out;
    }
    if (fromRevision < this.compacted) {
      return [{ type: "ERROR", object: expired(`too old resource version: ${fromRevision} (${this.compacted})`) }];
    }
    const out: WatchResult[] = [];
    for (let i = this.historyStart; i < this.history.length; i++) {
      const e = this.history[i]!;
      if (e.revision > fromRevision && (!resource || e.resource === resource)) out.push(e);
    }
    return out;
  }

  save(): StoreState {
    const table = new Map<KubeObject, number>();
    const objects: KubeObject[] = [];
    const ref = (o: KubeObject) => {
      let i = table.get(o);
      if (i === undefined) {
        table.set(o, (i = objects.length));
        objects.push(deepClone(o));
      }
      return i;
    };
    const keys = [...this.objects.keys()].sort();
    const current = keys.map((k) => {
      const e = this.objects.get(k)!;
      return { resource: e.resource, o: ref(e.object) };
    });
    const history = this.history.slice(this.historyStart).map((e) => ({
      type: e.type,
      revision: e.revision,
      key: e.key,
      resource: e.resource,
      o: ref(e.object),
      ...(e.oldObject ? { old: ref(e.oldObject) } : {}),
      ...(e.cause !== undefined ? { cause: e.cause } : {}),
    }));
    return { revision: this.revision, historyLimit: this.historyLimit, compacted: this.compacted, objects, current, history };
  }

  static load(state: StoreState): Store {
    const s = new Store(state.historyLimit);
    s.revision = state.revision;
    s.compacted = state.compacted;
    const objs = deepClone(state.objects);
    for (const { resource, o } of state.current) {
      const object = objs[o]!;
      s.index(resource, storeKey(resource, object.metadata.namespace, object.metadata.name), object);
    }
    s.history = state.history.map((h) => {
      const e: WatchEvent = { type: h.type, revision: h.revision, key: h.key, resource: h.resource, object: objs[h.o]! };
      if (h.old !== undefined) e.oldObject = objs[h.old]!;
      if (h.cause !== undefined) e.cause = h.cause;
      return e;
    });
    return s;
  }

  private emit(event: WatchEvent): WatchEvent {
    if (event.cause === undefined) delete event.cause;
    if (event.oldObject === undefined) delete event.oldObject;
    this.history.push(event);
    if (this.history.length - this.historyStart > this.historyLimit) {
      const dropped = this.history[this.historyStart]!;
      this.history[this.historyStart++] = undefined as unknown as WatchEvent;
      this.compacted = dropped.revision;
      // Reclaim the dropped prefix in one go once it dominates the array.
      if (this.historyStart > this.historyLimit) {
        this.history = this.history.slice(this.historyStart);
        this.historyStart = 0;
      }
    }
    this.onEvent?.(event);
    return event;
  }

  private setByName(resource: string, obj: KubeObject): void {
    let names = this.byName.get(resource);
    if (!names) this.byName.set(resource, (names = new Map()));
    const ns = obj.metadata.namespace ?? "";
    let objs = names.get(ns);
    if (!objs) names.set(ns, (objs = new Map()));
    objs.set(obj.metadata.name, obj);
  }

  private index(resource: string, key: string, obj: KubeObject): void {
    this.objects.set(key, { resource, object: obj });
    this.setByName(resource, obj);
    const ns = obj.metadata.namespace ?? "";
    // One bucket key for the three indexes the object goes into.
    const bk = keyOf(obj);
    bucket(this.byResource, resource).put(obj, bk);
    bucket(nested(this.byNamespace, resource), ns).put(obj, bk);
    for (const ref of obj.metadata.ownerReferences ?? []) {
      let set = this.byAnyOwner.get(ref.uid);
      if (!set) this.byAnyOwner.set(ref.uid, (set = new Set()));
      set.add(key);
      if (ref.controller) bucket(nested(this.byController, resource), ref.uid).put(obj, bk);
    }
  }

  /** Same key, new version: replace in place unless the owner references changed. */
  private reindex(resource: string, key: string, old: KubeObject, obj: KubeObject): void {
    if (sameOwners(old, obj)) {
      this.objects.set(key, { resource, object: obj });
      this.setByName(resource, obj);
      const bk = keyOf(obj);
      bucket(this.byResource, resource).put(obj, bk);
      bucket(nested(this.byNamespace, resource), obj.metadata.namespace ?? "").put(obj, bk);
      for (const ref of obj.metadata.ownerReferences ?? []) if (ref.controller) bucket(nested(this.byController, resource), ref.uid).put(obj, bk);
      return;
    }
    this.unindex(resource, key, old);
    this.index(resource, key, obj);
  }

  private unindex(resource: string, key: string, obj: KubeObject): void {
    const ns = obj.metadata.namespace ?? "";
    const bk = keyOf(obj);
    this.byResource.get(resource)?.remove(obj, bk);
    this.byNamespace.get(resource)?.get(ns)?.remove(obj, bk);
    for (const ref of obj.metadata.ownerReferences ?? []) {
      const set = this.byAnyOwner.get(ref.uid);
      set?.delete(key);
      if (set?.size === 0) this.byAnyOwner.delete(ref.uid);
      if (ref.controller) {
        const owners = this.byController.get(resource);
        const b = owners?.get(ref.uid);
        b?.remove(obj, bk);
        if (b?.size === 0) owners!.delete(ref.uid);
      }
    }
  }
}

function nested(map: Map<string, Map<string, Bucket>>, key: string): Map<string, Bucket> {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map()));
  return m;
}

function bucket(map: Map<string, Bucket>, key: string): Bucket {
  let b = map.get(key);
  if (!b) map.set(key, (b = new Bucket()));
  return b;
}

export function expired(message: string): StatusObject {
  return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason: "Expired", code: 410 };
}

function sameOwners(a: KubeObject, b: KubeObject): boolean {
  const x = a.metadata.ownerReferences ?? [];
  const y = b.metadata.ownerReferences ?? [];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i]!.uid !== y[i]!.uid || !x[i]!.controller !== !y[i]!.controller) return false;
  return true;
}
