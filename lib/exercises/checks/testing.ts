// Test helpers: a ClusterView over a fixed set of objects, and running a check against it.
import { parseSelector } from "@/lib/sim";
import type { ActionRecord, ApiObject, Check, CheckOutcome, ClusterView, ObjectChange } from "../types";

const RESOURCES: Record<string, string> = { Pod: "pods", Deployment: "deployments", Node: "nodes", Service: "services", Endpoints: "endpoints" };

export function viewOf(objects: ApiObject[], now = 0): ClusterView {
  const resourceOf = (o: ApiObject) => RESOURCES[o.kind] ?? `${o.kind.toLowerCase()}s`;
  return {
    now: () => now,
    get: (r, ns, name) => objects.find((o) => resourceOf(o) === r && o.metadata.namespace === ns && o.metadata.name === name),
    list: (r, ns, selector) =>
      objects.filter((o) => resourceOf(o) === r && (ns === undefined || o.metadata.namespace === ns) && (!selector || parseSelector(selector).matches(o.metadata.labels ?? {}))),
  };
}

export function runCheck(check: Check, opts: { start?: ApiObject[]; changes?: ObjectChange[]; end?: ApiObject[]; actions?: ActionRecord[]; now?: number } = {}): CheckOutcome {
  const run = check.start();
  run.begin?.(viewOf(opts.start ?? []));
  for (const c of opts.changes ?? []) run.onChange?.(c);
  return run.finish({ cluster: viewOf(opts.end ?? [], opts.now ?? 0), actions: opts.actions ?? [] });
}

let uid = 0;
export function pod(name: string, opts: { labels?: Record<string, string>; ready?: boolean; node?: string; image?: string; namespace?: string; terminating?: boolean; waiting?: string } = {}): ApiObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: opts.namespace ?? "default", uid: `u${++uid}`, labels: opts.labels ?? {}, ...(opts.terminating ? { deletionTimestamp: "2026-01-01T00:00:10Z" } : {}) },
    spec: { containers: [{ name: "app", image: opts.image ?? "nginx:1.27" }], ...(opts.node ? { nodeName: opts.node } : {}) },
    status: {
      phase: opts.ready ? "Running" : "Pending",
      conditions: [{ type: "Ready", status: opts.ready ? "True" : "False" }],
      containerStatuses: opts.waiting ? [{ state: { waiting: { reason: opts.waiting } } }] : [],
    },
  };
}

export function deployment(name: string, d: { replicas?: number; image?: string; generation?: number; status?: Record<string, unknown> } = {}): ApiObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name, namespace: "default", uid: `d-${name}`, generation: d.generation ?? 1 },
    spec: { replicas: d.replicas ?? 3, template: { spec: { containers: [{ name: name, image: d.image ?? "nginx:1.27" }] } } },
    status: d.status ?? {},
  };
}
