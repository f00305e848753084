// Fidelity: the deployment group of k8s-vectors.json that is about the engine (defaults,
// revisions, completeness, deadlines, conditions, events, the get table). Cases about
// kubectl rollout output (DP-RS-*, DP-HIST-*, DP-UNDO-*, kubectl's half of DP-REV-04) run in
// rollout.test.ts.
import { afterEach, describe, expect, it, vi } from "vitest";
import vectors from "./k8s-vectors.json";
import type { KubeObject } from "../types";
import { createCluster, type SimCluster } from "../cluster";
import { deploymentController } from "../controllers/deployment";
import * as u from "../controllers/deployment/util";
import { rfc3339ToMs } from "../node/time";

/* eslint-disable @typescript-eslint/no-explicit-any */
interface Case {
  id: string;
  group: string;
  input: any;
  expected: any;
}
const cases = (vectors.cases as Case[]).filter((c) => c.group === "deployment" && !/^DP-(RS|HIST|UNDO)-/.test(c.id));
const byId = (id: string) => cases.find((c) => c.id === id)!;
/** Value at a path like "containers[0].terminationMessagePath". */
const get = (obj: any, path: string) => path.split(/\.|\[(\d+)\]/).filter(Boolean).reduce((o, k) => o?.[k], obj);

afterEach(() => vi.restoreAllMocks());

