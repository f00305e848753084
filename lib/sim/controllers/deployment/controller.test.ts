import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { TestCluster } from "../../testing";
import type { KubeObject } from "../../types";
import { isPodAvailable, wallClockNow } from "../podcontrol";

const yaml = (o: { image?: string; replicas?: number; surge?: string | number; unavailable?: string | number; extra?: string; strategy?: string } = {}) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${o.replicas ?? 3}
${o.extra ?? ""}  strategy:
${o.strategy ?? `    rollingUpdate: {maxSurge: ${JSON.stringify(o.surge ?? "25%")}, maxUnavailable: ${JSON.stringify(o.unavailable ?? "25%")}}`}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: c
        image: ${o.image ?? "nginx:1.25"}
`;

const dep = (t: TestCluster) => t.cluster.internals.lister.get("deployments", "default", "web")!;
const rsList = (t: TestCluster) => t.cluster.internals.lister.list("replicasets", "default");
const rsFor = (t: TestCluster, image: string) => rsList(t).find((rs) => rs.spec.template.spec.containers[0].image === image);
const cond = (d: KubeObject, type: string) => (d.status?.conditions ?? []).find((c: { type: string }) => c.type === type);
const messages = (t: TestCluster, reason: string) =>
  t.cluster.internals.lister
    .list("events", "default")
    .filter((e) => (e as { reason?: string }).reason === reason)
    .map((e) => (e as { message?: string }).message);

describe("Deployment controller", () => {
  it("creates <name>-<hash> with revision 1 and reaches a complete status", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml()).settle().expectPods(3, { ready: 3 });
    const d = dep(t);
    const [rs] = rsList(t);
    expect(rs!.metadata.name).toBe(`web-${rs!.metadata.labels!["pod-template-hash"]}`);
    expect(rs!.metadata.annotations).toEqual({ "deployment.kubernetes.io/revision": "1", "deployment.kubernetes.io/desired-replicas": "3", "deployment.kubernetes.io/max-replicas": "4" });
    expect(d.metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("1");
    expect(d.status).toMatchObject({ observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 });
    expect(d.status.unavailableReplicas).toBeUndefined();
    expect(cond(d, "Progressing")).toMatchObject({ status: "True", reason: "NewReplicaSetAvailable" });
    expect(cond(d, "Available")).toMatchObject({ status: "True", reason: "MinimumReplicasAvailable" });
    expect(t.kubectl("get deploy").last.stdout).toMatch(/^NAME +READY +UP-TO-DATE +AVAILABLE +AGE\nweb +3\/3 +3 +3 +\d+s\n$/);
  });

  it("minReadySeconds: available (and complete) only once pods stayed ready that long", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml({ replicas: 2, extra: "  minReadySeconds: 20\n" })).advance(5);
    expect(rsList(t)[0]!.spec.minReadySeconds).toBe(20);
    expect(dep(t).status.readyReplicas).toBe(2);
    expect(dep(t).status.availableReplicas).toBeUndefined();
    expect(cond(dep(t), "Available")).toMatchObject({ status: "False", reason: "MinimumReplicasUnavailable" });
    t.advance(20);
    expect(dep(t).status.availableReplicas).toBe(2);
    expect(cond(dep(t), "Progressing")).toMatchObject({ reason: "NewReplicaSetAvailable" });
  });

  it("creates pods within the kubectl call (no virtual time needed)", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml());
    expect(t.pods()).toHaveLength(3);
  });

  it("scales up and down through the ReplicaSet, with Scaled events", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml()).settle();
    t.kubectl("scale deploy web --replicas=5").settle().expectPods(5, { ready: 5 });
    t.kubectl("scale deploy web --replicas=2").settle().expectPods(2);
    const rs = rsList(t)[0]!.metadata.name;
    expect(messages(t, "ScalingReplicaSet")).toEqual([`Scaled up replica set ${rs} from 0 to 3`, `Scaled up replica set ${rs} from 3 to 5`, `Scaled down replica set ${rs} from 5 to 2`]);
    expect(rsList(t)[0]!.metadata.annotations?.["deployment.kubernetes.io/desired-replicas"]).toBe("2");
  });

  it("heals a deleted pod (ReplicaSet) and keeps status in step", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml()).settle();
    t.kubectl(`delete pod ${t.pods()[0]!.metadata.name} --wait=false`).settle().expectPods(3, { ready: 3 });
    expect(dep(t).status.availableReplicas).toBe(3);
  });

  it("rolls out a new image, keeps the old RS at 0 and bumps the revision", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml()).settle();
    t.kubectl("apply -f -", yaml({ image: "nginx:1.26" })).settle().expectPods(3, { ready: 3 });
    expect(rsFor(t, "nginx:1.25")!.spec.replicas).toBe(0);
    expect(rsFor(t, "nginx:1.26")!.metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("2");
    expect(dep(t).metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("2");
    expect(dep(t).metadata.generation).toBe(2);
    for (const p of t.pods()) expect(p.spec.containers[0].image).toBe("nginx:1.26");
  });

  it("undo by restoring the old template re-uses the old RS with the next revision", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml()).settle();
    const v1 = rsFor(t, "nginx:1.25")!.metadata.name;
    t.kubectl("apply -f -", yaml({ image: "nginx:1.26" })).settle();
    t.kubectl("apply -f -", yaml()).settle().expectPods(3, { ready: 3 });
    const again = rsFor(t, "nginx:1.25")!;
    expect(again.metadata.name).toBe(v1);
    expect(again.spec.replicas).toBe(3);
    expect(again.metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("3");
    expect(again.metadata.annotations?.["deployment.kubernetes.io/revision-history"]).toBe("1");
    expect(rsList(t)).toHaveLength(2);
  });

  it("paused: a template change rolls nothing out, scaling still works; resume rolls out", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml()).settle();
    t.cluster.internals.client("kubectl").patch("deployments", "default", "web", { spec: { paused: true } });
    t.settle();
    expect(cond(dep(t), "Progressing")).toMatchObject({ status: "Unknown", reason: "DeploymentPaused", message: "Deployment is paused" });
    t.kubectl("apply -f -", yaml({ image: "nginx:1.26", extra: "  paused: true\n" })).settle();
    expect(rsList(t)).toHaveLength(1);
    t.kubectl("scale deploy web --replicas=4").settle().expectPods(4);
    t.cluster.internals.client("kubectl").patch("deployments", "default", "web", { spec: { paused: null } });
    t.advance(0.001);
    expect(dep(t).status.conditions.some((c: { reason: string }) => c.reason === "DeploymentResumed" || c.reason === "ReplicaSetUpdated" || c.reason === "NewReplicaSetCreated")).toBe(true);
    t.settle().expectPods(4, { ready: 4 });
    for (const p of t.pods()) expect(p.spec.containers[0].image).toBe("nginx:1.26");
  });

  it("an image that never pulls: the rollout stops within maxUnavailable and the deadline passes", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml({ replicas: 4, extra: "  progressDeadlineSeconds: 60\n" })).settle();
    t.kubectl("apply -f -", yaml({ replicas: 4, image: "ghcr.io/reconcile/web:v404", extra: "  progressDeadlineSeconds: 60\n" })).advance(30);
    const bad = rsFor(t, "ghcr.io/reconcile/web:v404")!;
    expect(bad.spec.replicas).toBe(2);
    expect(rsFor(t, "nginx:1.25")!.spec.replicas).toBe(3);
    expect(cond(dep(t), "Progressing")).toMatchObject({ status: "True", reason: "ReplicaSetUpdated" });
    t.advance(40);
    expect(cond(dep(t), "Progressing")).toMatchObject({ status: "False", reason: "ProgressDeadlineExceeded", message: `ReplicaSet "${bad.metadata.name}" has timed out progressing.` });
    expect(cond(dep(t), "Available")).toMatchObject({ status: "True" });
  });

  it("Recreate: old pods are all gone before new ones start", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml({ strategy: "    type: Recreate" })).settle();
    const from = t.cluster.internals.store.revision;
    t.kubectl("apply -f -", yaml({ image: "nginx:1.26", strategy: "    type: Recreate" })).settle().expectPods(3, { ready: 3 });
    // At no revision did a new pod exist while an old one was still there.
    const alive = new Map<string, string>();
    for (const e of t.cluster.internals.store.watch(from, "pods")) {
      if (e.type === "ERROR") continue;
      if (e.type === "DELETED") alive.delete(e.object.metadata.name);
      else alive.set(e.object.metadata.name, e.object.spec.containers[0].image);
      const images = new Set(alive.values());
      expect(images.has("nginx:1.25") && images.has("nginx:1.26")).toBe(false);
    }
  });

  it("revisionHistoryLimit deletes the oldest scaled-down ReplicaSets", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml({ replicas: 1, extra: "  revisionHistoryLimit: 1\n" })).settle();
    for (const image of ["nginx:1.26", "nginx:1.27", "nginx:latest"]) t.kubectl("apply -f -", yaml({ replicas: 1, image, extra: "  revisionHistoryLimit: 1\n" })).settle();
    expect(rsList(t).map((rs) => rs.spec.template.spec.containers[0].image).sort()).toEqual(["nginx:1.27", "nginx:latest"]);
  });

  it("scaling mid-rollout spreads the change proportionally over the ReplicaSets", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml({ replicas: 10, surge: 3, unavailable: 2 })).settle();
    t.kubectl("apply -f -", yaml({ replicas: 10, surge: 3, unavailable: 2, image: "ghcr.io/reconcile/web:v404" })).advance(5);
    const before = [rsFor(t, "nginx:1.25")!.spec.replicas, rsFor(t, "ghcr.io/reconcile/web:v404")!.spec.replicas];
    expect(before).toEqual([8, 5]);
    t.kubectl("scale deploy web --replicas=20").advance(1);
    const after = [rsFor(t, "nginx:1.25")!.spec.replicas, rsFor(t, "ghcr.io/reconcile/web:v404")!.spec.replicas];
    // 13 → 23 (20 + surge 3): 10 more split 8:5 ≈ 6 + 4 (leftover to the largest).
    expect(after[0]! + after[1]!).toBe(23);
    expect(after).toEqual([14, 9]);
  });

  it("adopts an orphan ReplicaSet its selector matches (after an orphaning delete)", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml()).settle();
    t.cluster.internals.client("kubectl").delete("deployments", "default", "web", { propagationPolicy: "Orphan" });
    t.settle();
    const [rs] = rsList(t);
    expect(rs!.metadata.ownerReferences ?? []).toEqual([]);
    t.kubectl("apply -f -", yaml()).settle();
    expect(rsList(t)).toHaveLength(1);
    expect(rsList(t)[0]!.metadata.ownerReferences?.[0]).toMatchObject({ kind: "Deployment", name: "web", controller: true });
    t.expectPods(3);
  });

  it("deleting the Deployment cascades to ReplicaSets and pods through the garbage collector", () => {
    const t = new TestCluster().kubectl("apply -f -", yaml()).settle();
    t.kubectl("delete deploy web").settle().expectPods(0);
    expect(rsList(t)).toHaveLength(0);
  });

  it("is deterministic: same seed and steps give the same snapshot", () => {
    const run = () => {
      const t = new TestCluster({ seed: 42 }).kubectl("apply -f -", yaml({ replicas: 5 })).settle();
      t.kubectl("apply -f -", yaml({ replicas: 5, image: "nginx:1.26" })).advance(3).kubectl("scale deploy web --replicas=8").settle();
      return JSON.stringify(t.cluster.snapshot());
    };
    expect(run()).toBe(run());
  });

  it("property: during a rollout total pods ≤ replicas + maxSurge and available ≥ replicas − maxUnavailable", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom("0%", "25%", "50%")),
        fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom("0%", "25%", "50%")),
        (replicas, surge, unavailable) => {
          const s = surge;
          const bothZero = (v: string | number) => v === 0 || v === "0%";
          const u = bothZero(surge) && bothZero(unavailable) ? 1 : unavailable;
          const t = new TestCluster({ seed: replicas }).kubectl("apply -f -", yaml({ replicas, surge: s, unavailable: u })).settle();
          const d = dep(t);
          const ru = d.spec.strategy.rollingUpdate;
          const pct = (v: string | number, up: boolean) => (typeof v === "number" ? v : (up ? Math.ceil : Math.floor)((Number(v.slice(0, -1)) * replicas) / 100));
          let maxSurge = pct(ru.maxSurge, true);
          let maxUnavail = Math.min(pct(ru.maxUnavailable, false), replicas);
          if (maxSurge === 0 && maxUnavail === 0) maxUnavail = 1;
          maxSurge = Math.max(maxSurge, 0);
          t.kubectl("apply -f -", yaml({ replicas, surge: s, unavailable: u, image: "nginx:1.26" }));
          const ctx = t.cluster.internals.context("test");
          for (let step = 0; step < 400; step++) {
            const pods = t.pods().filter((p) => !p.metadata.deletionTimestamp && p.status?.phase !== "Failed" && p.status?.phase !== "Succeeded");
            const now = wallClockNow(ctx);
            const available = pods.filter((p) => isPodAvailable(p, 0, now)).length;
            if (pods.length > replicas + maxSurge || available < replicas - maxUnavail) {
              throw new Error(`step ${step}: ${pods.length} pods (max ${replicas + maxSurge}), ${available} available (min ${replicas - maxUnavail})`);
            }
            const st = dep(t).status;
            if (st.updatedReplicas === replicas && st.availableReplicas === replicas && st.replicas === replicas) return;
            t.advance(0.1);
          }
          throw new Error("rollout did not finish in 40 s");
        },
      ),
      { numRuns: 12, seed: 20260101 },
    );
  });
});
