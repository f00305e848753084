// Fixtures for StatefulSet scenario tests (controller tests and fidelity cases).
import type { KubeObject } from "../../types";
import { TestCluster } from "../../testing";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface StsOptions {
  name?: string;
  replicas?: number;
  image?: string;
  claims?: string[];
  spec?: Record<string, unknown>;
}

/** The website's "web" example: nginx behind headless service "nginx", one claim "www". */
export function statefulSetManifest(o: StsOptions = {}): any {
  const name = o.name ?? "web";
  return {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name, namespace: "default" },
    spec: {
      serviceName: "nginx",
      replicas: o.replicas ?? 3,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { terminationGracePeriodSeconds: 10, containers: [{ name: "nginx", image: o.image ?? "nginx:1.27" }] },
      },
      volumeClaimTemplates: (o.claims ?? ["www"]).map((c) => ({ metadata: { name: c }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } })),
      ...(o.spec ?? {}),
    },
  };
}

export const applySts = (t: TestCluster, o: StsOptions = {}) => t.kubectl("apply -f -", JSON.stringify(statefulSetManifest(o)));

/** A merge patch as kubectl would send it, followed by the work due at this instant. */
export const patchSts = (t: TestCluster, patch: object, name = "web") =>
  t.do((c) => {
    c.internals.client("kubectl").patch("statefulsets", "default", name, patch);
    c.internals.run();
  });

export const podNames = (t: TestCluster, prefix = "web-") => t.pods().filter((p) => p.metadata.name.startsWith(prefix) && !p.metadata.deletionTimestamp).map((p) => p.metadata.name);
export const claimNames = (t: TestCluster) => t.cluster.internals.lister.list("persistentvolumeclaims", "default").map((p) => p.metadata.name);
export const pod = (t: TestCluster, name: string): KubeObject | undefined => t.cluster.internals.lister.get("pods", "default", name);
export const sts = (t: TestCluster, name = "web"): KubeObject | undefined => t.cluster.internals.lister.get("statefulsets", "default", name);
export const imageOf = (p: KubeObject | undefined) => p?.spec?.containers?.[0]?.image;

/** Pod API calls the controller made, in order: "create web-0", "delete web-2"… */
export function controllerPodCalls(t: TestCluster): string[] {
  return t.cluster.trace().filter((e) => e.type === "api" && e.user === "statefulset-controller" && e.resource === "pods" && (e.verb === "create" || e.verb === "delete") && e.code < 300)
    .map((e) => `${(e as { verb: string }).verb} ${(e as { name?: string }).name}`);
}

/** Virtual ms at which a pod was removed from the store (its DELETED watch event). */
export function removedAt(t: TestCluster, name: string): number[] {
  return t.cluster.trace().filter((e) => e.type === "store" && e.eventType === "DELETED" && e.key === `/registry/pods/default/${name}`).map((e) => e.at);
}
export function requestedAt(t: TestCluster, verb: string, name: string): number[] {
  return t.cluster.trace().filter((e) => e.type === "api" && e.user === "statefulset-controller" && e.verb === verb && e.resource === "pods" && e.name === name).map((e) => e.at);
}
