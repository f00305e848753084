// The control-loop view's model, pure so it is tested without a browser: which component each
// trace entry goes from and to (kubectl → API server → etcd, watch deliveries back out to the
// controllers, scheduler and kubelets), a sentence saying what happened and why, and the
// filters (entry kinds, reads and heartbeats hidden by default, text).
import type { TraceEvent } from "@/lib/sim";

export type Component = "kubectl" | "apiserver" | "etcd" | "controllers" | "scheduler" | "kubelet" | "proxy";

export const COMPONENTS: { id: Component; label: string; sub: string; x: number; y: number }[] = [
  { id: "kubectl", label: "kubectl", sub: "you", x: 70, y: 130 },
  { id: "apiserver", label: "API server", sub: "kube-apiserver", x: 270, y: 130 },
  { id: "etcd", label: "etcd", sub: "the store", x: 270, y: 232 },
  { id: "controllers", label: "Controller manager", sub: "kube-controller-manager", x: 490, y: 34 },
  { id: "scheduler", label: "Scheduler", sub: "kube-scheduler", x: 490, y: 100 },
  { id: "kubelet", label: "Kubelets", sub: "one per node", x: 490, y: 166 },
  { id: "proxy", label: "kube-proxy", sub: "Service rules", x: 490, y: 232 },
];

export type EntryKind = "write" | "read" | "store" | "watch" | "reconcile" | "schedule" | "kubelet" | "fault";

export const FILTERS: { kind: EntryKind; label: string }[] = [
  { kind: "write", label: "API writes" },
  { kind: "store", label: "etcd" },
  { kind: "watch", label: "Watch events" },
  { kind: "reconcile", label: "Reconciles" },
  { kind: "schedule", label: "Scheduling" },
  { kind: "kubelet", label: "Kubelet" },
  { kind: "fault", label: "Faults" },
];

/** Who sent an API request, as a component of the diagram. */
export function componentOf(user: string): Component {
  if (user === "kubectl" || user === "faults") return "kubectl";
  if (user === "default-scheduler" || user === "scheduler") return "scheduler";
  if (user === "kubelet" || user.startsWith("kubelet/") || user.startsWith("system:node:")) return "kubelet";
  if (user === "system:apiserver") return "apiserver";
  if (user === "kube-proxy") return "proxy";
  return "controllers";
}

export function kindOf(e: TraceEvent): EntryKind | null {
  switch (e.type) {
    case "api":
      return e.verb === "get" || e.verb === "list" || e.verb === "watch" ? "read" : "write";
    case "store":
      return "store";
    case "watch":
      return "watch";
    case "reconcile":
      return "reconcile";
    case "schedule":
      return "schedule";
    case "kubelet":
      return "kubelet";
    case "fault":
      return "fault";
    default:
      return null;
  }
}

/** Node heartbeats (Lease renewals) and their deliveries: every 10 s per node, noise for a learner. */
export function isHeartbeat(e: TraceEvent): boolean {
  if (e.type === "api") return e.resource === "leases";
  if (e.type === "store" || e.type === "watch") return e.key.startsWith("/registry/leases/");
  return false;
}

/** `/registry/pods/default/web` → `pods default/web`. */
export function keyLabel(key: string): string {
  const [, , resource, ...rest] = key.split("/");
  return `${resource} ${rest.join("/")}`;
}

export interface Edge {
  from: Component;
  to: Component;
}

/** The arrow (or, when from === to, the component lighting up) an entry is drawn as. */
export function edgeOf(e: TraceEvent): Edge | null {
  switch (e.type) {
    case "api":
      return { from: componentOf(e.user), to: "apiserver" };
    case "store":
      return { from: "apiserver", to: "etcd" };
    case "watch":
      return { from: "apiserver", to: componentOf(e.watcher) };
    case "reconcile": {
      const c = componentOf(e.controller);
      return { from: c, to: c };
    }
    case "schedule":
      return { from: "scheduler", to: "scheduler" };
    case "kubelet":
      return { from: "kubelet", to: "kubelet" };
    case "fault":
      return { from: "kubectl", to: e.target.includes("/") ? "apiserver" : "kubelet" };
    default:
      return null;
  }
}

/**
 * Components that react to an entry without a trace entry of their own: kube-proxy on every
 * node watches Services and EndpointSlices and rewrites its rules (the simulator models the
 * rules as a pure function of those objects, so it records no watch of its own).
 */
