// The API server: resolves the kind, defaults, validates, admits (namespace lifecycle) and
// writes through the store with resourceVersion compare-and-swap. Each request is traced as
// {type:"api"} and each store write as {type:"store"} caused by it.
import type { DeleteOptions, FieldError, KindSpec, KubeObject, Lister, ListOptions, ObjectInput, Random, WriteOptions } from "../types";
import type { Clock } from "../clock";
import { generateNameSuffix, uuid } from "../random";
import { type Store, type WriteResult, deepClone, deepEqual } from "../store";
import { kindFor, kindForResource } from "../kinds";
import { secretDecodeError } from "../kinds/secret";
import { parseSelector } from "../labels/parser";
import { ApiError, alreadyExists, badRequest, conflict, forbidden, invalid, notFound } from "./errors";
import { validateObjectMeta } from "./meta";
import { mergePatch } from "./mergepatch";
import { parseFieldSelector } from "./fieldselector";
import type { Tracer } from "./trace";
import { deleteObject } from "./delete";
import { admit } from "./admission";
import { cannotBeHandled, decodeError } from "./decode";

const MAX_GENERATED_PREFIX = 58; // 63 - 5 random characters
const NAMESPACES = kindForResource("namespaces")!;

export type Verb = "create" | "update" | "patch" | "delete" | "get" | "list";

export class ApiServer {
  constructor(
    readonly store: Store,
    readonly clock: Clock,
    readonly random: Random,
    readonly tracer: Tracer,
    readonly lister: Lister,
  ) {}

  /** Pods that may exist at once (LIMITS.pods in cluster.ts explains why there is a cap). */
  maxPods = Number.POSITIVE_INFINITY;

  kind(resource: string): KindSpec {
    const k = kindForResource(resource);
    if (!k) throw new ApiError(404, "NotFound", "the server could not find the requested resource");
    return k;
  }

  /** Traces the request, runs it with the api entry as the cause of its writes. */
  request<T>(user: string, verb: Verb, resource: string, namespace: string | undefined, name: string | undefined, fn: () => T, subresource?: string): T {
    const id = this.tracer.record({ type: "api", verb, resource, ...(subresource ? { subresource } : {}), ...(namespace ? { namespace } : {}), ...(name ? { name } : {}), user, code: verb === "create" ? 201 : 200 });
    const entry = this.tracer.last();
    try {
      return this.tracer.within(id, fn);
    } catch (e) {
      if (entry?.type === "api" && entry.id === id) {
        const err = e instanceof ApiError ? e : new ApiError(500, "InternalError", `Internal error occurred: ${e instanceof Error ? e.message : String(e)}`);
        entry.code = err.code;
        entry.message = err.message;
        throw err;
      }
      throw e;
    }
  }

  /** Records the store write as a trace entry; returns the event on success. */
  commit(result: WriteResult): KubeObject {
    if (!result.ok) throw new Error(`store ${result.reason}`);
    const e = result.event;
    this.tracer.record({ type: "store", key: e.key, revision: e.revision, eventType: e.type });
    return e.object;
  }

  now = () => this.timestamp();
  timestamp = (offsetMs = 0) => this.clock.timestamp(this.clock.now() + offsetMs);

