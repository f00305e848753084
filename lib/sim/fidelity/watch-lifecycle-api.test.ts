// watch-lifecycle cases about the store and API server (WL-EVT-*, WL-RV-*); the kubelet's
// WL cases live in watch-lifecycle-node.test.ts.
import { describe, expect, it } from "vitest";
import vectors from "./k8s-vectors.json";
import { createCluster } from "../cluster";
import { kindForResource } from "../kinds";
import type { WatchResult } from "../store";

interface Case {
  id: string;
  group: string;
  expected: Record<string, unknown>;
}
const cases = (vectors as { cases: Case[] }).cases.filter((c) => c.group === "watch-lifecycle" && /^WL-(EVT|RV)-/.test(c.id));
const byId = (id: string) => cases.find((c) => c.id === id)!;

const POD = { apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "default" }, spec: { containers: [{ name: "c", image: "nginx:1.27" }] } };

describe("fidelity: watch-lifecycle (store/API)", () => {
  it("covers every WL-EVT/WL-RV case in the vectors", () => {
    expect(cases.map((c) => c.id).sort()).toEqual(["WL-EVT-04", "WL-RV-01", "WL-RV-02"]);
  });

  it("WL-EVT-04: watching from a compacted resourceVersion gives an ERROR event with a 410 Expired Status", () => {
    const c = createCluster({ nodes: 1 });
    const api = c.internals.client("test");
    const start = c.internals.store.revision;
    api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "churn", namespace: "default" }, data: { n: "0" } });
    for (let i = 1; i <= c.internals.store.historyLimit + 5; i++) api.patch("configmaps", "default", "churn", { data: { n: String(i) } });
    const [ev] = c.internals.store.watch(start) as WatchResult[];
    const expected = (byId("WL-EVT-04").expected as { event: { type: string; object: Record<string, unknown> } }).event;
    expect(ev?.type).toBe(expected.type);
    expect(ev?.object).toMatchObject(expected.object);
    // A current revision still resumes normally.
    const rev = c.internals.store.revision;
    api.patch("configmaps", "default", "churn", { data: { n: "last" } });
    expect(c.internals.store.watch(rev).map((e) => e.type)).toEqual(["MODIFIED"]);
  });

  it("WL-RV-01: create, kubelet status, graceful delete → ADDED, MODIFIED…, MODIFIED (deletionTimestamp), DELETED with increasing revisions", () => {
    const c = createCluster();
    const from = c.internals.store.revision;
    c.internals.client("kubectl").create(POD);
    c.advance(10);
    c.kubectl("delete pod p --wait=false");
    c.advance(40);
    const events = c.internals.store.watch(from, "pods").filter((e): e is Exclude<WatchResult, { type: "ERROR" }> => e.type !== "ERROR" && e.key === "/registry/pods/default/p");
    const revs = events.map((e) => e.revision);
    for (let i = 1; i < revs.length; i++) expect(revs[i]).toBeGreaterThan(revs[i - 1]!);
    expect(events.map((e) => e.object.metadata.resourceVersion)).toEqual(revs.map(String));
    expect(events[0]?.type).toBe("ADDED");
    expect(events.at(-1)?.type).toBe("DELETED");
    const firstDeleting = events.find((e) => e.object.metadata.deletionTimestamp);
    expect(firstDeleting?.type).toBe("MODIFIED");
    expect(firstDeleting?.object.metadata.deletionGracePeriodSeconds).toBe(30);
    // Status writes by the kubelet came in between as MODIFIED.
    expect(events.filter((e) => e.type === "MODIFIED" && !e.object.metadata.deletionTimestamp).length).toBeGreaterThan(0);
    // Objects without finalizers (not pods) go straight to DELETED.
    const cmFrom = c.internals.store.revision;
    c.internals.client("kubectl").create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "x", namespace: "default" } });
    c.kubectl("delete configmap x");
    expect(c.internals.store.watch(cmFrom, "configmaps").map((e) => e.type)).toEqual(["ADDED", "DELETED"]);
  });

  if (!kindForResource("deployments")) {
    it.todo("WL-RV-02: generation/observedGeneration on scale — needs the Deployment kind and controller (workloads helper)");
  } else {
    it("WL-RV-02: generation +1 on spec change only; observedGeneration follows; resourceVersion changes on every write", () => {
      const c = createCluster();
      c.kubectl(
        "apply -f -",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx\nspec:\n  replicas: 1\n  selector:\n    matchLabels: {app: nginx}\n  template:\n    metadata:\n      labels: {app: nginx}\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.27\n",
      );
      c.advance(5);
      const get = () => c.internals.lister.get("deployments", "default", "nginx")!;
      const before = get();
      const scaled = c.internals.client("kubectl").patch("deployments", "default", "nginx", { spec: { replicas: 5 } });
      expect(scaled.metadata.generation).toBe((before.metadata.generation ?? 0) + 1);
      expect(scaled.metadata.resourceVersion).not.toBe(before.metadata.resourceVersion);
      c.advance(30);
      const after = get();
      expect(after.metadata.generation).toBe(scaled.metadata.generation);
      expect(after.status?.observedGeneration).toBe(after.metadata.generation);
      expect(Number(after.metadata.resourceVersion)).toBeGreaterThan(Number(scaled.metadata.resourceVersion));
    });
  }
});
