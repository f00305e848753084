// What the cluster view draws, computed in the worker from `kubectl get … -o json` lists
// (the simulator's public surface) so the page receives a small, ready-to-render structure.

export type Tone = "ok" | "progress" | "error" | "done" | "terminating";

export interface PodView {
  namespace: string;
  name: string;
  /** What `kubectl get pods` prints in STATUS: Running, ContainerCreating, CrashLoopBackOff… */
  status: string;
  tone: Tone;
  ready: string;
  restarts: number;
  images: string[];
  /** Container names, in spec order (the inspector's "crash container" picks one). */
  containers: string[];
  node: string | null;
  /** kind/name of the controlling owner, if any. */
  owner: string | null;
}

export interface NodeView {
  name: string;
  ready: boolean;
  unschedulable: boolean;
  roles: string[];
  pods: PodView[];
}

export interface WorkloadView {
  kind: string;
  namespace: string;
  name: string;
  /** ready/desired, as READY prints it. */
  ready: string;
  owner: string | null;
}

export interface ServiceView {
  namespace: string;
  name: string;
  type: string;
  clusterIP: string;
  ports: string;
}

export interface ClusterView {
  nodes: NodeView[];
  /** Pods not bound to a node yet (Pending). */
  unscheduled: PodView[];
  workloads: WorkloadView[];
  services: ServiceView[];
}

/** The kubectl resources the view lists; kinds the simulator does not serve yet are skipped. */
export const VIEW_RESOURCES = ["nodes", "pods", "deployments", "replicasets", "statefulsets", "daemonsets", "services"] as const;
export type ViewResource = (typeof VIEW_RESOURCES)[number];

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

function controller(meta: Obj): string | null {
  const ref = arr(meta.ownerReferences).map(obj).find((r) => r.controller === true);
  return ref ? `${str(ref.kind)}/${str(ref.name)}` : null;
}

const ERROR_REASONS = /BackOff|Err|Error|OOMKilled|Failed|Evicted|Invalid|Unknown|NodeLost|ContainerStatusUnknown|Signal:|ExitCode:/;

/** The STATUS column of `kubectl get pods`, after kubectl's printPod (simplified: no sidecars). */
export function podStatus(pod: Obj): string {
  const meta = obj(pod.metadata);
  const status = obj(pod.status);
  let reason = str(status.reason) ?? str(status.phase) ?? "Pending";
  const inits = arr(status.initContainerStatuses).map(obj);
  const initTotal = arr(obj(pod.spec).initContainers).length;
  let initializing = false;
  for (const [i, c] of inits.entries()) {
    const state = obj(c.state);
    const terminated = obj(state.terminated);
    if (state.terminated && num(terminated.exitCode) === 0) continue;
    initializing = true;
    const waiting = str(obj(state.waiting).reason);
    if (state.terminated) reason = `Init:${str(terminated.reason) ?? `ExitCode:${num(terminated.exitCode)}`}`;
    else if (waiting && waiting !== "PodInitializing") reason = `Init:${waiting}`;
    else reason = `Init:${i}/${initTotal}`;
    break;
  }
  if (!initializing) {
    let running = false;
    for (const c of arr(status.containerStatuses).map(obj).reverse()) {
      const state = obj(c.state);
      const waiting = str(obj(state.waiting).reason);
      const terminated = obj(state.terminated);
      if (waiting) reason = waiting;
      else if (state.terminated) reason = str(terminated.reason) ?? (terminated.signal ? `Signal:${num(terminated.signal)}` : `ExitCode:${num(terminated.exitCode)}`);
      else if (state.running && c.ready === true) running = true;
    }
    if (reason === "Completed" && running) reason = "Running";
  }
  if (meta.deletionTimestamp) reason = status.reason === "NodeLost" ? "Unknown" : "Terminating";
  return reason;
}