  create(user: string, input: ObjectInput, opts: WriteOptions = {}): KubeObject {
    if (input?.kind === "Binding" && input.apiVersion === "v1") return this.bind(user, input);
    const k = input && typeof input === "object" ? kindFor(String(input.apiVersion), String(input.kind)) : undefined;
    const ns = k?.namespaced ? (input.metadata?.namespace ?? "default") : undefined;
    return this.request(user, "create", k?.resource ?? String(input?.kind ?? "").toLowerCase(), ns, input?.metadata?.name, () => {
      if (!k) throw noKind(input);
      decodeBody(k, input);
      const obj = deepClone(input) as KubeObject;
      const m = (obj.metadata = { ...(obj.metadata ?? {}) } as KubeObject["metadata"]);
      if (k.namespaced) m.namespace = ns;
      else delete m.namespace;
      if (m.resourceVersion) throw badRequest("resourceVersion should not be set on objects to be created");
      const decodeErr = k.kind === "Secret" ? secretDecodeError(obj) : undefined;
      if (decodeErr) throw badRequest(`Secret in version "v1" cannot be handled as a Secret: ${decodeErr}`);
      if (!m.name && m.generateName) m.name = m.generateName.slice(0, MAX_GENERATED_PREFIX) + generateNameSuffix(this.random);
      this.admitNamespace(k, m.namespace, m.name ?? "");
      if (k.resource === "pods" && this.store.count("pods") >= this.maxPods) {
        throw forbidden(k, m.name ?? "", `the simulated cluster holds at most ${this.maxPods} Pods; delete some or scale down`);
      }
      m.uid = uuid(this.random);
      m.creationTimestamp = this.timestamp();
      delete m.deletionTimestamp;
      delete m.deletionGracePeriodSeconds;
      if (k.tracksGeneration) m.generation = 1;
      else delete m.generation;
      // Status is the controllers' to write; nodes are the exception (the kubelet registers with it).
      if (k.statusSubresource && k.kind !== "Node") delete obj.status;
      k.defaults?.(obj);
      const errs = [...admit({ operation: "create", kind: k, object: obj, lister: this.lister, random: this.random })];
      errs.push(...validateObjectMeta(k, obj), ...(k.validate?.(obj, undefined) ?? []));
      if (errs.length) throw invalid(k, m.name ?? "", errs);
      if (opts.dryRun) return obj;
      const result = this.store.create(k.resource, obj);
      if (!result.ok) throw alreadyExists(k, m.name);
      return this.commit(result);
    });
  }

  /**
   * A v1 Binding (POST pods/NAME/binding, or the legacy bindings resource): spec.nodeName and
   * the PodScheduled condition in one write, as BindingREST.setPodNodeAndMetadata does it in one
   * GuaranteedUpdate. Returns the bound pod (upstream answers with a Success Status).
   */
  bind(user: string, binding: ObjectInput): KubeObject {
    const ns = binding.metadata?.namespace ?? "default";
    const name = String(binding.metadata?.name ?? "");
    return this.request(user, "create", "pods", ns, name || undefined, () => {
      const target = (binding as { target?: { kind?: string; name?: string } }).target;
      const pods = this.kind("pods");
      // ValidatePodBinding.
      const errs: FieldError[] = [];
      if (!name) errs.push({ type: "Required value", field: "metadata.name", detail: "name or generateName is required" });
      if (target?.kind && target.kind !== "Node") errs.push({ type: "Unsupported value", field: "target.kind", value: target.kind, detail: 'supported values: "Node", "<empty>"' });
      if (!target?.name) errs.push({ type: "Required value", field: "target.name", detail: "" });
      if (errs.length) throw invalid({ kind: "Binding", group: "", resource: "bindings" }, name, errs);
      const current = this.store.get("pods", ns, name);
      if (!current) throw notFound(pods, name);
      const refuse = (why: string) => conflict({ kind: "Binding", group: "", resource: "pods/binding" }, name, why);
      const uid = binding.metadata?.uid;
      if (uid && uid !== current.metadata.uid) throw refuse(`Precondition failed: UID in precondition: ${uid}, UID in object meta: ${current.metadata.uid}`);
      if (current.metadata.deletionTimestamp) throw refuse(`pod ${name} is being deleted, cannot be assigned to a host`);
      if (current.spec?.nodeName) throw refuse(`pod ${name} is already assigned to node ${JSON.stringify(current.spec.nodeName)}`);
      if (current.spec?.schedulingGates?.length) throw refuse(`pod ${name} has non-empty .spec.schedulingGates`);
      // podutil.UpdatePodCondition: replaced in place; the transition time moves only on a change.
      const now = this.timestamp();
      const conditions = [...(current.status?.conditions ?? [])] as { type: string; status: string; lastTransitionTime?: string }[];
      const i = conditions.findIndex((c) => c.type === "PodScheduled");
      const scheduled = { type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: i >= 0 && conditions[i]!.status === "True" ? conditions[i]!.lastTransitionTime : now };
      if (i >= 0) conditions[i] = scheduled;
      else conditions.push(scheduled);
      const next = { ...current, metadata: { ...current.metadata }, spec: { ...current.spec, nodeName: target!.name }, status: { ...(current.status ?? {}), conditions } };
      return this.commit(this.store.update("pods", next));
    }, "binding");
  }

  get(user: string, resource: string, namespace: string | undefined, name: string): KubeObject {
    return this.request(user, "get", resource, namespace, name, () => {
      const k = this.kind(resource);
      const obj = this.store.get(resource, k.namespaced ? namespace : undefined, name);
      if (!obj) throw notFound(k, name);
      return obj;
    });
  }

