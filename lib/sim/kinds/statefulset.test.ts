import { describe, expect, it } from "vitest";
import { statefulSetKind } from "./statefulset";
import { createCluster } from "../cluster";
import type { KubeObject } from "../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

const webSts = (extra: any = {}): any => ({
  apiVersion: "apps/v1",
  kind: "StatefulSet",
  metadata: { name: "web", namespace: "default" },
  spec: {
    serviceName: "nginx",
    replicas: 3,
    selector: { matchLabels: { app: "nginx" } },
    template: { metadata: { labels: { app: "nginx" } }, spec: { containers: [{ name: "nginx", image: "nginx:1.27" }] } },
    ...extra,
  },
});

const defaulted = (obj: any) => {
  const o = structuredClone(obj) as KubeObject;
  statefulSetKind.defaults!(o);
  return o;
};
const headers = (wide: boolean) => statefulSetKind.columns.filter((c) => wide || c.priority === 0).map((c) => c.name.toUpperCase());

describe("StatefulSet kind", () => {
  it("defaults like SetDefaults_StatefulSet", () => {
    const o = defaulted({ ...webSts(), spec: { ...webSts().spec, replicas: undefined, volumeClaimTemplates: [{ metadata: { name: "www" }, spec: {} }] } });
    expect(o.spec).toMatchObject({
      replicas: 1,
      podManagementPolicy: "OrderedReady",
      updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 0 } },
      revisionHistoryLimit: 10,
      persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
      minReadySeconds: 0,
    });
    expect(o.spec.volumeClaimTemplates[0]).toMatchObject({ apiVersion: "v1", kind: "PersistentVolumeClaim", spec: { volumeMode: "Filesystem" } });
    expect(o.spec.template.spec).toMatchObject({ restartPolicy: "Always", dnsPolicy: "ClusterFirst", terminationGracePeriodSeconds: 30, schedulerName: "default-scheduler" });
    // Template defaulting is not pod admission: no tolerations, no service account.
    expect(o.spec.template.spec.tolerations).toBeUndefined();
    expect(o.spec.template.spec.containers[0]).toMatchObject({ imagePullPolicy: "IfNotPresent", terminationMessagePolicy: "File" });
  });

  it("an explicit RollingUpdate type gets no rollingUpdate block (SS-RS-08 premise)", () => {
    expect(defaulted(webSts({ updateStrategy: { type: "RollingUpdate" } })).spec.updateStrategy).toEqual({ type: "RollingUpdate" });
    expect(defaulted(webSts({ updateStrategy: { type: "OnDelete" } })).spec.updateStrategy).toEqual({ type: "OnDelete" });
  });

  it("prints NAME READY AGE, wide adds CONTAINERS IMAGES", () => {
    expect(headers(false)).toEqual(["NAME", "READY", "AGE"]);
    expect(headers(true)).toEqual(["NAME", "READY", "AGE", "CONTAINERS", "IMAGES"]);
    const o = { ...defaulted(webSts()), status: { readyReplicas: 2 } } as KubeObject;
    expect(statefulSetKind.columns[1]!.cell(o, 0)).toBe("2/3");
    expect(statefulSetKind.columns[3]!.cell(o, 0)).toBe("nginx");
    expect(statefulSetKind.columns[4]!.cell(o, 0)).toBe("nginx:1.27");
  });

  it("rejects a selector that does not match the template labels", () => {
    const api = createCluster().internals.client("test");
    const bad = webSts({ selector: { matchLabels: { app: "other" } } });
    expect(() => api.create(bad)).toThrow('StatefulSet.apps "web" is invalid: spec.template.metadata.labels: Invalid value: {"app":"nginx"}: `selector` does not match template `labels`');
  });

  it("forbids updates to fields other than the mutable ones, with kube-apiserver's text", () => {
    const api = createCluster().internals.client("test");
    const created = api.create(webSts({ volumeClaimTemplates: [{ metadata: { name: "www" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } }] }));
    const changed = structuredClone(created);
    changed.spec.volumeClaimTemplates[0].spec.resources.requests.storage = "2Gi";
    expect(() => api.update(changed)).toThrow(
      "StatefulSet.apps \"web\" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    );
    const ok = structuredClone(created);
    ok.spec.replicas = 5;
    ok.spec.template.spec.containers[0].image = "nginx:1.28";
    ok.spec.revisionHistoryLimit = 3;
    ok.spec.updateStrategy = { type: "OnDelete" };
    const updated = api.update(ok);
    expect(updated.metadata.generation).toBe(2);
  });

  it("validates policy values, partition and restartPolicy", () => {
    const api = createCluster().internals.client("test");
    const bad = webSts({ podManagementPolicy: "Random", updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: -1 } } });
    bad.spec.template.spec.restartPolicy = "Never";
    let msg = "";
    try {
      api.create(bad);
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toContain(`spec.podManagementPolicy: Invalid value: "Random": must be 'OrderedReady' or 'Parallel'`);
    expect(msg).toContain("spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0");
    expect(msg).toContain(`spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"`);
  });

  it("is reachable as sts", () => {
    const c = createCluster();
    c.kubectl("apply -f -", JSON.stringify(webSts()));
    expect(c.kubectl("get sts").stdout).toMatch(/^NAME\s+READY\s+AGE\nweb\s+/);
  });
});
