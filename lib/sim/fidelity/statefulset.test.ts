// Fidelity: the statefulset group of k8s-vectors.json, run through the cluster (StatefulSet
// controller, kubelet, PV binder, GC) or the controller's pure identity functions. The SS-RS-*
// cases are `kubectl rollout status` texts and stay listed in not-yet-expressible.test.ts.
import { describe, expect, it } from "vitest";
import vectors from "./k8s-vectors.json";
import { TestCluster } from "../testing";
import { claimsFor, podDNSName, serviceDomain } from "../controllers/statefulset";
import { applySts, claimNames, controllerPodCalls, imageOf, patchSts, pod, podNames, removedAt, requestedAt, sts } from "../controllers/statefulset/testing";
import { SAFE_ALPHABET } from "../util/hash";
import { virtualMsOf } from "../node/time";
import type { KubeObject } from "../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

interface Case {
  id: string;
  group: string;
  input: any;
  expected: any;
}
const cases = (vectors.cases as Case[]).filter((c) => c.group === "statefulset");
const byId = (id: string) => cases.find((c) => c.id === id)!;
const ENGINE = ["SS-PVC-02", "SS-PVC-03", "SS-PVC-04", "SS-ORD-03", "SS-ORD-05", "SS-UPD-01", "SS-UPD-03", "SS-LBL-01", "SS-DNS-01", "SS-DNS-02", "SS-GET-01"];

