// The one place lib/exercises reaches past lib/sim's public index: fault injection (faults.ts
// is driven with the cluster's own component contexts, as the widget's fault buttons are),
// the store's change feed for history checks, and trace entries to attribute API requests to
// a learner action. ClusterInternals is documented as the access for "kubectl, faults,
// exercises and tests"; keeping it here means a change to it touches one file.
import { createCluster, parseSelector, restoreCluster } from "@/lib/sim";
import * as faults from "@/lib/sim/faults";
import type { FaultSpec } from "./action-log";
import type { ApiObject, ClusterView, LearnerApiCall, ObjectChange } from "./types";

export type SimCluster = ReturnType<typeof createCluster>;
export { createCluster, restoreCluster };

/** Injects a fault as the widget's buttons and the exercise's scripted events do; returns a note or an error text. */
export function injectFault(cluster: SimCluster, fault: FaultSpec): { ok: boolean; message: string } {
  const i = cluster.internals;
  const c: faults.FaultContexts = { ctx: i.context("faults"), kubelet: i.context("kubelet"), lifecycle: i.context("node-lifecycle-controller") };
  try {
    if (fault.type !== "killContainer" && fault.type !== "deletePod" && !i.lister.get("nodes", undefined, fault.node)) {
      return { ok: false, message: `node ${fault.node} does not exist` };
    }
    let ok = true;
    switch (fault.type) {
      case "failNode": faults.failNode(c, fault.node); break;
      case "recoverNode": faults.recoverNode(c, fault.node); break;
      case "cordon": faults.cordon(c, fault.node); break;
      case "uncordon": faults.uncordon(c, fault.node); break;
      case "drain": faults.drain(c, fault.node); break;
      case "killContainer": ok = faults.killContainer(c, fault.namespace, fault.pod, fault.container); break;
      case "deletePod": faults.deletePod(c, fault.namespace, fault.pod); break;
    }
    return { ok, message: ok ? `${fault.type} done` : `${fault.type}: nothing to do` };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  } finally {
    // Whatever the fault wrote is handled at the same instant, as after a kubectl command.
    i.run();
  }
}

/** Calls `listener` with every store write (exact virtual time), on top of the cluster's own feed. */
export function tapChanges(cluster: SimCluster, listener: (change: ObjectChange) => void): void {
  const store = cluster.internals.store;
  const own = store.onEvent;
  store.onEvent = (e) => {
    own?.(e);
    listener({ type: e.type, resource: e.resource, object: e.object as ApiObject, at: cluster.now() });
  };
}

/** Id of the newest trace entry (0 when none): mark before an action, read after. */
export const traceMark = (cluster: SimCluster): number => cluster.internals.tracer.last()?.id ?? 0;

/** API requests sent as `user` since `mark` (the requests one learner action made). */
export function apiCallsSince(cluster: SimCluster, mark: number, user: string): LearnerApiCall[] {
  const tracer = cluster.internals.tracer;
  const last = traceMark(cluster);
  const calls: LearnerApiCall[] = [];
  for (let id = mark + 1; id <= last; id++) {
    const e = tracer.byId(id);
    if (!e || e.type !== "api" || e.user !== user || e.verb === "get" || e.verb === "list" || e.verb === "watch") continue;
    calls.push({ at: e.at, verb: e.verb, resource: e.resource, code: e.code, ...(e.namespace ? { namespace: e.namespace } : {}), ...(e.name ? { name: e.name } : {}) });
  }
  return calls;
}

/** A read-only view for checks: cache reads, no API requests, nothing traced. */
export function clusterView(cluster: SimCluster): ClusterView {
  const lister = cluster.internals.lister;
  return {
    now: () => cluster.now(),
    get: (resource, namespace, name) => lister.get(resource, namespace, name) as ApiObject | undefined,
    list: (resource, namespace, selector) => {
      const all = lister.list(resource, namespace) as readonly ApiObject[];
      if (!selector) return [...all];
      const sel = parseSelector(selector);
      return all.filter((o) => sel.matches(o.metadata.labels ?? {}));
    },
  };
}
