// A minimal in-memory ControllerContext for unit tests of the scheduler and kubelet logic:
// objects in a Map, patches applied as shallow merges of spec/status, events recorded.
import type { ApiClient, ControllerContext, KubeObject, Lister, Random, TraceInput } from "../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface FakeWorld {
  ctx: ControllerContext;
  objects: Map<string, KubeObject>;
  events: { reason: string; type: string; message: string; object: string }[];
  traces: TraceInput[];
  timers: { at: number; kind: string; payload: unknown }[];
  setNow(ms: number): void;
  put(resource: string, obj: KubeObject): void;
  /** A context for another component: same objects and timers, its own private state. */
  ctxFor(component: string): ControllerContext;
}

const k = (resource: string, ns: string | undefined, name: string) => `${resource}/${ns ?? ""}/${name}`;

function seeded(seed: number): Random {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (max) => Math.floor(next() * max), string: (n, a) => Array.from({ length: n }, () => a[Math.floor(next() * a.length)]).join("") };
}

export function fakeWorld(seed = 1): FakeWorld {
  const objects = new Map<string, KubeObject>();
  const events: FakeWorld["events"] = [];
  const traces: TraceInput[] = [];
  const timers: FakeWorld["timers"] = [];
  const state = new Map<string, unknown>();
  let now = 0;
  // Per-resource index so list("nodes") does not scan every pod.
  const byResource = new Map<string, Map<string, KubeObject>>();
  const origSet = objects.set.bind(objects);
  const origDelete = objects.delete.bind(objects);
  const res = (key: string) => key.slice(0, key.indexOf("/"));
  objects.set = (key, o) => { (byResource.get(res(key)) ?? byResource.set(res(key), new Map()).get(res(key))!).set(key, o); return origSet(key, o); };
  objects.delete = (key) => { byResource.get(res(key))?.delete(key); return origDelete(key); };
  const list = (resource: string, ns?: string) =>
    [...(byResource.get(resource)?.values() ?? [])].filter((o) => ns === undefined || o.metadata.namespace === ns);
  const lister: Lister = {
    get: (r, ns, name) => objects.get(k(r, ns, name)),
    list: (r, ns) => list(r, ns),
    byOwner: (r, uid) => list(r).filter((o) => o.metadata.ownerReferences?.some((x) => x.uid === uid && x.controller)),
  };
  // A Binding: nodeName and the PodScheduled condition in one write, as the API server does.
  const bindPod = (b: { metadata: { namespace: string; name: string }; target: { name: string } }): KubeObject => {
    const key = k("pods", b.metadata.namespace, b.metadata.name);
    const prev = objects.get(key)!;
    const conditions = [...(prev.status?.conditions ?? []).filter((c: any) => c.type !== "PodScheduled"), { type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: `t${now}` }];
    const cur = { ...prev, spec: { ...prev.spec, nodeName: b.target.name }, status: { ...prev.status, conditions } };
    objects.set(key, cur);
    return cur;
  };
  const api: ApiClient = {
    create: (o) => {
      if (o.kind === "Binding") return bindPod(o as any);
      const obj = structuredClone(o) as KubeObject; objects.set(k(`${String(o.kind).toLowerCase()}s`, obj.metadata.namespace, obj.metadata.name), obj); return obj;
    },
    update: (o) => o, updateStatus: (o) => o,
    patch: (r, ns, name, patch: any) => {
      const prev = objects.get(k(r, ns, name))!;
      const cur = { ...prev, metadata: { ...prev.metadata } };
      if (patch.spec) cur.spec = { ...cur.spec, ...patch.spec };
      if (patch.status) cur.status = { ...cur.status, ...patch.status };
      if (patch.metadata) cur.metadata = { ...cur.metadata, ...patch.metadata };
      objects.set(k(r, ns, name), cur);
      return cur;
    },
    delete: (r, ns, name) => { objects.delete(k(r, ns, name)); return undefined; },
    get: (r, ns, name) => objects.get(k(r, ns, name))!,
    list: (r, ns) => ({ items: list(r, ns), resourceVersion: "1" }),
  };
  const ctx: ControllerContext = {
    now: () => now,
    timestamp: (at) => `t${at ?? now}`,
    lister, api, random: seeded(seed),
    schedule: (delayMs, task) => { timers.push({ at: now + delayMs, ...task }); },
    event: (o, type, reason, message) => { events.push({ type, reason, message, object: o.metadata.name }); },
    trace: (e) => { traces.push(e); return traces.length; },
    state: <T>(init: () => T) => { if (!state.has("s")) state.set("s", init()); return state.get("s") as T; },
  };
  const ctxFor = (component: string): ControllerContext => ({
    ...ctx,
    schedule: (delayMs, task) => { timers.push({ at: now + delayMs, ...task }); },
    state: <T>(init: () => T) => { if (!state.has(component)) state.set(component, init()); return state.get(component) as T; },
  });
  return {
    ctx, objects, events, traces, timers, ctxFor,
    setNow: (ms) => { now = ms; },
    put: (r, o) => objects.set(k(r, o.metadata.namespace, o.metadata.name), o),
  };
}
