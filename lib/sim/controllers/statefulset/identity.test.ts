import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../types";
import { claimsFor, identityMatches, newStatefulSetPod, parentAndOrdinal, revisionData, storageMatches, templateOfRevision } from "./identity";
import { statefulSetManifest } from "./testing";

const set = (): KubeObject => ({ ...statefulSetManifest({ claims: ["www"] }), metadata: { name: "web", namespace: "default", uid: "u1", resourceVersion: "1", creationTimestamp: "" } });

describe("statefulset identity", () => {
  it("parses ordinals like getParentNameAndOrdinal", () => {
    expect(parentAndOrdinal("web-12")).toEqual({ parent: "web", ordinal: 12 });
    expect(parentAndOrdinal("my-app-0")).toEqual({ parent: "my-app", ordinal: 0 });
    expect(parentAndOrdinal("web")).toEqual({ parent: "", ordinal: -1 });
    expect(parentAndOrdinal("web-x")).toEqual({ parent: "", ordinal: -1 });
  });

  it("builds the pod of an ordinal: name, generateName, hostname, subdomain, labels, claim volume, owner", () => {
    const s = set();
    s.spec.template.spec.volumes = [{ name: "www", emptyDir: {} }, { name: "cfg", configMap: { name: "c" } }];
    const pod = newStatefulSetPod(s, s.spec.template, 2, "web-abc") as KubeObject;
    expect(pod.metadata).toMatchObject({
      name: "web-2", generateName: "web-", namespace: "default",
      labels: { app: "web", "statefulset.kubernetes.io/pod-name": "web-2", "apps.kubernetes.io/pod-index": "2", "controller-revision-hash": "web-abc" },
      ownerReferences: [{ apiVersion: "apps/v1", kind: "StatefulSet", name: "web", uid: "u1", controller: true, blockOwnerDeletion: true }],
    });
    expect(pod.metadata.annotations).toBeUndefined();
    expect(pod.spec).toMatchObject({ hostname: "web-2", subdomain: "nginx" });
    // The claim template replaces the pod volume of the same name.
    expect(pod.spec.volumes).toEqual([{ name: "www", persistentVolumeClaim: { claimName: "www-web-2" } }, { name: "cfg", configMap: { name: "c" } }]);
    expect(identityMatches(s, pod)).toBe(true);
    expect(storageMatches(s, pod)).toBe(true);
    expect(identityMatches(s, { ...pod, spec: { ...pod.spec, hostname: "x" } })).toBe(false);
  });

  it("labels claims with the selector's matchLabels on top of the template's", () => {
    const s = set();
    s.spec.volumeClaimTemplates[0].metadata.labels = { tier: "db", app: "other" };
    expect(claimsFor(s, 1)[0]!.metadata).toEqual({ name: "www-web-1", namespace: "default", labels: { tier: "db", app: "web" } });
  });

  it("stores the template as a replace patch and reads it back", () => {
    const s = set();
    const data = revisionData(s) as { spec: { template: Record<string, unknown> } };
    expect(data.spec.template.$patch).toBe("replace");
    expect(templateOfRevision({ data } as unknown as KubeObject)).toEqual(s.spec.template);
  });
});
