// Fidelity: the rolling-update group of k8s-vectors.json. The fencepost cases (RU-RF-*) run
// through resolveFenceposts; the step-by-step sequences (RU-SEQ-*) through the Deployment controller.
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => vi.restoreAllMocks());
import { resolveFenceposts } from "../controllers/deployment/fenceposts";
import vectors from "./k8s-vectors.json";
import { createCluster } from "../cluster";
import { deploymentController, DEPLOYMENT_CONTROLLER, syncDeployment } from "../controllers/deployment";
import { replicaSetController } from "../controllers/replicaset";
import { newSyncState } from "../controllers/deployment/sync";
import { cleanupUnhealthyReplicas, reconcileNewReplicaSet, reconcileOldReplicaSets, scaleDownOldReplicaSetsForRollingUpdate } from "../controllers/deployment/rolling";
import * as u from "../controllers/deployment/util";
import { getScaledValueFromIntOrPercent } from "../util/intstr";
import type { KubeObject } from "../types";

interface Case {
  id: string;
  group: string;
  input: Record<string, unknown>;
  expected: Record<string, unknown>;
}

const cases = (vectors.cases as Case[]).filter((c) => c.group === "rolling-update");
const fenceposts = cases.filter((c) => c.id.startsWith("RU-RF"));
const waiting = cases.filter((c) => c.id.startsWith("RU-SEQ"));
const functionCases = cases.filter((c) => !c.id.startsWith("RU-RF") && !c.id.startsWith("RU-SEQ"));

type IntOrString = number | string | null;

describe("rolling-update fenceposts", () => {
  it("has fencepost cases to run", () => expect(fenceposts.length).toBeGreaterThan(10));
  for (const c of fenceposts) {
    it(c.id, () => {
      const { maxSurge, maxUnavailable, replicas } = c.input as { maxSurge: IntOrString; maxUnavailable: IntOrString; replicas: number };
      const run = () => resolveFenceposts(maxSurge, maxUnavailable, replicas);
      if (c.expected.error) expect(run).toThrow();
      else expect(run()).toEqual(c.expected);
    });
  }
});

