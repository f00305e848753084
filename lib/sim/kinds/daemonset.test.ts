import { describe, expect, it } from "vitest";
import { daemonSetKind } from "./daemonset";
import { controllerRevisionKind, controllerCell } from "./controllerrevision";
import { createCluster } from "../cluster";
import type { KubeObject } from "../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

const ds = (extra: any = {}): any => ({
  apiVersion: "apps/v1",
  kind: "DaemonSet",
  metadata: { name: "agent", namespace: "default" },
  spec: {
    selector: { matchLabels: { app: "agent" } },
    template: { metadata: { labels: { app: "agent" } }, spec: { containers: [{ name: "agent", image: "busybox:1.36" }] } },
    ...extra,
  },
});
const headers = (cols: readonly { name: string; priority: number }[], wide: boolean) => cols.filter((c) => wide || c.priority === 0).map((c) => c.name.toUpperCase());
const createError = (obj: any) => {
  try {
    createCluster().internals.client("test").create(obj);
  } catch (e) {
    return (e as Error).message;
  }
  return "";
};

describe("DaemonSet kind", () => {
  it("defaults like SetDefaults_DaemonSet", () => {
    const o = structuredClone(ds()) as KubeObject;
    daemonSetKind.defaults!(o);
    expect(o.spec.updateStrategy).toEqual({ type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
    expect(o.spec.revisionHistoryLimit).toBe(10);
    const onDelete = structuredClone(ds({ updateStrategy: { type: "OnDelete" } })) as KubeObject;
    daemonSetKind.defaults!(onDelete);
    expect(onDelete.spec.updateStrategy).toEqual({ type: "OnDelete" });
  });

  it("prints DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR", () => {
    expect(headers(daemonSetKind.columns, false)).toEqual(["NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR", "AGE"]);
    expect(headers(daemonSetKind.columns, true)).toEqual(["NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR", "AGE", "CONTAINERS", "IMAGES", "SELECTOR"]);
    const o = ds() as KubeObject;
    o.spec.template.spec.nodeSelector = { "kubernetes.io/os": "linux", disk: "ssd" };
    const cells = daemonSetKind.columns.filter((c) => c.name !== "Age").map((c) => c.cell(o, 0));
    expect(cells).toEqual(["agent", "0", "0", "0", "0", "0", "disk=ssd,kubernetes.io/os=linux", "agent", "busybox:1.36", "app=agent"]);
  });

  it("validates selector, strategy and restartPolicy with upstream texts", () => {
    expect(createError(ds({ selector: { matchLabels: { app: "x" } } }))).toContain("spec.template.metadata.labels: Invalid value: {\"app\":\"agent\"}: `selector` does not match template `labels`");
    expect(createError(ds({ updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 0 } } })))
      .toContain("spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0");
    expect(createError(ds({ updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: 1 } } })))
      .toContain("spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero");
    expect(createError(ds({ selector: {} }))).toContain("spec.selector: Invalid value: {}: empty selector is invalid for daemonset");
  });

  it("keeps the selector immutable", () => {
    const api = createCluster().internals.client("test");
    const created = api.create(ds());
    const changed = structuredClone(created);
    changed.spec.selector = { matchLabels: { app: "agent", tier: "x" } };
    changed.spec.template.metadata.labels.tier = "x";
    expect(() => api.update(changed)).toThrow('DaemonSet.apps "agent" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"agent","tier":"x"}}: field is immutable');
  });
});

describe("ControllerRevision kind", () => {
  it("prints NAME CONTROLLER REVISION AGE with the controller as kind.group/name", () => {
    expect(headers(controllerRevisionKind.columns, false)).toEqual(["NAME", "CONTROLLER", "REVISION", "AGE"]);
    const cr = { apiVersion: "apps/v1", kind: "ControllerRevision", metadata: { name: "web-abc", ownerReferences: [{ apiVersion: "apps/v1", kind: "StatefulSet", name: "web", uid: "u", controller: true }] }, revision: 2 } as unknown as KubeObject;
    expect(controllerCell(cr)).toBe("statefulset.apps/web");
    expect(controllerRevisionKind.columns[2]!.cell(cr, 0)).toBe("2");
    expect(controllerCell({ ...cr, metadata: { ...cr.metadata, ownerReferences: [] } })).toBe("<none>");
  });

  it("requires data and keeps it immutable", () => {
    const api = createCluster().internals.client("test");
    expect(() => api.create({ apiVersion: "apps/v1", kind: "ControllerRevision", metadata: { name: "r" }, revision: 1 })).toThrow("data: Required value: data is mandatory");
    const r = api.create({ apiVersion: "apps/v1", kind: "ControllerRevision", metadata: { name: "r" }, data: { a: 1 }, revision: 1 });
    expect(() => api.update({ ...r, data: { a: 2 } })).toThrow("data: Invalid value");
    expect(api.update({ ...r, revision: 3 }).revision).toBe(3);
  });
});
