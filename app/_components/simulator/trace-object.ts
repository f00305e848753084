// The object a control-loop trace entry is about, for the control-loop view's detail pane:
// a store write or watch delivery shows the object exactly as written at that revision (from
// the store's watch history, while it still holds it); an API request shows what its write
// stored; reconciles, scheduling and kubelet entries show the object they worked on, as it is now.
import type { SimCluster } from "@/lib/exercises/sim-adapter";
import type { KubeObject, TraceEvent } from "@/lib/sim/types";
import { printYaml } from "@/lib/sim/kubectl/printers";

export interface TraceObject {
  title: string;
  yaml: string;
}

/** Which resource a controller's queue keys name (the controller's primary kind). */
const CONTROLLER_RESOURCE: Record<string, string> = {
  "deployment-controller": "deployments",
  "replicaset-controller": "replicasets",
  "statefulset-controller": "statefulsets",
  "daemonset-controller": "daemonsets",
  "job-controller": "jobs",
  "cronjob-controller": "cronjobs",
  "endpoint-controller": "services",
  "endpointslice-controller": "services",
  "default-scheduler": "pods",
  kubelet: "pods",
  "node-lifecycle-controller": "nodes",
  "taint-eviction-controller": "pods",
  "namespace-controller": "namespaces",
  "persistentvolume-controller": "persistentvolumeclaims",
  "horizontal-pod-autoscaler": "horizontalpodautoscalers",
};

/** `/registry/<resource>/<namespace>/<name>` or `/registry/<resource>/<name>`. */
export function parseKey(key: string): { resource: string; namespace?: string; name: string } | null {
  const parts = key.split("/").slice(2);
  if (parts.length === 3) return { resource: parts[0]!, namespace: parts[1], name: parts[2]! };
  if (parts.length === 2) return { resource: parts[0]!, name: parts[1]! };
  return null;
}

/** "ns/name" (or a bare name); scheduler keys carry a queue prefix ("a:ns/name"). */
function splitKey(key: string): { namespace?: string; name: string } {
  const k = key.replace(/^[a-z]+:/, "");
  const slash = k.indexOf("/");
  return slash < 0 ? { name: k } : { namespace: k.slice(0, slash), name: k.slice(slash + 1) };
}

const shown = (o: KubeObject | undefined, title: string, gone: string): TraceObject => (o ? { title, yaml: printYaml(o) } : { title, yaml: gone });

export function traceObject(cluster: SimCluster, entryId: number): TraceObject {
  const { tracer, store, lister } = cluster.internals;
  const e: TraceEvent | undefined = tracer.byId(entryId);
  if (!e) return { title: `#${entryId}`, yaml: "# This trace entry is no longer kept (the trace holds the most recent 50,000)." };
  const current = (resource: string, namespace: string | undefined, name: string, title: string) =>
    shown(lister.get(resource, namespace, name), title, `# ${resource} ${namespace ? `${namespace}/` : ""}${name} no longer exists.`);
  const atRevision = (key: string, revision: number, title: string): TraceObject => {
    const ref = parseKey(key);
    if (!ref) return { title, yaml: `# ${key}` };
    const events = store.watch(revision - 1, ref.resource);
    const hit = events.find((w) => w.type !== "ERROR" && w.revision === revision && w.key === key);
    if (hit && hit.type !== "ERROR") return { title, yaml: printYaml(hit.object) };
    // Compacted out of the watch history: the object as it is now.
    return current(ref.resource, ref.namespace, ref.name, `${title} (now; revision ${revision} is no longer kept)`);
  };
  switch (e.type) {
    case "store":
      return atRevision(e.key, e.revision, `${e.eventType} ${e.key} at revision ${e.revision}`);
    case "watch":
      return atRevision(e.key, e.revision, `${e.eventType} ${e.key} → ${e.watcher} (revision ${e.revision})`);
    case "api": {
      // The store write this request caused follows it closely in the trace.
      for (let id = e.id + 1; id <= e.id + 50; id++) {
        const w = tracer.byId(id);
        if (w?.type === "store" && w.cause === e.id) return atRevision(w.key, w.revision, `${e.verb.toUpperCase()} ${w.key} by ${e.user} (revision ${w.revision})`);
      }
      if (!e.name) return { title: `${e.verb.toUpperCase()} ${e.resource} by ${e.user}`, yaml: `# A ${e.verb} of ${e.resource}${e.namespace ? ` in ${e.namespace}` : ""}: no single object.` };
      return current(e.resource, e.namespace, e.name, `${e.verb.toUpperCase()} ${e.resource} ${e.namespace ? `${e.namespace}/` : ""}${e.name} by ${e.user} (${e.code})`);
    }
    case "reconcile": {
      const resource = CONTROLLER_RESOURCE[e.controller];
      const { namespace, name } = splitKey(e.key);
      if (!resource) return { title: `${e.controller} ${e.key}`, yaml: `# ${e.controller}: ${e.message}` };
      return current(resource, namespace, name, `${e.controller} reconciled ${resource} ${e.key.replace(/^[a-z]+:/, "")}`);
    }
    case "schedule":
    case "kubelet": {
      const { namespace, name } = splitKey(e.pod);
      return current("pods", namespace, name, e.type === "schedule" ? `scheduling ${e.pod}` : `kubelet on ${e.node}: ${e.pod}`);
    }
    case "fault": {
      const { namespace, name } = splitKey(e.target);
      return namespace ? current("pods", namespace, name, `fault ${e.action} ${e.target}`) : current("nodes", undefined, name, `fault ${e.action} ${e.target}`);
    }
    default:
      return { title: e.type, yaml: `# ${"message" in e ? e.message : e.type}` };
  }
}
