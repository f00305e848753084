import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import { createCluster } from "../cluster";
import { ApiError } from "./errors";

function setup() {
  const c = createCluster({ nodes: 2 });
  const api = c.internals.client("test");
  return { c, api };
}

const cm = (name: string, extra: Record<string, unknown> = {}) => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace: "default" }, data: { a: "1" }, ...extra });
const pod = (name: string, nodeName?: string) => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name, namespace: "default" },
  spec: { ...(nodeName ? { nodeName } : {}), containers: [{ name: "app", image: "nginx:1.27" }] },
});

function apiError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error("expected an ApiError");
}

describe("API server: create", () => {
  it("fills uid, creationTimestamp, resourceVersion; generateName gets 5 characters of kube's alphabet", () => {
    const { api } = setup();
    const o = api.create({ ...cm(""), metadata: { generateName: "web-", namespace: "default" } });
    expect(o.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(o.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(o.metadata.creationTimestamp).toBe("2026-01-01T00:00:00Z");
    expect(Number(o.metadata.resourceVersion)).toBeGreaterThan(0);
    expect(o.metadata.generation).toBeUndefined();
    expect(api.create(pod("p")).metadata.generation).toBe(1);
  });

  it("rejects invalid names, missing namespaces, duplicates with apiserver texts", () => {
    const { api } = setup();
    expect(apiError(() => api.create(cm("Bad_Name"))).message).toBe(
      `ConfigMap "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    );
    expect(apiError(() => api.create({ ...cm("x"), metadata: {} })).message).toBe('ConfigMap "" is invalid: metadata.name: Required value: name or generateName is required');
    expect(apiError(() => api.create({ ...cm("x"), metadata: { name: "x", namespace: "foo" } })).message).toBe('namespaces "foo" not found');
    api.create(cm("x"));
    const dup = apiError(() => api.create(cm("x")));
    expect([dup.code, dup.reason, dup.message]).toEqual([409, "AlreadyExists", 'configmaps "x" already exists']);
    expect(apiError(() => api.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "my.ns" } })).message).toBe(
      `Namespace "my.ns" is invalid: metadata.name: Invalid value: "my.ns": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
    );
  });

  it("Secret: stringData folds into base64 data; non-base64 data is a 400", () => {
    const { api } = setup();
    const s = api.create({ apiVersion: "v1", kind: "Secret", metadata: { name: "s", namespace: "default" }, stringData: { password: "hunter2" } });
    expect([s.type, s.data, s.stringData]).toEqual(["Opaque", { password: "aHVudGVyMg==" }, undefined]);
    const bad = apiError(() => api.create({ apiVersion: "v1", kind: "Secret", metadata: { name: "t", namespace: "default" }, data: { k: "not base64!" } }));
    expect([bad.code, bad.reason, bad.message]).toEqual([400, "BadRequest", 'Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 3']);
  });
});

describe("API server: update, status, patch", () => {
  it("conflicts on a stale resourceVersion", () => {
    const { api } = setup();
    const v1 = api.create(cm("x"));
    api.update({ ...structuredClone(v1), data: { a: "2" } });
    const e = apiError(() => api.update({ ...structuredClone(v1), data: { a: "3" } }));
    expect([e.code, e.message]).toEqual([409, 'Operation cannot be fulfilled on configmaps "x": the object has been modified; please apply your changes to the latest version and try again']);
  });

  it("bumps generation on spec changes only; a no-op update writes nothing", () => {
    const { api } = setup();
    const p = api.create(pod("p"));
    const same = api.update(structuredClone(p));
    expect(same.metadata.resourceVersion).toBe(p.metadata.resourceVersion);
    const labelled = api.patch("pods", "default", "p", { metadata: { labels: { a: "b" } } });
    expect([labelled.metadata.generation, labelled.metadata.labels]).toEqual([1, { a: "b" }]);
    const st = api.patch("pods", "default", "p", { status: { message: "hi" } }, { status: true });
    expect([st.metadata.generation, st.status.message]).toEqual([1, "hi"]);
    const bumped = api.patch("pods", "default", "p", { spec: { activeDeadlineSeconds: 30 } });
    expect(bumped.metadata.generation).toBe(2);
  });

  it("update ignores status and updateStatus ignores everything else when status is a subresource", () => {
    const { api } = setup();
    const p = api.create(pod("p"));
    const u = api.update({ ...structuredClone(p), status: { phase: "Failed" }, metadata: { ...p.metadata, labels: { x: "y" } } });
    expect([u.status.phase, u.metadata.labels]).toEqual(["Pending", { x: "y" }]);
    const s = api.updateStatus({ ...structuredClone(u), status: { ...u.status, phase: "Running" }, metadata: { ...u.metadata, labels: {} } });
    expect([s.status.phase, s.metadata.labels]).toEqual(["Running", { x: "y" }]);
  });

  it("merge patch: null deletes, objects merge, arrays replace", () => {
    const { api } = setup();
    api.create(cm("x", { data: { a: "1", b: "2" } }));
    expect(api.patch("configmaps", "default", "x", { data: { a: null, c: "3" } }).data).toEqual({ b: "2", c: "3" });
  });
});

describe("API server: delete", () => {
  it("finalizers hold the object with a deletionTimestamp until removed", () => {
    const { api, c } = setup();
    api.create(cm("x", { metadata: { name: "x", namespace: "default", finalizers: ["example.com/hold"] } }));
    c.advance(5);
    const held = api.delete("configmaps", "default", "x");
    expect([held?.metadata.deletionTimestamp, held?.metadata.deletionGracePeriodSeconds]).toEqual(["2026-01-01T00:00:05Z", 0]);
    api.patch("configmaps", "default", "x", { metadata: { finalizers: null } });
    expect(apiError(() => api.get("configmaps", "default", "x")).message).toBe('configmaps "x" not found');
  });

  it("pods bound to a node terminate gracefully; unbound pods go at once", () => {
    const { api } = setup();
    api.create(pod("unbound"));
    expect(api.delete("pods", "default", "unbound")).toBeUndefined();
    api.create({ ...pod("bound", "kind-worker"), spec: { nodeName: "kind-worker", terminationGracePeriodSeconds: 45, containers: [{ name: "a", image: "nginx" }] } });
    const d = api.delete("pods", "default", "bound")!;
    expect([d.metadata.deletionTimestamp, d.metadata.deletionGracePeriodSeconds]).toEqual(["2026-01-01T00:00:45Z", 45]);
    expect(api.delete("pods", "default", "bound", { gracePeriodSeconds: 0 })).toBeUndefined();
  });

  it("refuses to delete default namespaces; field selectors limited to registered fields", () => {
    const { api } = setup();
    expect(apiError(() => api.delete("namespaces", undefined, "default")).message).toBe('namespaces "default" is forbidden: this namespace may not be deleted');
    expect(apiError(() => api.list("pods", "default", { fieldSelector: "spec.foo=bar" })).message).toBe("field label not supported: spec.foo");
    api.create(pod("a"));
    expect(api.list("pods", "default", { fieldSelector: "status.phase=Pending,metadata.name!=b" }).items.map((p: KubeObject) => p.metadata.name)).toEqual(["a"]);
  });

  it("namespace lifecycle: Terminating forbids new content, contents are deleted, then the namespace", () => {
    const { api, c } = setup();
    api.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "team" } });
    api.create({ ...cm("x"), metadata: { name: "x", namespace: "team" } });
    const ns = api.delete("namespaces", undefined, "team");
    expect(ns?.status.phase).toBe("Terminating");
    expect(apiError(() => api.create({ ...cm("y"), metadata: { name: "y", namespace: "team" } })).message).toBe(
      'configmaps "y" is forbidden: unable to create new content in namespace team because it is being terminated',
    );
    c.internals.run();
    expect(c.internals.lister.get("configmaps", "team", "x")).toBeUndefined();
    expect(c.internals.lister.get("namespaces", undefined, "team")).toBeUndefined();
  });
});

