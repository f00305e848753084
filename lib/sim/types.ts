// Internal contract of the simulator: the shapes every component (store, API server,
// controllers, scheduler, kubelet, kubectl) codes against. The public surface for the rest of
// the product is index.ts; nothing outside lib/sim imports this file directly except tests.

/** Virtual milliseconds since the cluster started. Branded so it never mixes with wall time. */
export type VirtualMs = number & { readonly __unit?: "virtual-ms" };

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  name: string;
  generateName?: string;
  namespace?: string;
  uid: string;
  resourceVersion: string;
  generation?: number;
  /** RFC 3339, derived from the virtual clock (see clock.ts `timestamp`). */
  creationTimestamp: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
}

/**
 * Any API object. Objects handed out by the store are shared and must be treated as
 * immutable: copy (`structuredClone`) before changing, then write the copy through the API.
 */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  // Kind-specific bodies are typed in kinds/<kind>.ts; here they stay open.
  spec?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  status?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  [field: string]: unknown;
}

/** A manifest as a user writes it: metadata fields the server fills in are optional. */
export type ObjectInput = Omit<KubeObject, "metadata"> & { metadata?: Partial<ObjectMeta> };

export type WatchEventType = "ADDED" | "MODIFIED" | "DELETED";

export interface WatchEvent {
  type: WatchEventType;
  /** The etcd revision of this change (== object.metadata.resourceVersion as a number). */
  revision: number;
  /** Store key, `/registry/<resource>/<namespace>/<name>` (cluster-scoped: no namespace part). */
  key: string;
  resource: string;
  object: KubeObject;
  /** The object before the change (MODIFIED and DELETED). */
  oldObject?: KubeObject;
  /** Trace id of the API request whose write produced this event. */
  cause?: number;
}

/** API errors carry the HTTP status, the Status reason and kube-apiserver's message verbatim. */
export type StatusReason =
  | "NotFound"
  | "AlreadyExists"
  | "Conflict"
  | "Invalid"
  | "BadRequest"
  | "Forbidden"
  | "MethodNotAllowed"
  | "Expired"
  | "Gone"
  | "InternalError";

/** One scheduler plugin's verdict on one node: "passed" or the reason it rejected the node. */
export interface PluginResult {
  plugin: string;
  result: "passed" | string;
  score?: number;
}

/** Every trace entry has an id and, when known, the id of the entry that caused it. */
interface TraceBase {
  id: number;
  at: VirtualMs;
  cause?: number;
}

export type TraceEvent =
  | (TraceBase & {
      type: "api";
      verb: "create" | "update" | "patch" | "delete" | "get" | "list" | "watch";
      resource: string;
      /** "binding" for a Binding (POST pods/NAME/binding); absent for the resource itself. */
      subresource?: string;
      namespace?: string;
      name?: string;
      /** Who sent it: "kubectl", "deployment-controller", "kubelet/worker-1", "scheduler"… */
      user: string;
      code: number;
      message?: string;
    })
  | (TraceBase & { type: "store"; key: string; revision: number; eventType: WatchEventType })
  | (TraceBase & { type: "watch"; watcher: string; key: string; revision: number; eventType: WatchEventType })
  | (TraceBase & { type: "reconcile"; controller: string; key: string; message: string })
  | (TraceBase & {
      type: "schedule";
      pod: string; // namespace/name
      node: string | null;
      message: string;
      nodes: { node: string; filters: readonly PluginResult[]; score?: number }[];
    })
  | (TraceBase & { type: "kubelet"; node: string; pod: string; container?: string; action: string; message: string })
  | (TraceBase & { type: "fault"; target: string; action: string; message: string })
  | (TraceBase & {
      /** One hop of a simulated request (network/request.ts): the first entry ("client") starts it, the rest point to it as cause. */
      type: "network";
      hop: "client" | "dns" | "node" | "kube-proxy" | "netpol" | "ingress" | "pod" | "response";
      detail: string;
      /** "curl http://web/" — the request this hop belongs to (on every entry, so any one can be drawn alone). */
      request: string;
      /** Set on the entry that ends the request: "ok" or the failure curl reports. */
      outcome?: string;
    })
  | (TraceBase & { type: "limit"; message: string });

/** Distributes `Omit` over the union so callers can record without id/at. */
export type TraceInput = TraceEvent extends infer T ? (T extends TraceEvent ? Omit<T, "id" | "at"> : never) : never;

/** A delayed action: plain data so snapshots can carry the timer queue. */
export interface TimerTask {
  /** Handler name registered with the cluster, e.g. "kubelet.containerStarted". */
  kind: string;
  payload: unknown;
  /** Recurring housekeeping (heartbeats, probes, resyncs): settle() does not wait for these. */
  periodic?: boolean;
}

export interface ListOptions {
  /** kubectl/API label selector text; parsed with labels/selector.ts. */
  labelSelector?: string;
  /** Field selector text: metadata.name, metadata.namespace, status.phase, spec.nodeName… */
  fieldSelector?: string;
}

export interface DeleteOptions {
  propagationPolicy?: "Background" | "Foreground" | "Orphan";
  /** Pods only: 0 deletes at once (with --force), unset uses the pod's terminationGracePeriodSeconds. */
  gracePeriodSeconds?: number;
  preconditions?: { uid?: string; resourceVersion?: string };
}

export interface WriteOptions {
  dryRun?: boolean;
  /** Managers as in managedFields: "kubectl-client-side-apply", "kube-controller-manager"… */
  fieldManager?: string;
}

/**
 * Cache reads, like a client-go lister: no API request, no trace entry. Results are sorted by
 * namespace then name so every caller iterates in the same order.
 */
