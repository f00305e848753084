import { describe, expect, it } from "vitest";
import { createCluster } from "../cluster";
import type { KubeObject } from "../types";
import { trackInvariants } from "./invariants";

// The checker must notice each kind of corruption it claims to: break the store behind the API
// server's back and expect the matching message.
const DEPLOY = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - {name: web, image: nginx:1.25}\n";

function cluster() {
  const c = createCluster({ seed: 4 });
  expect(c.kubectl("apply -f -", DEPLOY).exitCode).toBe(0);
  c.settle();
  return c;
}
const pods = (c: ReturnType<typeof cluster>) => c.internals.store.list("pods") as KubeObject[];

describe("trackInvariants", () => {
  it("a healthy cluster passes, before and after work", () => {
    const c = cluster();
    const inv = trackInvariants(c);
    expect(inv.check()).toEqual([]);
    c.kubectl("scale deploy web --replicas=5");
    c.kubectl("delete rs --all");
    c.advance(60);
    expect(inv.check()).toEqual([]);
  });

  it("reports a dangling owner reference", () => {
    const c = cluster();
    const pod = pods(c)[0]!;
    pod.metadata.ownerReferences = [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "gone", uid: "no-such-uid", controller: true }];
    expect(trackInvariants(c).check()).toEqual([expect.stringMatching(/owner ReplicaSet\/gone .* does not exist/)]);
  });

  it("reports a resourceVersion going down and one past the store's revision", () => {
    const c = cluster();
    const inv = trackInvariants(c);
    expect(inv.check()).toEqual([]);
    const pod = pods(c)[0]!;
    pod.metadata.resourceVersion = "1";
    expect(inv.check()).toEqual([expect.stringMatching(/resourceVersion went down/)]);
    pod.metadata.resourceVersion = String(c.internals.store.revision + 5);
    expect(inv.check()).toEqual([expect.stringMatching(/resourceVersion \d+ \(store at \d+\)/)]);
  });

  it("reports duplicate uids, bad names and missing namespaces", () => {
    const c = cluster();
    const [a, b] = pods(c);
    b!.metadata.uid = a!.metadata.uid;
    expect(trackInvariants(c).check().some((p) => /uid .* also used by/.test(p))).toBe(true);
    const c2 = cluster();
    pods(c2)[0]!.metadata.name = "x".repeat(254);
    pods(c2)[1]!.metadata.namespace = "nowhere";
    const problems = trackInvariants(c2).check();
    expect(problems.some((p) => /name length 254/.test(p))).toBe(true);
    expect(problems.some((p) => /namespace nowhere does not exist/.test(p))).toBe(true);
  });
});
