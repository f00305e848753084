// A load generator (`hey`-like): N requests from one client to ip:port, each routed by route(),
// with Service sessionAffinity ClientIP honoured inside the batch (kube-proxy's "recent" match
// sends a client back to the endpoint it first reached, within timeoutSeconds).
import { route, type Pick, type RouteResult, type RouteSource } from "./route";
import type { NetworkView } from "./view";

export interface TrafficReport {
  requests: number;
  /** Responses per backend pod, "namespace/name" → count, in first-hit order. */
  byPod: Record<string, number>;
  /** Failures per reason ("connection refused: default/web has no endpoints"). */
  errors: Record<string, number>;
}

/** Sends `n` requests; `pick` chooses among endpoints (e.g. ctx.random.int for a seeded cluster). */
export function sendRequests(view: NetworkView, from: RouteSource, dest: string, n: number, pick: Pick): TrafficReport {
  const report: TrafficReport = { requests: n, byPod: {}, errors: {} };
  // Affinity is per client; one client sends the whole batch, so one remembered choice suffices.
  const sticky = affinityKey(view, dest);
  let remembered: number | undefined;
  for (let i = 0; i < n; i++) {
    const r: RouteResult = route(view, from, dest, (count) => {
      if (sticky && remembered !== undefined && remembered < count) return remembered;
      const chosen = pick(count);
      if (sticky) remembered = chosen;
      return chosen;
    });
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

/** The Service at a cluster IP or node port whose sessionAffinity is ClientIP, keyed for stickiness. */
function affinityKey(view: NetworkView, dest: string): string | undefined {
  const m = /^(.*):(\d+)$/.exec(dest);
  if (!m) return undefined;
  const port = Number(m[2]);
  const svc = view.services.find((s) => s.spec?.sessionAffinity === "ClientIP" && ((s.spec?.clusterIP === m[1] && (s.spec?.ports ?? []).some((p: { port: number }) => p.port === port)) || (s.spec?.ports ?? []).some((p: { nodePort?: number }) => p.nodePort === port)));
  return svc ? `${svc.metadata.namespace}/${svc.metadata.name}` : undefined;
}