  list(user: string, resource: string, namespace: string | undefined, opts: ListOptions = {}): { items: KubeObject[]; resourceVersion: string } {
    return this.request(user, "list", resource, namespace, undefined, () => {
      const k = this.kind(resource);
      let items = this.store.list(resource, k.namespaced ? namespace : undefined);
      if (opts.labelSelector) {
        let sel;
        try {
          sel = parseSelector(opts.labelSelector);
        } catch (e) {
          throw badRequest(e instanceof Error ? e.message : String(e));
        }
        items = items.filter((o) => sel.matches(o.metadata.labels ?? {}));
      }
      if (opts.fieldSelector) {
        const fs = parseFieldSelector(resource, opts.fieldSelector);
        items = items.filter((o) => fs.matches(o));
      }
      return { items: [...items], resourceVersion: String(this.store.revision) };
    });
  }

  update(user: string, obj: KubeObject, opts: WriteOptions = {}): KubeObject {
    const k = obj && typeof obj === "object" ? kindFor(String(obj.apiVersion), String(obj.kind)) : undefined;
    const ns = k?.namespaced ? (obj.metadata?.namespace ?? "default") : undefined;
    return this.request(user, "update", k?.resource ?? "", ns, obj?.metadata?.name, () => {
      if (!k) throw noKind(obj);
      decodeBody(k, obj);
      const current = this.store.get(k.resource, ns, obj.metadata.name);
      if (!current) throw notFound(k, obj.metadata.name);
      return this.write(k, current, deepClone(obj), "main", opts);
    });
  }

  updateStatus(user: string, obj: KubeObject): KubeObject {
    const k = kindFor(String(obj?.apiVersion), String(obj?.kind));
    const ns = k?.namespaced ? (obj.metadata?.namespace ?? "default") : undefined;
    return this.request(user, "update", k?.resource ?? "", ns, obj?.metadata?.name, () => {
      if (!k) throw noKind(obj);
      const current = this.store.get(k.resource, ns, obj.metadata.name);
      if (!current) throw notFound(k, obj.metadata.name);
      return this.write(k, current, deepClone(obj), "status", {});
    });
  }

  patch(user: string, resource: string, namespace: string | undefined, name: string, patch: object, opts: WriteOptions & { status?: boolean } = {}): KubeObject {
    return this.request(user, "patch", resource, namespace, name, () => {
      const k = this.kind(resource);
      const ns = k.namespaced ? namespace : undefined;
      const current = this.store.get(resource, ns, name);
      if (!current) throw notFound(k, name);
      if (typeof patch !== "object" || patch === null || Array.isArray(patch)) throw badRequest("json: cannot unmarshal array into Go value of type map[string]interface {}");
      // Structural sharing: the merge copies only the paths the patch writes. A status write keeps
      // nothing but `status` from it; the main part is defaulted in place, so it gets a private copy.
      const merged = mergePatch(current, patch) as KubeObject;
      decodePatched(k, merged, patch);
      const next = opts.status ? merged : deepClone(merged);
      // A patch carries the current resourceVersion unless it names one (then it is a precondition).
      const rv = (patch as { metadata?: { resourceVersion?: string } }).metadata?.resourceVersion;
      next.metadata = { ...next.metadata, resourceVersion: rv ?? current.metadata.resourceVersion };
      return this.write(k, current, next, opts.status ? "status" : "main", opts);
    });
  }

  delete(user: string, resource: string, namespace: string | undefined, name: string, opts: DeleteOptions = {}): KubeObject | undefined {
    return this.request(user, "delete", resource, namespace, name, () => deleteObject(this, this.kind(resource), namespace, name, opts));
  }