export interface Lister {
  get(resource: string, namespace: string | undefined, name: string): KubeObject | undefined;
  list(resource: string, namespace?: string): readonly KubeObject[];
  /** Objects of `resource` whose controller ownerReference has this uid (an index, O(result)). */
  byOwner(resource: string, ownerUid: string): readonly KubeObject[];
}

/**
 * API requests as a given user. Each call is traced and goes through the API server:
 * defaulting, validation, admission, resourceVersion compare-and-swap. Failures throw ApiError
 * (api/errors.ts) carrying kube-apiserver's status code, reason and message.
 */
export interface ApiClient {
  create(obj: ObjectInput, opts?: WriteOptions): KubeObject;
  /** Whole-object update of spec and metadata; status changes are ignored (as upstream). */
  update(obj: KubeObject, opts?: WriteOptions): KubeObject;
  /** The /status subresource: only status changes are kept. */
  updateStatus(obj: KubeObject): KubeObject;
  /** JSON merge patch (RFC 7386); `status: true` targets the /status subresource. */
  patch(resource: string, namespace: string | undefined, name: string, patch: object, opts?: WriteOptions & { status?: boolean }): KubeObject;
  /** Returns the object as left by the call: gone (undefined) or with deletionTimestamp set. */
  delete(resource: string, namespace: string | undefined, name: string, opts?: DeleteOptions): KubeObject | undefined;
  get(resource: string, namespace: string | undefined, name: string): KubeObject;
  list(resource: string, namespace?: string, opts?: ListOptions): { items: KubeObject[]; resourceVersion: string };
}

/** Seeded PRNG owned by one cluster; its state is part of the snapshot. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, max). */
  int(max: number): number;
  /** `length` characters drawn from `alphabet`. */
  string(length: number, alphabet: string): string;
}

/** What a controller (or the scheduler, a kubelet, the GC) is handed on every call. */
export interface ControllerContext {
  now(): VirtualMs;
  /** RFC 3339 for a virtual time (default: now). */
  timestamp(at?: VirtualMs): string;
  readonly lister: Lister;
  /** API client whose requests are attributed to this component in the trace. */
  readonly api: ApiClient;
  readonly random: Random;
  /** Run `task` after `delayMs` of virtual time, through the cluster's single timer queue. */
  schedule(delayMs: number, task: TimerTask): void;
  /** Record a core/v1 Event about `object` (deduplicated and counted like client-go's recorder). */
  event(object: KubeObject, type: "Normal" | "Warning", reason: string, message: string): void;
  trace(entry: TraceInput): number;
  /** This component's private, JSON-serialisable state (kept in snapshots); created by `init` once. */
  state<T>(init: () => T): T;
}

/**
 * A control loop: watch events become keys in its work queue (deduplicated, FIFO); the cluster
 * loop later calls reconcile(key) with the current state. Controllers hold no state of their own
 * outside ctx.state, so a snapshot is complete.
 */
export interface Controller {
  /** Name used in the trace and as the API user, e.g. "deployment-controller". */
  readonly name: string;
  /** Resources whose watch events this controller receives (plural names: "pods"). */
  readonly watches: readonly string[];
  /** Queue keys affected by a watch event (usually "<namespace>/<name>" of the object or its owner). */
  keysFor(event: WatchEvent, lister: Lister): string[];
  reconcile(key: string, ctx: ControllerContext): void;
  /** Handlers for timers this controller scheduled, by TimerTask.kind. */
  readonly timers?: Readonly<Record<string, (payload: unknown, ctx: ControllerContext) => void>>;
}

/** A field validation error, rendered by api/errors.ts exactly as kube-apiserver does. */
export interface FieldError {
  type: "Required value" | "Invalid value" | "Unsupported value" | "Forbidden" | "Duplicate value" | "Too long" | "Too many" | "Not found";
  /** Field path, e.g. "spec.template.spec.containers[0].image". */
  field: string;
  value?: unknown;
  detail?: string;
}

/** A table column as `kubectl get` prints it (header upper-cased from name). */
export interface PrinterColumn {
  name: string;
  /** 0: always shown; 1: only with -o wide. */
  priority: 0 | 1;
  /**
   * `epochMs`: wall-clock ms of virtual 0 in the printing cluster, for ages computed from RFC 3339
   * timestamps (absent: clock.ts EPOCH_MS, the default epoch).
   */
  cell(obj: KubeObject, now: VirtualMs, epochMs?: number): string;
  /** The cell under `-o wide` when it differs (e.g. services' EXTERNAL-IP is not clipped). */
  wideCell?(obj: KubeObject, now: VirtualMs, epochMs?: number): string;
}

/**
 * One module per kind (kinds/<kind>.ts) exports one KindSpec: identity, defaults, validation
 * and printer columns together. kinds/index.ts registers them all.
 */
export interface KindSpec {
  kind: string;
  /** "apps/v1", "v1", "batch/v1"… */
  apiVersion: string;
  /** API group: "" for core, "apps", "batch", "networking.k8s.io"… */
  group: string;
  /** Plural resource name: "deployments". */
  resource: string;
  singular: string;
  shortNames: readonly string[];
  namespaced: boolean;
  /** True when status is a subresource (update ignores status, updateStatus ignores the rest). */
  statusSubresource: boolean;
  /** True when spec changes bump metadata.generation (workloads, services do; pods too). */
  tracksGeneration: boolean;
  /** Apply server-side defaults in place (SetDefaults_<Kind>). Called on create and update. */
  defaults?(obj: KubeObject): void;
  /** Validation on create (old undefined) and update; return every error found. */
  validate?(obj: KubeObject, old: KubeObject | undefined): FieldError[];
  /** Columns of `kubectl get`, without NAMESPACE (added for -A) and LABELS (--show-labels). */
  columns: readonly PrinterColumn[];
}