describe("event recorder", () => {
  it("repeats increment count and lastTimestamp", () => {
    const { c } = setup();
    const ctx = c.internals.context("test-controller");
    const o = c.internals.client("t").create(cm("x"));
    ctx.event(o, "Warning", "Broken", "it broke");
    c.advance(10);
    ctx.event(o, "Warning", "Broken", "it broke");
    ctx.event(o, "Normal", "Other", "fine");
    const evs = c.internals.lister.list("events", "default");
    expect(evs.map((e) => [e.reason, e.count, e.firstTimestamp, e.lastTimestamp, (e.source as { component: string }).component])).toEqual([
      ["Broken", 2, "2026-01-01T00:00:00Z", "2026-01-01T00:00:10Z", "test-controller"],
      ["Other", 1, "2026-01-01T00:00:10Z", "2026-01-01T00:00:10Z", "test-controller"],
    ]);
    expect(c.kubectl("get events").stdout).toBe(
      "LAST SEEN          TYPE      REASON   OBJECT        MESSAGE\n" +
        "0s (x2 over 10s)   Warning   Broken   configmap/x   it broke\n" +
        "0s                 Normal    Other    configmap/x   fine\n",
    );
  });
});

describe("API server: Binding (pods/NAME/binding)", () => {
  const binding = (name: string, node: string, uid?: string) => ({ apiVersion: "v1", kind: "Binding", metadata: { name, namespace: "default", ...(uid ? { uid } : {}) }, target: { kind: "Node", name: node } });

  it("sets spec.nodeName and PodScheduled=True in one write", () => {
    const { c, api } = setup();
    const p = api.create(pod("p"));
    const rev = c.internals.store.revision;
    const bound = api.create(binding("p", "kind-worker", p.metadata.uid));
    expect(c.internals.store.revision).toBe(rev + 1);
    expect(bound.spec.nodeName).toBe("kind-worker");
    expect(bound.status.conditions).toEqual([{ type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: "2026-01-01T00:00:00Z" }]);
    expect(c.trace().at(-2)).toMatchObject({ type: "api", verb: "create", resource: "pods", subresource: "binding", name: "p", user: "test", code: 201 });
  });

  it("refuses a bound pod, a stale uid and a binding without target (nothing written)", () => {
    const { c, api } = setup();
    const p = api.create(pod("p"));
    expect(apiError(() => api.create(binding("p", "kind-worker", "other-uid"))).message).toBe(
      `Operation cannot be fulfilled on pods/binding "p": Precondition failed: UID in precondition: other-uid, UID in object meta: ${p.metadata.uid}`,
    );
    api.create(binding("p", "kind-worker"));
    const rev = c.internals.store.revision;
    const e = apiError(() => api.create(binding("p", "kind-control-plane")));
    expect([e.code, e.message]).toEqual([409, 'Operation cannot be fulfilled on pods/binding "p": pod p is already assigned to node "kind-worker"']);
    expect(apiError(() => api.create({ ...binding("p", ""), target: {} })).code).toBe(422);
    expect(apiError(() => api.create(binding("nope", "kind-worker"))).message).toBe('pods "nope" not found');
    expect(c.internals.store.revision).toBe(rev);
  });
});
