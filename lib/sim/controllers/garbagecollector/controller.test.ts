import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster";

function world() {
  const c = createCluster({ nodes: 1 });
  const api = c.internals.client("test");
  const owner = api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "owner", namespace: "default" } });
  const ref = { apiVersion: "v1", kind: "ConfigMap", name: "owner", uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true };
  const dep = (name: string, finalizers?: string[]) =>
    api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace: "default", ownerReferences: [ref], ...(finalizers ? { finalizers } : {}) } });
  const get = (name: string) => c.internals.lister.get("configmaps", "default", name);
  return { c, api, dep, get };
}

describe("garbage collector", () => {
  it("background: dependents are deleted after the owner is gone", () => {
    const { c, api, dep, get } = world();
    dep("d1");
    dep("d2");
    expect(api.delete("configmaps", "default", "owner")).toBeUndefined();
    c.internals.run();
    expect([get("d1"), get("d2")]).toEqual([undefined, undefined]);
    const gcDeletes = c.trace().filter((t) => t.type === "api" && t.verb === "delete" && t.user === "garbage-collector-controller");
    expect(gcDeletes.map((t) => (t.type === "api" ? t.name : ""))).toEqual(["d1", "d2"]);
  });

  it("foreground: the owner waits (foregroundDeletion) until blocking dependents are gone", () => {
    const { c, api, dep, get } = world();
    dep("d1", ["example.com/hold"]);
    const o = api.delete("configmaps", "default", "owner", { propagationPolicy: "Foreground" });
    expect(o?.metadata.finalizers).toEqual(["foregroundDeletion"]);
    c.internals.run();
    expect(get("owner")?.metadata.deletionTimestamp).toBe("2026-01-01T00:00:00Z");
    expect(get("d1")?.metadata.deletionTimestamp).toBe("2026-01-01T00:00:00Z");
    api.patch("configmaps", "default", "d1", { metadata: { finalizers: null } });
    c.internals.run();
    expect([get("d1"), get("owner")]).toEqual([undefined, undefined]);
  });

  it("orphan: dependents stay, without the owner reference", () => {
    const { c, api, dep, get } = world();
    dep("d1");
    api.delete("configmaps", "default", "owner", { propagationPolicy: "Orphan" });
    c.internals.run();
    expect(get("owner")).toBeUndefined();
    expect(get("d1")?.metadata.ownerReferences).toBeUndefined();
  });

  it("a dependent created with a dangling owner reference is collected", () => {
    const { c, api, get } = world();
    api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "lost", namespace: "default", ownerReferences: [{ apiVersion: "v1", kind: "ConfigMap", name: "ghost", uid: "nope" }] } });
    c.internals.run();
    expect(get("lost")).toBeUndefined();
  });
});
