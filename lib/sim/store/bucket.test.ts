import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { KubeObject } from "../types";
import { Bucket } from "./bucket";

const obj = (namespace: string, name: string, v = 0) => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { namespace, name, uid: name, resourceVersion: String(v), creationTimestamp: "" } }) as KubeObject;
const names = (b: Bucket) => b.list().map((o) => `${o.metadata.namespace}/${o.metadata.name}@${o.metadata.resourceVersion}`);

describe("Bucket", () => {
  it("lists by (namespace, name) whatever the insertion order; a namespace prefix sorts first", () => {
    const b = new Bucket();
    for (const [ns, n] of [["b", "x"], ["a", "z"], ["ab", "a"], ["a", "y"]] as const) b.put(obj(ns, n));
    expect(names(b)).toEqual(["a/y@0", "a/z@0", "ab/a@0", "b/x@0"]);
  });

  it("a handed-out list never shifts; replacements show in it, inserts and removals do not", () => {
    const b = new Bucket();
    b.put(obj("a", "1"));
    b.put(obj("a", "3"));
    const first = b.list();
    b.put(obj("a", "3", 7));
    expect(first.map((o) => o.metadata.resourceVersion)).toEqual(["0", "7"]);
    b.put(obj("a", "2"));
    b.remove(obj("a", "1"));
    expect(first.map((o) => o.metadata.name)).toEqual(["1", "3"]);
    expect(names(b)).toEqual(["a/2@0", "a/3@7"]);
  });

  it("matches a reference model under any sequence of puts, removes and lists", () => {
    const op = fc.record({ kind: fc.constantFrom("put", "remove", "list"), ns: fc.constantFrom("", "a", "b"), name: fc.constantFrom("p", "q", "r", "s"), v: fc.nat(9) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const b = new Bucket();
        const model = new Map<string, KubeObject>();
        for (const o of ops) {
          const x = obj(o.ns, o.name, o.v);
          const k = `${o.ns}\u0000${o.name}`;
          if (o.kind === "put") {
            b.put(x);
            model.set(k, x);
          } else if (o.kind === "remove") {
            b.remove(x);
            model.delete(k);
          } else b.list();
          expect(b.size).toBe(model.size);
        }
        const expected = [...model.keys()].sort().map((k) => model.get(k));
        expect(b.list()).toEqual(expected);
      }),
    );
  });
});