const deploymentYaml = (name: string, image: string, replicas = 1, extra = "") =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: ${replicas}\n${extra}  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n      - name: c\n        image: ${image}\n`;

function apply(c: SimCluster, yaml: string): void {
  const out = c.kubectl("apply -f -", yaml);
  if (out.exitCode !== 0) throw new Error(out.stderr);
}

describe("fidelity: deployment", () => {
  it("runs every engine case of the group", () => {
    expect(cases.map((c) => c.id).sort()).toEqual(
      ["DP-COND-01", "DP-DC-02", "DP-DC-03", "DP-DC-05", "DP-DC-06", "DP-DEF-01", "DP-DEF-02", "DP-DEF-03", "DP-DEF-04", "DP-DT-01", "DP-DT-02", "DP-DT-05", "DP-EVT-01", "DP-GET-01", "DP-PODDEF-06", "DP-REV-04", "DP-REV-06"].sort(),
    );
  });

  describe("defaults", () => {
    const create = (input: any) => {
      const api = createCluster({ nodes: 1 }).internals.client("test");
      const base = { selector: { matchLabels: { app: "x" } }, template: { metadata: { labels: { app: "x" } }, spec: { containers: [{ name: "c", image: "nginx:1.25" }] } } };
      return api.create({ apiVersion: "apps/v1", kind: input.kind ?? "Deployment", metadata: { name: "x", namespace: "default" }, spec: { ...base, ...input.spec } });
    };
    for (const id of ["DP-DEF-01", "DP-DEF-02", "DP-DEF-03", "DP-DEF-04"]) {
      it(id, () => {
        const c = byId(id);
        const obj = create(c.input);
        for (const [path, want] of Object.entries(c.expected)) {
          const have = path.split(".").reduce((o: any, k) => o?.[k], obj);
          // minReadySeconds: 0 and paused: false are Go zero values with omitempty: absent on the wire.
          if (want === 0 || want === false) expect(have ?? want).toBe(want);
          else if (want === null) expect(have).toBeUndefined();
          else expect(have).toEqual(want);
        }
      });
    }
    it("DP-PODDEF-06 pod spec defaults in the template and on the created pods", () => {
      const c = byId("DP-PODDEF-06");
      const cluster = createCluster();
      apply(cluster, deploymentYaml("web", "nginx:1.25"));
      const d = cluster.internals.lister.get("deployments", "default", "web")!;
      const [pod] = cluster.internals.lister.list("pods", "default");
      for (const [path, want] of Object.entries(c.expected)) expect(get(pod!.spec, path)).toEqual(want);
      // The case's note says "also inside Deployment templates", but upstream defaults.go sets
      // enableServiceLinks in SetDefaults_Pod, not SetDefaults_PodSpec ("so that it only
      // materializes in the Pod object"): a template gets every other field.
      for (const [path, want] of Object.entries(c.expected)) {
        if (path === "enableServiceLinks") expect(get(d.spec.template.spec, path)).toBeUndefined();
        else expect(get(d.spec.template.spec, path)).toEqual(want);
      }
    });
  });

  describe("revisions", () => {
    it("DP-REV-04 undo (template back to v2) re-uses that RS with revision max+1 and history '2'", () => {
      const c = byId("DP-REV-04");
      const cluster = createCluster();
      apply(cluster, deploymentYaml("foo", "nginx:1.25"));
      cluster.settle();
      apply(cluster, deploymentYaml("foo", "nginx:1.26"));
      cluster.settle();
      apply(cluster, deploymentYaml("foo", "nginx:1.27"));
      cluster.settle();
      // What `rollout undo` sends: the revision-2 template (kubectl's part runs in rollout.test.ts).
      apply(cluster, deploymentYaml("foo", "nginx:1.26"));
      cluster.settle();
      const d = cluster.internals.lister.get("deployments", "default", "foo")!;
      expect(d.metadata.annotations?.[u.REVISION]).toBe(c.expected["deployment.revision"]);
      const rss = cluster.internals.lister.list("replicasets", "default");
      expect(rss.map((rs) => Number(rs.metadata.annotations?.[u.REVISION])).sort()).toEqual(c.expected.historyRevisions);
      const v2 = rss.find((rs) => rs.spec.template.spec.containers[0].image === "nginx:1.26")!;
      expect({ [u.REVISION]: v2.metadata.annotations?.[u.REVISION], [u.REVISION_HISTORY]: v2.metadata.annotations?.[u.REVISION_HISTORY] }).toEqual(c.expected.rsWithTemplateV2);
      expect(v2.spec.replicas).toBe(1);
    });
    it("DP-REV-06 an RS re-used with a higher revision appends its old one to revision-history", () => {
      const c = byId("DP-REV-06");
      const d = { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "d" }, spec: { replicas: 1, strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } } } as unknown as KubeObject;
      const rs = { metadata: { name: "rs", annotations: { [u.REVISION]: c.input.rsRevisionBefore, [u.REVISION_HISTORY]: c.input.rsHasRevisionHistory } } } as unknown as KubeObject;
      expect(u.setNewReplicaSetAnnotations(d, rs, c.input.newRevision, true)).toBe(true);
      expect({ [u.REVISION]: rs.metadata.annotations![u.REVISION], [u.REVISION_HISTORY]: rs.metadata.annotations![u.REVISION_HISTORY] }).toEqual(c.expected);
    });
  });

  describe("completeness and deadlines", () => {
    for (const id of ["DP-DC-02", "DP-DC-03", "DP-DC-05", "DP-DC-06"]) {
      it(id, () => {
        const c = byId(id);
        const d = { metadata: {}, spec: { replicas: c.input["spec.replicas"], strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: c.input.maxSurge, maxUnavailable: c.input.maxUnavailable } } } } as unknown as KubeObject;
        expect(u.deploymentComplete(d, c.input.status)).toBe(c.expected.complete);
      });
    }
    const at = (hms: string | null) => (hms ? rfc3339ToMs(`2026-01-01T${hms}Z`) : 0);
    for (const id of ["DP-DT-01", "DP-DT-02", "DP-DT-05"]) {
      it(id, () => {
        const c = byId(id);
        const cond = { type: "Progressing", ...c.input.progressingCondition, lastUpdateTime: c.input.progressingCondition.lastUpdateTime ? `2026-01-01T${c.input.progressingCondition.lastUpdateTime}Z` : "" };
        const d = { metadata: {}, spec: c.input.progressDeadlineSeconds === null ? {} : { progressDeadlineSeconds: c.input.progressDeadlineSeconds } } as unknown as KubeObject;
        expect(u.deploymentTimedOut(d, { conditions: [cond] }, at(c.input.now))).toBe(c.expected.timedOut);
      });
    }
    it("times out once lastUpdateTime + deadline is strictly before now (the rule the DT cases state)", () => {
      const d = { metadata: {}, spec: { progressDeadlineSeconds: 10 } } as unknown as KubeObject;
      const st = { conditions: [{ type: "Progressing", status: "True", reason: "ReplicaSetUpdated", message: "", lastUpdateTime: "2026-01-01T00:01:09Z", lastTransitionTime: "" }] };
      expect(u.deploymentTimedOut(d, st, at("00:01:19"))).toBe(false);
      expect(u.deploymentTimedOut(d, st, at("00:01:19") + 1)).toBe(true);
    });
  });

  type P = { status: string; reason: string; message: string };
  it("DP-COND-01 Progressing and Available conditions through create, rollout, failure and timeout", () => {
    const c = byId("DP-COND-01");
    const parse = (s: string) => {
      const m = /^(\w+)\/(\w+) '(.*)'$/.exec(s)!;
      return { status: m[1]!, reason: m[2]!, message: m[3]! };
    };
    const cluster = createCluster();
    const seen = (name: string, type: string) => {
      const out: { status: string; reason: string; message: string }[] = [];
      for (const e of cluster.internals.store.watch(0, "deployments")) {
        if (e.type === "ERROR" || e.object.metadata.name !== name) continue;
        const cond = (e.object.status?.conditions ?? []).find((x: any) => x.type === type);
        if (!cond) continue;
        const last = out.at(-1);
        if (!last || last.reason !== cond.reason || last.status !== cond.status || last.message !== cond.message) out.push({ status: cond.status, reason: cond.reason, message: cond.message });
      }
      return out;
    };
    const rsName = (image: string, name: string) => cluster.internals.lister.list("replicasets", "default").find((rs) => rs.metadata.name.startsWith(`${name}-`) && rs.spec.template.spec.containers[0].image === image)!.metadata.name;
    // Create, complete, then roll out a new image.
    apply(cluster, deploymentYaml("web", "nginx:1.25", 2));
    cluster.settle();
    apply(cluster, deploymentYaml("web", "nginx:1.26", 2));
    cluster.settle();
    const [created, updated, available] = (c.expected.Progressing as string[]).map(parse) as [P, P, P];
    const v1 = rsName("nginx:1.25", "web");
    const v2 = rsName("nginx:1.26", "web");
    const progressing = seen("web", "Progressing");
    expect(progressing[0]).toEqual({ ...created, message: created.message.replace("<rs>", v1) });
    expect(progressing).toContainEqual({ ...available, message: available.message.replace("<rs>", v1) });
    expect(progressing).toContainEqual({ ...updated, message: updated.message.replace("<rs>", v2) });
    expect(progressing.at(-1)).toEqual({ ...available, message: available.message.replace("<rs>", v2) });
    const [minOk, minBad] = (c.expected.Available as string[]).map(parse) as [P, P];
    expect(seen("web", "Available").at(-1)).toEqual(minOk);
    // An image that never pulls: below minimum availability, then the deadline passes.
    apply(cluster, deploymentYaml("broken", "ghcr.io/reconcile/does-not-exist:v1", 2, "  progressDeadlineSeconds: 30\n"));
    cluster.advance(10);
    expect(seen("broken", "Available").at(-1)).toEqual(minBad);
    cluster.advance(40);
    const timeout = parse(c.expected.timeout);
    const d = cluster.internals.lister.get("deployments", "default", "broken")!;
    const cond = d.status.conditions.find((x: any) => x.type === "Progressing");
    expect({ status: cond.status, reason: cond.reason, message: cond.message }).toEqual({ ...timeout, message: timeout.message.replace("<rs>", rsName("ghcr.io/reconcile/does-not-exist:v1", "broken")) });
  });

  it("DP-EVT-01 ScalingReplicaSet event from deployment-controller", () => {
    const c = byId("DP-EVT-01");
    const cluster = createCluster();
    apply(cluster, deploymentYaml("nginx", "nginx:1.25", c.input.from));
    cluster.settle();
    cluster.kubectl(`scale deployment nginx --replicas=${c.input.to}`);
    cluster.settle();
    const rs = cluster.internals.lister.list("replicasets", "default")[0]!.metadata.name;
    const events = cluster.internals.lister.list("events", "default").filter((e: any) => e.reason === "ScalingReplicaSet") as any[];
    const want = c.expected.event;
    const ev = events.find((e) => e.message === want.message.replace(c.input.rs, rs));
    expect(ev).toBeDefined();
    expect({ type: ev.type, reason: ev.reason, source: ev.source.component }).toEqual({ type: want.type, reason: want.reason, source: want.source });
    expect(ev.involvedObject).toMatchObject({ kind: "Deployment", name: "nginx" });
  });

  it("DP-GET-01 READY/UP-TO-DATE/AVAILABLE come from status and spec.replicas", () => {
    const c = byId("DP-GET-01");
    const cluster = createCluster();
    // Hold the controller so the status stays as the case gives it.
    vi.spyOn(deploymentController, "reconcile").mockImplementation(() => {});
    apply(cluster, deploymentYaml(c.input.deployment.name, "nginx:1.25", c.input.deployment["spec.replicas"]));
    cluster.advance(1);
    expect(cluster.kubectl("get deployments").stdout).toBe(c.expected.stdout);
  });
});
