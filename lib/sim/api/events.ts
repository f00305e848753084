// The event recorder behind ControllerContext.event: core/v1 Events with client-go's
// correlation — a repeat of the same (source, object, type, reason, message) increments
// count and lastTimestamp of the existing Event instead of creating another. Events expire
// after an hour (kube-apiserver --event-ttl=1h).
import type { KubeObject } from "../types";
import { rfc3339ToMs } from "../node/time";
import type { ApiServer } from "./server";

export const EVENT_TTL_MS = 60 * 60 * 1000;
/** client-go's event cache is an LRU of 4096 entries. */
const CACHE_LIMIT = 4096;

export interface RecorderState {
  /** correlation key → Event name/namespace. */
  cache: Record<string, { namespace: string; name: string }>;
  /** Events in creation order with their expiry, swept as time passes. */
  expiry: { at: number; namespace: string; name: string }[];
  seq: number;
  order: string[];
  orderHead: number;
}

export const newRecorderState = (): RecorderState => ({ cache: {}, expiry: [], seq: 0, order: [], orderHead: 0 });

/** Hex of (ms × 10⁶ + sub) without BigInt: split ms×10⁶ into 2³² words exactly. */
function eventSuffix(ms: number, sub: number): string {
  const hi = Math.floor(ms / 4096);
  const lo = ms % 4096; // ms = hi·2¹² + lo; ms·10⁶ = hi·10⁶·2¹² + lo·10⁶
  let low = lo * 1_000_000 + sub + (hi * 1_000_000 % 1_048_576) * 4096;
  let high = Math.floor((hi * 1_000_000) / 1_048_576); // in units of 2³²
  high += Math.floor(low / 4_294_967_296);
  low %= 4_294_967_296;
  return high === 0 ? low.toString(16) : high.toString(16) + low.toString(16).padStart(8, "0");
}

export function recordEvent(server: ApiServer, state: RecorderState, component: string, obj: KubeObject, type: string, reason: string, message: string): void {
  const now = server.clock.now();
  sweep(server, state, now);
  const m = obj.metadata;
  const namespace = m.namespace ?? "default";
  // The kubelet reports from its node.
  const host = component === "kubelet" ? (obj.spec?.nodeName as string | undefined) : undefined;
  const involved = { kind: obj.kind, namespace: m.namespace, name: m.name, uid: m.uid, apiVersion: obj.apiVersion, resourceVersion: m.resourceVersion };
  const key = [component, host ?? "", obj.kind, namespace, m.name, m.uid, obj.apiVersion, type, reason, message].join("\u0000");
  const ts = server.timestamp();
  const user = component;
  const cached = state.cache[key];
  if (cached) {
    const existing = server.store.get("events", cached.namespace, cached.name);
    if (existing) {
      server.patch(user, "events", cached.namespace, cached.name, { count: Number(existing.count ?? 1) + 1, lastTimestamp: ts });
      return;
    }
  }
  // client-go names events <object>.<unix nanos in hex>; the sequence keeps same-ms events apart.
  const name = `${m.name}.${eventSuffix(server.clock.epochMs + Math.floor(now), state.seq++ % 1_000_000)}`;
  const event = {
    apiVersion: "v1",
    kind: "Event",
    metadata: { name, namespace },
    involvedObject: involved,
    reason,
    message,
    source: host ? { component, host } : { component },
    firstTimestamp: ts,
    lastTimestamp: ts,
    count: 1,
    type,
    eventTime: null,
    reportingComponent: component,
    reportingInstance: host ?? "",
  };
  try {
    server.create(user, event);
  } catch {
    // The namespace is gone or terminating: client-go drops the event too.
    return;
  }
  const fresh = cached === undefined;
  state.cache[key] = { namespace, name };
  state.expiry.push({ at: now + EVENT_TTL_MS, namespace, name });
  if (fresh) {
    // LRU-ish eviction in insertion order; `order` is a FIFO of keys (for-in would enumerate all).
    state.order.push(key);
    while (state.order.length - state.orderHead > CACHE_LIMIT) delete state.cache[state.order[state.orderHead++]!];
    if (state.orderHead > CACHE_LIMIT) {
      state.order = state.order.slice(state.orderHead);
      state.orderHead = 0;
    }
  }
}

/** Deletes events whose TTL ran out (refreshed events live on from their last update). */
function sweep(server: ApiServer, state: RecorderState, now: number): void {
  let i = 0;
  while (i < state.expiry.length && state.expiry[i]!.at <= now && i < 1000) {
    const { namespace, name } = state.expiry[i]!;
    const ev = server.store.get("events", namespace, name);
    i++;
    if (!ev) continue;
    // Every write renews the event's lease: a refreshed event lives an hour from its last update.
    const last = rfc3339ToMs(String(ev.lastTimestamp ?? "")) - server.clock.epochMs;
    if (last + EVENT_TTL_MS > now) {
      state.expiry.push({ at: last + EVENT_TTL_MS, namespace, name });
      continue;
    }
    server.commitDelete(server.kind("events"), ev);
  }
  if (i > 0) state.expiry.splice(0, i);
}