export function alsoNotified(e: TraceEvent): Component[] {
  return e.type === "store" && /^\/registry\/(services|endpointslices)\//.test(e.key) ? ["proxy"] : [];
}

const objectOf = (e: { resource: string; namespace?: string; name?: string }) => `${e.resource}${e.name ? ` ${e.namespace ? `${e.namespace}/` : ""}${e.name}` : ""}`;

/** One line: what happened. */
export function summary(e: TraceEvent): string {
  switch (e.type) {
    case "api":
      return `${e.user} → ${e.verb.toUpperCase()} ${objectOf(e)} (${e.code})`;
    case "store":
      return `etcd stores rev ${e.revision}: ${e.eventType} ${keyLabel(e.key)}`;
    case "watch":
      return `${e.watcher} ← ${e.eventType} ${keyLabel(e.key)}`;
    case "reconcile":
      return `${e.controller} reconciles ${e.key}${e.message === "sync" ? "" : `: ${e.message}`}`;
    case "schedule":
      return e.node ? `scheduler binds ${e.pod} → ${e.node}` : `scheduler cannot place ${e.pod}`;
    case "kubelet":
      return `kubelet on ${e.node}: ${e.action} ${e.pod}${e.container ? ` (${e.container})` : ""}`;
    case "fault":
      return `fault: ${e.message}`;
    default:
      return `${e.type}${"message" in e ? `: ${String(e.message)}` : ""}`;
  }
}

/** Several sentences: what it means and why it happened (the reasons a scheduler gives, etc.). */
export function explain(e: TraceEvent): string[] {
  switch (e.type) {
    case "api": {
      const out = [`${e.user} sent ${e.verb.toUpperCase()} for ${objectOf(e)} to the API server, which answered ${e.code}.`];
      if (e.message) out.push(e.message);
      if (e.code < 300 && e.verb !== "get" && e.verb !== "list") out.push("A successful write is stored in etcd, and every component watching this resource is told.");
      return out;
    }
    case "store":
      return [
        `etcd recorded ${e.eventType} of ${keyLabel(e.key)} at revision ${e.revision}.`,
        "Revisions are global and only grow: watchers resume from the last one they saw.",
        ...(alsoNotified(e).includes("proxy") ? ["kube-proxy on every node watches Services and EndpointSlices, and rewrites its forwarding rules from them."] : []),
      ];
    case "watch":
      return [`${e.watcher} watches this resource: the API server delivered ${e.eventType} ${keyLabel(e.key)} (revision ${e.revision}).`, "The controller puts the object's key in its work queue and reconciles it soon after: it compares what is wanted with what is, and acts on the difference."];
    case "reconcile":
      return [`${e.controller} reconciled ${e.key}${e.message === "sync" ? ": it read the current state from its cache and acted on any difference with the desired state." : `: ${e.message}.`}`];
    case "schedule": {
      const out = [e.message];
      for (const n of e.nodes) {
        const rejected = n.filters.find((f) => f.result !== "passed");
        out.push(rejected ? `${n.node}: rejected by ${rejected.plugin} — ${rejected.result}` : `${n.node}: fits${n.score !== undefined ? `, score ${n.score}` : ""}${n.node === e.node ? " (chosen)" : ""}`);
      }
      return out;
    }
    case "kubelet":
      return [`The kubelet on ${e.node} works on ${e.pod}: ${e.message}.`, "Kubelets watch pods bound to their node and make the containers match the spec, then report status back."];
    case "fault":
      return [e.message, "A fault changes the world under the cluster; the control loops notice and repair what they own."];
    default:
      return ["message" in e ? String(e.message) : e.type];
  }
}

export interface TraceFilter {
  kinds: ReadonlySet<EntryKind>;
  /** Show API reads and node heartbeats too. */
  noisy: boolean;
  text: string;
}

export const DEFAULT_FILTER: TraceFilter = { kinds: new Set(FILTERS.map((f) => f.kind)), noisy: false, text: "" };

export function visible(e: TraceEvent, f: TraceFilter): boolean {
  const kind = kindOf(e);
  if (!kind) return false;
  if (!f.noisy && (kind === "read" || isHeartbeat(e))) return false;
  if (kind !== "read" && !f.kinds.has(kind)) return false;
  if (kind === "read" && !f.kinds.has("write")) return false;
  return !f.text || summary(e).toLowerCase().includes(f.text.toLowerCase());
}