  /**
   * The update path shared by update, updateStatus and patch: CAS on resourceVersion, system
   * metadata kept, status or main part only, generation bump on spec change, no write when
   * nothing changed, deletion once the last finalizer of a deleting object is gone.
   */
  write(k: KindSpec, current: KubeObject, next: KubeObject, part: "main" | "status", opts: WriteOptions): KubeObject {
    const name = current.metadata.name;
    const rv = next.metadata?.resourceVersion;
    if (rv && rv !== current.metadata.resourceVersion) throw conflict(k, name);
    if (next.metadata?.name !== undefined && next.metadata.name !== name) throw badRequest(`the name of the object (${next.metadata.name}) does not match the name on the URL (${name})`);
    let obj: KubeObject;
    if (part === "status") {
      obj = { ...current, metadata: { ...current.metadata }, status: next.status };
      if (obj.status === undefined) delete obj.status;
    } else {
      obj = next;
      obj.apiVersion = current.apiVersion;
      obj.kind = current.kind;
      if (k.statusSubresource) {
        if (current.status === undefined) delete obj.status;
        else obj.status = deepClone(current.status);
      }
      const m = { ...obj.metadata };
      const c = current.metadata;
      m.uid = c.uid;
      m.creationTimestamp = c.creationTimestamp;
      m.namespace = c.namespace;
      if (m.namespace === undefined) delete m.namespace;
      m.generateName = c.generateName;
      if (m.generateName === undefined) delete m.generateName;
      m.deletionTimestamp = c.deletionTimestamp;
      m.deletionGracePeriodSeconds = c.deletionGracePeriodSeconds;
      if (m.deletionTimestamp === undefined) delete m.deletionTimestamp;
      if (m.deletionGracePeriodSeconds === undefined) delete m.deletionGracePeriodSeconds;
      if (c.generation !== undefined) m.generation = c.generation;
      else delete m.generation;
      obj.metadata = m;
      k.defaults?.(obj);
      const errs = [...admit({ operation: "update", kind: k, object: obj, old: current, lister: this.lister, random: this.random })];
      errs.push(...validateObjectMeta(k, obj), ...(k.validate?.(obj, current) ?? []));
      if (c.deletionTimestamp && (m.finalizers ?? []).some((f) => !(c.finalizers ?? []).includes(f))) {
        errs.push({ type: "Forbidden", field: "metadata.finalizers", detail: "no new finalizers can be added if the object is being deleted" });
      }
      if (errs.length) throw invalid(k, name, errs);
      if (k.tracksGeneration && !deepEqual(obj.spec, current.spec)) m.generation = (c.generation ?? 0) + 1;
    }
    obj.metadata.resourceVersion = current.metadata.resourceVersion;
    if (deepEqual(obj, current)) return current;
    if (opts.dryRun) return obj;
    if (this.shouldDeleteDuringUpdate(k, obj)) return this.commitDelete(k, obj);
    return this.commit(this.store.update(k.resource, obj));
  }

  /** Removing the last finalizer of a deleting object deletes it (pods: once grace is 0). */
  private shouldDeleteDuringUpdate(k: KindSpec, obj: KubeObject): boolean {
    const m = obj.metadata;
    if (!m.deletionTimestamp || (m.finalizers ?? []).length > 0) return false;
    if (k.kind === "Namespace") return (obj.spec?.finalizers ?? []).length === 0;
    return k.kind !== "Pod" || (m.deletionGracePeriodSeconds ?? 0) === 0;
  }

  commitDelete(k: KindSpec, obj: KubeObject): KubeObject {
    this.commit(this.store.delete(k.resource, obj.metadata.namespace, obj.metadata.name));
    return obj;
  }

  /** NamespaceLifecycle admission: the namespace must exist and not be terminating. */
  admitNamespace(k: KindSpec, namespace: string | undefined, name: string): void {
    if (!k.namespaced || !namespace) return;
    const ns = this.store.get("namespaces", undefined, namespace);
    if (!ns) throw notFound(NAMESPACES, namespace);
    if (ns.metadata.deletionTimestamp || ns.status?.phase === "Terminating") {
      throw forbidden(k, name, `unable to create new content in namespace ${namespace} because it is being terminated`);
    }
  }
}

/** Create/update bodies that do not decode into the kind's Go type are a 400 (decode.ts). */
function decodeBody(k: KindSpec, body: ObjectInput): void {
  const err = decodeError(k, body);
  if (err) throw badRequest(cannotBeHandled(k, String(body.apiVersion), err));
}

/** A (merge) patch whose result does not decode: Invalid on the field "patch" with the patched JSON. */
function decodePatched(k: KindSpec, patched: KubeObject, patch: object): void {
  const err = decodeError(k, patched, patch);
  if (err) throw invalid({ kind: "", group: "", resource: "" }, "", [{ type: "Invalid value", field: "patch", value: JSON.stringify(patched), detail: err }]);
}

function noKind(input: unknown): ApiError {
  const i = (input ?? {}) as { apiVersion?: unknown; kind?: unknown };
  const kind = String(i.kind ?? "");
  return new ApiError(404, "NotFound", `no matches for kind "${kind}" in version "${String(i.apiVersion ?? "")}"`);
}
