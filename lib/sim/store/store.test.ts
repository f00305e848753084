import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { KubeObject } from "../types";
import { Store, storeKey } from "./store";

const obj = (name: string, ns = "default", extra: Partial<KubeObject["metadata"]> = {}): KubeObject => ({
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: { name, namespace: ns, uid: `uid-${name}`, resourceVersion: "", creationTimestamp: "", ...extra },
});

describe("store", () => {
  it("keys objects like etcd", () => {
    expect(storeKey("pods", "default", "web")).toBe("/registry/pods/default/web");
    expect(storeKey("nodes", undefined, "n1")).toBe("/registry/nodes/n1");
  });

  it("assigns one strictly increasing revision across resources and writes", () => {
    const s = new Store();
    const a = s.create("configmaps", obj("a"));
    const b = s.create("secrets", obj("b"));
    expect(a.ok && a.event.revision).toBe(1);
    expect(b.ok && b.event.revision).toBe(2);
    const u = s.update("configmaps", { ...obj("a"), metadata: { ...obj("a").metadata, resourceVersion: "1" } });
    expect(u.ok && u.event.object.metadata.resourceVersion).toBe("3");
    const d = s.delete("configmaps", "default", "a");
    expect(d.ok && [d.event.type, d.event.revision, d.event.object.metadata.resourceVersion]).toEqual(["DELETED", 4, "4"]);
  });

  it("rejects a stale resourceVersion (compare-and-swap) and duplicate creates", () => {
    const s = new Store();
    s.create("configmaps", obj("a"));
    s.update("configmaps", { ...obj("a"), metadata: { ...obj("a").metadata, resourceVersion: "1" } });
    const stale = s.update("configmaps", { ...obj("a"), metadata: { ...obj("a").metadata, resourceVersion: "1" } });
    expect(stale).toMatchObject({ ok: false, reason: "Conflict" });
    expect(s.create("configmaps", obj("a"))).toMatchObject({ ok: false, reason: "AlreadyExists" });
    expect(s.update("configmaps", obj("zz"))).toMatchObject({ ok: false, reason: "NotFound" });
  });

  it("lists sorted by namespace then name, and indexes controller owners", () => {
    const s = new Store();
    const ref = { apiVersion: "apps/v1", kind: "ReplicaSet", name: "rs", uid: "rs-uid", controller: true };
    for (const [n, ns] of [["b", "x"], ["a", "y"], ["c", "x"], ["a", "x"]] as const) s.create("pods", obj(n, ns, { ownerReferences: n === "a" ? [ref] : undefined }));
    expect(s.list("pods").map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual(["x/a", "x/b", "x/c", "y/a"]);
    expect(s.list("pods", "x").map((o) => o.metadata.name)).toEqual(["a", "b", "c"]);
    expect(s.byOwner("pods", "rs-uid").map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual(["x/a", "y/a"]);
    expect(s.dependents("rs-uid").map((d) => d.object.metadata.name)).toEqual(["a", "a"]);
    s.delete("pods", "x", "a");
    expect(s.byOwner("pods", "rs-uid").length).toBe(1);
  });

  it("a list handed out does not change when the store is written afterwards", () => {
    const s = new Store();
    s.create("pods", obj("a"));
    const before = s.list("pods");
    s.create("pods", obj("b"));
    expect(before.length).toBe(1);
    expect(s.list("pods").length).toBe(2);
  });

  it("watch without a revision lists first (ADDED per object)", () => {
    const s = new Store();
    s.create("pods", obj("b"));
    s.create("pods", obj("a"));
    s.create("configmaps", obj("c"));
    expect(s.watch(undefined, "pods").map((e) => [e.type, "key" in e ? e.key : ""])).toEqual([
      ["ADDED", "/registry/pods/default/a"],
      ["ADDED", "/registry/pods/default/b"],
    ]);
  });

  it("watch from a compacted revision is a 410 Expired ERROR event", () => {
    const s = new Store(3);
    for (let i = 0; i < 5; i++) s.create("pods", obj(`p${i}`));
    expect(s.watch(3).map((e) => e.type)).toEqual(["ADDED", "ADDED"]);
    const [err] = s.watch(1);
    expect(err).toEqual({ type: "ERROR", object: { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message: "too old resource version: 1 (2)", reason: "Expired", code: 410 } });
  });

  it("property: a watcher from any revision sees exactly the later events, in order", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("create", "update", "delete"), fc.integer({ min: 0, max: 4 })), { maxLength: 60 }), fc.nat(70), (ops, from) => {
        const s = new Store(1000);
        const all: number[] = [];
        for (const [op, i] of ops) {
          const name = `o${i}`;
          const cur = s.get("pods", "default", name);
          const r =
            op === "create" ? s.create("pods", obj(name)) : op === "update" && cur ? s.update("pods", { ...cur, metadata: { ...cur.metadata } }) : cur ? s.delete("pods", "default", name) : undefined;
          if (r?.ok) all.push(r.event.revision);
        }
        for (let i = 1; i < all.length; i++) expect(all[i]).toBeGreaterThan(all[i - 1]!);
        const seen = s.watch(from).map((e) => ("revision" in e ? e.revision : -1));
        expect(seen).toEqual(all.filter((r) => r > from));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("save/load round-trips objects, revision and history", () => {
    const s = new Store(10);
    s.create("pods", obj("a"));
    s.create("pods", obj("b", "default", { ownerReferences: [{ apiVersion: "v1", kind: "X", name: "x", uid: "u", controller: true }] }));
    const t = Store.load(JSON.parse(JSON.stringify(s.save())));
    expect(t.revision).toBe(2);
    expect(t.list("pods").map((o) => o.metadata.name)).toEqual(["a", "b"]);
    expect(t.byOwner("pods", "u").length).toBe(1);
    expect(t.watch(0).length).toBe(2);
    expect(JSON.stringify(t.save())).toBe(JSON.stringify(s.save()));
  });
});