export function toneOf(status: string, ready: string): Tone {
  if (status === "Terminating") return "terminating";
  if (status === "Completed" || status === "Succeeded") return "done";
  if (ERROR_REASONS.test(status)) return "error";
  if (status === "Running") {
    const [r, t] = ready.split("/");
    return r === t ? "ok" : "progress";
  }
  return "progress";
}

export function podView(pod: Obj): PodView {
  const meta = obj(pod.metadata);
  const spec = obj(pod.spec);
  const statuses = arr(obj(pod.status).containerStatuses).map(obj);
  const containers = arr(spec.containers).map(obj);
  const ready = `${statuses.filter((c) => c.ready === true).length}/${containers.length}`;
  const status = podStatus(pod);
  return {
    namespace: str(meta.namespace) ?? "default",
    name: str(meta.name) ?? "",
    status,
    tone: toneOf(status, ready),
    ready,
    restarts: statuses.reduce((n, c) => n + num(c.restartCount), 0),
    images: containers.map((c) => str(c.image) ?? ""),
    containers: containers.map((c) => str(c.name) ?? ""),
    node: str(spec.nodeName) ?? null,
    owner: controller(meta),
  };
}

function nodeView(node: Obj): NodeView {
  const meta = obj(node.metadata);
  const labels = obj(meta.labels);
  const ready = arr(obj(node.status).conditions).map(obj).find((c) => c.type === "Ready");
  const roles = Object.keys(labels)
    .filter((k) => k.startsWith("node-role.kubernetes.io/"))
    .map((k) => k.slice("node-role.kubernetes.io/".length));
  return { name: str(meta.name) ?? "", ready: ready?.status === "True", unschedulable: obj(node.spec).unschedulable === true, roles, pods: [] };
}

function workloadView(kind: string, o: Obj): WorkloadView {
  const meta = obj(o.metadata);
  const spec = obj(o.spec);
  const status = obj(o.status);
  const desired = kind === "DaemonSet" ? num(status.desiredNumberScheduled) : num(spec.replicas ?? 1);
  const ready = kind === "DaemonSet" ? num(status.numberReady) : num(status.readyReplicas);
  return { kind, namespace: str(meta.namespace) ?? "default", name: str(meta.name) ?? "", ready: `${ready}/${desired}`, owner: controller(meta) };
}

function serviceView(o: Obj): ServiceView {
  const meta = obj(o.metadata);
  const spec = obj(o.spec);
  const ports = arr(spec.ports)
    .map(obj)
    .map((p) => `${num(p.port)}${p.nodePort ? `:${num(p.nodePort)}` : ""}/${str(p.protocol) ?? "TCP"}`)
    .join(",");
  return { namespace: str(meta.namespace) ?? "default", name: str(meta.name) ?? "", type: str(spec.type) ?? "ClusterIP", clusterIP: str(spec.clusterIP) ?? "", ports };
}

const KIND_OF: Partial<Record<ViewResource, string>> = { deployments: "Deployment", replicasets: "ReplicaSet", statefulsets: "StatefulSet", daemonsets: "DaemonSet" };

/** Builds the view from each resource's `items` (objects as kubectl -o json prints them). */
export function buildClusterView(lists: Partial<Record<ViewResource, unknown[]>>): ClusterView {
  const nodes = (lists.nodes ?? []).map((n) => nodeView(obj(n)));
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const unscheduled: PodView[] = [];
  for (const p of lists.pods ?? []) {
    const pod = podView(obj(p));
    const node = pod.node ? byName.get(pod.node) : undefined;
    (node ? node.pods : unscheduled).push(pod);
  }
  const workloads: WorkloadView[] = [];
  for (const [resource, kind] of Object.entries(KIND_OF)) {
    for (const o of lists[resource as ViewResource] ?? []) workloads.push(workloadView(kind, obj(o)));
  }
  const services = (lists.services ?? []).map((s) => serviceView(obj(s)));
  return { nodes, unscheduled, workloads, services };
}