// RU-SEQ-*: the vectors assume every pod is Ready (and every scaled-down pod gone) before the
// next Deployment sync. The cluster's kubelet takes virtual time to start pods, and a real
// Deployment controller would also sync on intermediate ReplicaSet status changes. So the
// test runs the real controller code one sync at a time: automatic Deployment syncs are
// stubbed out, each step calls syncDeployment once and then lets the rest of the cluster
// (ReplicaSet controller, scheduler, kubelets, GC) settle.
describe("rolling-update sequences", () => {
  it("has sequence cases to run", () => expect(waiting.length).toBeGreaterThan(0));
  for (const c of waiting) {
    it(c.id, () => {
      const input = c.input as { replicas: number; maxSurge: IntOrString; maxUnavailable: IntOrString; start: { oldRS: number } };
      const expected = c.expected as {
        resolved: { maxSurge: number; maxUnavailable: number };
        states: [number, number][];
        steps: { oldReplicas: number; newReplicas: number }[];
        deploymentEvents: string[];
        invariants: Record<string, number>;
      };
      expect(resolveFenceposts(input.maxSurge, input.maxUnavailable, input.replicas)).toEqual(expected.resolved);
      const cluster = createCluster({ seed: 7 });
      const yaml = (image: string) =>
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${input.replicas}\n  strategy:\n    rollingUpdate:\n      maxSurge: ${JSON.stringify(input.maxSurge)}\n      maxUnavailable: ${JSON.stringify(input.maxUnavailable)}\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: ${image}\n`;
      expect(cluster.kubectl("apply -f -", yaml("nginx:1.25")).exitCode).toBe(0);
      cluster.settle();
      const rsList = () => cluster.internals.lister.list("replicasets", "default");
      const [oldRS] = rsList();
      expect(oldRS?.status?.availableReplicas).toBe(input.start.oldRS);
      const stub = vi.spyOn(deploymentController, "reconcile").mockImplementation(() => {});
      try {
        const eventsBefore = deploymentEvents(cluster).length;
        expect(cluster.kubectl("apply -f -", yaml("nginx:1.26")).exitCode).toBe(0);
        cluster.settle();
        const ctx = cluster.internals.context(DEPLOYMENT_CONTROLLER);
        const states: [number, number][] = [];
        for (let sync = 0; sync < 20; sync++) {
          syncDeployment("default/web", ctx);
          cluster.settle();
          const newRS = rsList().find((rs) => rs.metadata.uid !== oldRS!.metadata.uid);
          const state: [number, number] = [cluster.internals.lister.get("replicasets", "default", oldRS!.metadata.name)!.spec.replicas, newRS?.spec.replicas ?? 0];
          const prev = states.at(-1);
          if (prev && prev[0] === state[0] && prev[1] === state[1]) break;
          states.push(state);
          // Invariants of the vectors, checked on the specs after each sync.
          expect(state[0] + state[1]).toBeLessThanOrEqual(expected.invariants["maxTotalPods(spec)"]!);
        }
        expect(states).toEqual(expected.states);
        expect(states.map(([o, n]) => ({ oldReplicas: o, newReplicas: n }))).toEqual(expected.steps.map((st) => ({ oldReplicas: st.oldReplicas, newReplicas: st.newReplicas })));
        const newName = rsList().find((rs) => rs.metadata.uid !== oldRS!.metadata.uid)!.metadata.name;
        const msgs = deploymentEvents(cluster).slice(eventsBefore);
        expect(msgs).toEqual(expected.deploymentEvents.map((m) => m.replace("NEW", newName).replace("OLD", oldRS!.metadata.name)));
      } finally {
        stub.mockRestore();
      }
    });
  }
});

/** ScalingReplicaSet messages on the Deployment, oldest first (one Event per distinct message). */
function deploymentEvents(cluster: ReturnType<typeof createCluster>): string[] {
  return cluster.internals.lister
    .list("events", "default")
    .filter((e) => (e as { reason?: string }).reason === "ScalingReplicaSet")
    .sort((a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion))
    .map((e) => String((e as { message?: string }).message));
}

// The other cases come from upstream unit tables of single functions (intstr, MaxUnavailable,
// NewRSNewReplicas, the rolling.go steps). They run against the same functions here, on
// ReplicaSets stored in a cluster whose controllers are stubbed so nothing else moves them.
describe("rolling-update functions", () => {
  it("covers every non-fencepost, non-sequence case", () => expect(functionCases.map((c) => c.id.slice(0, 6)).sort()).toEqual(expect.arrayContaining(["RU-IS-", "RU-MU-", "RU-MA-", "RU-NR-", "RU-RN-", "RU-RO-", "RU-SD-", "RU-CU-"])));
  for (const c of functionCases) {
    it(c.id, () => {
      const i = c.input as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const e = c.expected as Record<string, unknown> | string;
      const prefix = c.id.slice(0, 6);
      if (prefix === "RU-IS-") {
        const run = () => getScaledValueFromIntOrPercent(i.value, i.total, i.roundUp);
        if (e === "error") expect(run).toThrow();
        else expect(run()).toBe((e as { result: number }).result);
        return;
      }
      const strategy = i.strategy === "Recreate" ? { type: "Recreate" } : { type: "RollingUpdate", rollingUpdate: { maxSurge: i.maxSurge ?? 0, maxUnavailable: i.maxUnavailable ?? 0 } };
      const replicas = i.replicas ?? i.deploymentReplicas ?? 0;
      const f = fixture(replicas, strategy);
      if (prefix === "RU-MU-") return expect(u.maxUnavailable(f.s.d)).toBe((e as { maxUnavailable: number }).maxUnavailable);
      if (prefix === "RU-MA-") return expect(u.desiredReplicas(f.s.d) - u.maxUnavailable(f.s.d)).toBe((e as { minAvailable: number }).minAvailable);
      if (prefix === "RU-NR-") {
        const newRS = f.rs("new", i.newRSReplicas, 0);
        const others = (i.otherRSReplicas as number[]).map((n, k) => f.rs(`old${k}`, n, n));
        return expect(u.newRSNewReplicas(f.s.d, [newRS, ...others], newRS)).toBe((e as { newRSReplicas: number }).newRSReplicas);
      }
      if (prefix === "RU-RN-") {
        const old = f.rs("old", i.oldRSReplicas, i.oldRSReplicas);
        const newRS = f.rs("new", i.newRSReplicas, i.newRSReplicas);
        const scaled = reconcileNewReplicaSet(f.s, [old, newRS], newRS);
        expect(scaled).toBe((e as { scaled: boolean }).scaled);
        return expect(f.get("new").spec.replicas).toBe((e as { newRSReplicas: number }).newRSReplicas);
      }
      if (prefix === "RU-RO-") {
        const old = f.rs("old", i.oldRSReplicas, i.oldRSAvailable);
        const newRS = f.rs("new", i.newRSReplicas, i.newRSAvailable);
        return expect(reconcileOldReplicaSets(f.s, [old, newRS], [old], newRS)).toBe((e as { scaledDown: boolean }).scaledDown);
      }
      if (prefix === "RU-SD-") {
        const old = f.rs("old", i.oldRSReplicas, i.availablePods);
        const scaled = scaleDownOldReplicaSetsForRollingUpdate(f.s, [old], [old]);
        expect(scaled > 0).toBe((e as { scaled: boolean }).scaled);
        return expect(f.get("old").spec.replicas).toBe((e as { oldRSReplicas: number }).oldRSReplicas);
      }
      if (prefix === "RU-CU-") {
        const old = f.rs("old", i.oldRSReplicas, i.availablePods);
        return expect(cleanupUnhealthyReplicas(f.s, [old], i.maxCleanupCount).count).toBe((e as { cleanedUp: number }).cleanedUp);
      }
      throw new Error(`no runner for ${c.id}`);
    });
  }
});

/** A Deployment (in memory, so even upstream's invalid 0/0 fenceposts can be tried) and stored RSes. */
function fixture(replicas: number, strategy: object) {
  const cluster = createCluster({ nodes: 1 });
  vi.spyOn(deploymentController, "reconcile").mockImplementation(() => {});
  vi.spyOn(replicaSetController, "reconcile").mockImplementation(() => {});
  const api = cluster.internals.client("test");
  const ctx = cluster.internals.context(DEPLOYMENT_CONTROLLER);
  const d = {
    apiVersion: "apps/v1", kind: "Deployment",
    metadata: { name: "web", namespace: "default", uid: "d-uid", resourceVersion: "1", creationTimestamp: ctx.timestamp(), generation: 1 },
    spec: { replicas, strategy, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "c", image: "nginx" }] } } },
  } as unknown as KubeObject;
  const s = newSyncState(ctx, d);
  return {
    s,
    rs(name: string, size: number, available: number): KubeObject {
      const rs = api.create({ apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name, namespace: "default" }, spec: { replicas: size, selector: { matchLabels: { app: "web", v: name } }, template: { metadata: { labels: { app: "web", v: name } }, spec: { containers: [{ name: "c", image: "nginx" }] } } } });
      return api.updateStatus({ ...rs, status: { replicas: size, ...(available ? { readyReplicas: available, availableReplicas: available } : {}) } });
    },
    get: (name: string) => cluster.internals.lister.get("replicasets", "default", name)!,
  };
}