describe("statefulset fidelity", () => {
  it("runs every non-rollout case of the group", () => {
    expect(cases.filter((c) => !c.id.startsWith("SS-RS")).map((c) => c.id).sort()).toEqual([...ENGINE].sort());
  });

  it("SS-PVC-02: one claim per template per ordinal", () => {
    const c = byId("SS-PVC-02");
    const t = new TestCluster();
    applySts(t, { name: c.input.statefulSet, replicas: c.input.replicas, claims: c.input.volumeClaimTemplates }).settle();
    expect(claimNames(t).sort()).toEqual([...c.expected.pvcNames].sort());
    const set = sts(t, c.input.statefulSet)!;
    expect([0, 1].flatMap((o) => claimsFor(set, o).map((x) => x.metadata!.name))).toEqual(c.expected.pvcNames);
    expect(pod(t, "db-1")!.spec.volumes.map((v: any) => v.persistentVolumeClaim.claimName)).toEqual(["data-db-1", "wal-db-1"]);
  });

  it("SS-PVC-03: scale-down keeps the claims; scaling up reattaches them", () => {
    const c = byId("SS-PVC-03");
    const t = new TestCluster();
    applySts(t, { name: c.input.statefulSet, claims: [c.input.template], replicas: 3 }).settle();
    patchSts(t, { spec: { replicas: 1 } }).settle();
    expect(podNames(t)).toEqual(c.expected.pods);
    expect(claimNames(t)).toEqual(c.expected.pvcs);
    const uid = t.cluster.internals.lister.get("persistentvolumeclaims", "default", "www-web-1")!.metadata.uid;
    patchSts(t, { spec: { replicas: 3 } }).settle();
    expect(podNames(t)).toEqual(c.expected.afterScaleBackTo3.pods);
    expect(pod(t, "web-1")!.spec.volumes[0].persistentVolumeClaim.claimName).toBe(c.expected.afterScaleBackTo3["web-1 reuses"]);
    expect(t.cluster.internals.lister.get("persistentvolumeclaims", "default", "www-web-1")!.metadata.uid).toBe(uid);
  });

  it("SS-PVC-04: claims survive deleting the StatefulSet (whenDeleted: Retain)", () => {
    const c = byId("SS-PVC-04");
    const t = new TestCluster();
    applySts(t).settle();
    t.kubectl("delete statefulset web").settle();
    t.expectPods(0);
    expect(claimNames(t)).toEqual(c.expected.pvcsRemaining);
  });

  it("SS-ORD-03: condemned pods go highest ordinal first, each only after the previous is fully gone", () => {
    const c = byId("SS-ORD-03");
    const t = new TestCluster();
    applySts(t, { replicas: c.input.from }).settle();
    patchSts(t, { spec: { replicas: c.input.to } }).settle();
    expect(controllerPodCalls(t).filter((x) => x.startsWith("delete")).map((x) => x.slice(7))).toEqual(c.expected.deletionOrder);
    // web-2 was Terminating (graceful) for a while; web-1's delete came only once it was removed.
    const deleted2 = requestedAt(t, "delete", "web-2")[0]!;
    const gone2 = removedAt(t, "web-2")[0]!;
    expect(gone2).toBeGreaterThan(deleted2);
    expect(requestedAt(t, "delete", "web-1")[0]).toBeGreaterThanOrEqual(gone2);
  });

  it("SS-ORD-05: a Failed pod is deleted and recreated with the same name on a later sync", () => {
    const t = new TestCluster();
    applySts(t).settle();
    const old = pod(t, "web-1")!;
    t.do((cl) => {
      cl.internals.client("kubelet").patch("pods", "default", "web-1", { status: { phase: "Failed" } }, { status: true });
      cl.internals.run();
    });
    t.settle();
    const fresh = pod(t, "web-1")!;
    expect(fresh.metadata.uid).not.toBe(old.metadata.uid);
    expect(fresh.metadata.name).toBe("web-1");
    expect(fresh.status.phase).toBe("Running");
    const calls = controllerPodCalls(t);
    expect(calls.slice(calls.indexOf("delete web-1"))).toEqual(["delete web-1", "create web-1"]);
    // Deleted in one sync, recreated in a later one (the delete removed it from the store first).
    expect(requestedAt(t, "create", "web-1").at(-1)).toBeGreaterThanOrEqual(removedAt(t, "web-1").at(-1)!);
    const events = t.cluster.internals.lister.list("events", "default").filter((e) => e.reason === "RecreatingFailedPod");
    expect(events.map((e) => e.message)).toEqual(["StatefulSet default/web is recreating failed Pod web-1"]);
  });

  it("SS-UPD-01: rolling update from the highest ordinal down, one healthy pod at a time", () => {
    const c = byId("SS-UPD-01");
    const t = new TestCluster();
    applySts(t, { replicas: c.input.replicas }).settle();
    patchSts(t, { spec: { template: { spec: { containers: [{ name: "nginx", image: "nginx:1.26" }] } } } }).settle();
    const deletes = controllerPodCalls(t).filter((x) => x.startsWith("delete")).map((x) => x.slice(7));
    expect(deletes).toEqual(c.expected.updateOrder);
    // The next delete waits for the previous pod to come back Running and Ready.
    for (const [prev, next] of [["web-2", "web-1"], ["web-1", "web-0"]] as const) {
      const ready = readyAt(t, pod(t, prev)!);
      expect(requestedAt(t, "delete", next).at(-1)).toBeGreaterThanOrEqual(ready);
    }
    expect(["web-0", "web-1", "web-2"].map((n) => imageOf(pod(t, n)))).toEqual(["nginx:1.26", "nginx:1.26", "nginx:1.26"]);
  });

  it("SS-UPD-03: a partition above replicas updates no pod", () => {
    const c = byId("SS-UPD-03");
    const t = new TestCluster();
    applySts(t, { replicas: c.input.replicas, spec: { updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: c.input.partition } } } }).settle();
    const before = sts(t)!.status.currentRevision;
    patchSts(t, { spec: { template: { spec: { containers: [{ name: "nginx", image: "nginx:1.26" }] } } } }).settle();
    const updated = t.pods().filter((p) => p.metadata.labels?.["controller-revision-hash"] !== before).map((p) => p.metadata.name);
    expect(updated).toEqual(c.expected.updatedPods);
    expect(sts(t)!.status.updateRevision).not.toBe(before);
  });

  it("SS-LBL-01: name, hostname, subdomain and identity labels", () => {
    const c = byId("SS-LBL-01");
    const t = new TestCluster();
    applySts(t, { name: c.input.statefulSet, replicas: 2, spec: { serviceName: c.input.serviceName } }).settle();
    const p = pod(t, c.expected["pod.metadata.name"])!;
    expect(p.spec.hostname).toBe(c.expected["pod.spec.hostname"]);
    expect(p.spec.subdomain).toBe(c.expected["pod.spec.subdomain"]);
    const labels = p.metadata.labels!;
    expect(labels["statefulset.kubernetes.io/pod-name"]).toBe(c.expected.labels["statefulset.kubernetes.io/pod-name"]);
    expect(labels["apps.kubernetes.io/pod-index"]).toBe(c.expected.labels["apps.kubernetes.io/pod-index"]);
    const hash = labels["controller-revision-hash"]!;
    expect(hash).toMatch(new RegExp(`^web-[${SAFE_ALPHABET}]+$`));
    expect(hash).toBe(sts(t)!.status.updateRevision);
  });

  for (const id of ["SS-DNS-01", "SS-DNS-02"]) {
    it(`${id}: stable network names`, () => {
      const c = byId(id);
      const [ns, svc] = String(c.input.service).split(" ")[0]!.split("/") as [string, string];
      expect(serviceDomain(svc, ns, c.input.clusterDomain)).toBe(c.expected.serviceDNS);
      const setName = String(c.input.statefulSet).split("/")[1]!;
      const names = [0, 1].map((o) => podDNSName(`${setName}-${o}`, svc, ns, c.input.clusterDomain));
      if (Array.isArray(c.expected.podDNS)) expect(names).toEqual(c.expected.podDNS);
      else expect(names.every((n) => n === String(c.expected.podDNS).replace("{0..N-1}", n.slice(setName.length + 1, n.indexOf("."))))).toBe(true);
      if (c.expected.podHostname) expect(names[0]!.split(".")[0]).toBe(c.expected.podHostname);
    });
  }

  it("SS-GET-01: READY is readyReplicas/spec.replicas", () => {
    const c = byId("SS-GET-01");
    // Two workers with 4 CPUs each fit one 3-CPU pod apiece: the third replica stays Pending.
    const t = new TestCluster();
    applySts(t, {
      name: c.input.statefulSet, replicas: c.input["spec.replicas"], claims: [],
      spec: { podManagementPolicy: "Parallel", template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "nginx", image: "nginx:1.27", resources: { requests: { cpu: "3" } } }] } } },
    });
    t.advance(45);
    expect(sts(t)!.status.readyReplicas).toBe(c.input["status.readyReplicas"]);
    expect(t.cluster.kubectl("get statefulsets").stdout).toBe(c.expected.stdout);
  });
});

/** Virtual ms at which the pod's Ready condition last turned True. */
function readyAt(t: TestCluster, p: KubeObject): number {
  const cond = (p.status?.conditions ?? []).find((x: any) => x.type === "Ready");
  return cond ? virtualMsOf(cond.lastTransitionTime, t.cluster.internals.clock.epochMs) : NaN;
}
