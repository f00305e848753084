// A load generator (`hey`-like): N connections from one client to ip:port, each routed by
// route(). Service sessionAffinity ClientIP is honoured through route()'s affinity table (one
// client, so after the first connection every other one lands on the same endpoint).
import { route, type AffinityTable, type Pick, type RouteResult, type RouteSource } from "./route";
import type { NetworkView } from "./view";

export interface TrafficReport {
  requests: number;
  /** Responses per backend pod, "namespace/name" → count, in first-hit order. */
  byPod: Record<string, number>;
  /** Failures per reason ("connection refused: default/web has no endpoints"). */
  errors: Record<string, number>;
}

/** Sends `n` requests; `pick` chooses among endpoints (e.g. ctx.random.int for a seeded cluster). */
export function sendRequests(view: NetworkView, from: RouteSource, dest: string, n: number, pick: Pick, affinity: AffinityTable = {}, now = 0): TrafficReport {
  const report: TrafficReport = { requests: n, byPod: {}, errors: {} };
  for (let i = 0; i < n; i++) {
    const r: RouteResult = route(view, from, dest, pick, "TCP", { affinity, now });
    if (r.ok) {
      const key = `${r.pod.metadata.namespace}/${r.pod.metadata.name}`;
      report.byPod[key] = (report.byPod[key] ?? 0) + 1;
    } else {
      const key = `${r.error}: ${r.reason}`;
      report.errors[key] = (report.errors[key] ?? 0) + 1;
    }
  }
  return report;
}
