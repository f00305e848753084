import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import { createCluster } from "../cluster";
import { ApiError } from "../api/errors";

const dep = (spec: Record<string, unknown> = {}, name = "web"): KubeObject =>
  ({
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name, namespace: "default" },
    spec: { selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "c", image: "nginx:1.25" }] } }, ...spec },
  }) as unknown as KubeObject;

function createError(obj: KubeObject): string {
  const api = createCluster({ nodes: 1 }).internals.client("test");
  try {
    api.create(obj);
  } catch (e) {
    return (e as ApiError).message;
  }
  return "";
}

describe("Deployment kind", () => {
  it("defaults strategy, history, deadline and the template's pod spec (no admission fields)", () => {
    const d = createCluster({ nodes: 1 }).internals.client("test").create(dep());
    expect(d.spec.replicas).toBe(1);
    expect(d.spec.strategy).toEqual({ type: "RollingUpdate", rollingUpdate: { maxUnavailable: "25%", maxSurge: "25%" } });
    expect(d.spec.revisionHistoryLimit).toBe(10);
    expect(d.spec.progressDeadlineSeconds).toBe(600);
    const ps = d.spec.template.spec;
    expect(ps).toMatchObject({ restartPolicy: "Always", dnsPolicy: "ClusterFirst", terminationGracePeriodSeconds: 30, schedulerName: "default-scheduler", securityContext: {} });
    expect(ps.tolerations).toBeUndefined();
    expect(ps.serviceAccountName).toBeUndefined();
    expect(d.metadata.generation).toBe(1);
  });

  it("rejects a template whose labels the selector does not match", () => {
    const bad = dep({ template: { metadata: { labels: { app: "other" } }, spec: { containers: [{ name: "c", image: "nginx" }] } } });
    expect(createError(bad)).toBe('Deployment.apps "web" is invalid: spec.template.metadata.labels: Invalid value: {"app":"other"}: `selector` does not match template `labels`');
  });

  it("rejects maxSurge and maxUnavailable both 0, rollingUpdate with Recreate, bad percents", () => {
    expect(createError(dep({ strategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } } }))).toBe(
      'Deployment.apps "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
    );
    expect(createError(dep({ strategy: { type: "Recreate", rollingUpdate: { maxSurge: 1 } } }))).toBe(
      "Deployment.apps \"web\" is invalid: spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
    );
    expect(createError(dep({ strategy: { rollingUpdate: { maxUnavailable: "150%" } } }))).toBe(
      'Deployment.apps "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "150%": must not be greater than 100%',
    );
    expect(createError(dep({ strategy: { rollingUpdate: { maxSurge: "x" } } }))).toContain("a valid percent string must be a numeric string followed by an ending '%'");
    expect(createError(dep({ replicas: -1 }))).toBe('Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0');
    expect(createError(dep({ selector: undefined }))).toContain("spec.selector: Required value");
    expect(createError(dep({ progressDeadlineSeconds: 5, minReadySeconds: 10 }))).toContain("spec.progressDeadlineSeconds: Invalid value: 5: must be greater than minReadySeconds");
  });

  it("keeps the selector immutable and bumps generation on spec changes only", () => {
    const c = createCluster({ nodes: 1 });
    const api = c.internals.client("test");
    const d = api.create(dep());
    expect(() => api.patch("deployments", "default", "web", { spec: { selector: { matchLabels: { app: "web", x: "y" } }, template: { metadata: { labels: { app: "web", x: "y" } } } } })).toThrow(
      'Deployment.apps "web" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"web","x":"y"}}: field is immutable',
    );
    const labelled = api.patch("deployments", "default", "web", { metadata: { labels: { a: "b" } } });
    expect(labelled.metadata.generation).toBe(d.metadata.generation);
    const scaled = api.patch("deployments", "default", "web", { spec: { replicas: 3 } });
    expect(scaled.metadata.generation).toBe(2);
  });

  it("prints READY UP-TO-DATE AVAILABLE AGE, and CONTAINERS IMAGES SELECTOR with -o wide", () => {
    const c = createCluster({ nodes: 1 });
    c.internals.client("test").create(dep({ replicas: 0 }));
    expect(c.kubectl("get deploy").stdout).toBe("NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    0/0     0            0           0s\n");
    expect(c.kubectl("get deployments.apps -o wide").stdout).toBe(
      "NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES       SELECTOR\nweb    0/0     0            0           0s    c            nginx:1.25   app=web\n",
    );
  });
});

describe("ReplicaSet kind", () => {
  const rs = (spec: Record<string, unknown> = {}): KubeObject =>
    ({ ...dep(spec, "web-1"), kind: "ReplicaSet", spec: { ...dep(spec).spec, strategy: undefined } }) as unknown as KubeObject;
  it("defaults replicas to 1 and validates like upstream", () => {
    const api = createCluster({ nodes: 1 }).internals.client("test");
    const r = api.create(rs({ replicas: undefined }));
    expect(r.spec.replicas).toBe(1);
    const bad = rs({ template: { metadata: { labels: { app: "web" } }, spec: { restartPolicy: "Never", containers: [{ name: "c", image: "nginx" }] } } });
    expect(createError(bad)).toBe('ReplicaSet.apps "web-1" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"');
  });
  it("prints DESIRED CURRENT READY AGE", () => {
    const c = createCluster({ nodes: 1 });
    c.internals.client("test").create(rs({ replicas: 0 }));
    expect(c.kubectl("get rs").stdout).toBe("NAME    DESIRED   CURRENT   READY   AGE\nweb-1   0         0         0       0s\n");
  });
});
