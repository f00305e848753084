import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../types";
import { fakeWorld } from "../../scheduler/fakecontext";
import { kindDefaultStorageClass, storageClassKind } from "../../kinds/storageclass";
import { pvcKind } from "../../kinds/persistentvolumeclaim";
import { persistentVolumeBinder } from "./controller";

const meta = (name: string, ns?: string) => ({ name, namespace: ns, uid: `uid-${name}`, resourceVersion: "1", creationTimestamp: "" });

function setup() {
  const w = fakeWorld(1);
  w.put("storageclasses", { ...kindDefaultStorageClass, metadata: { ...meta("standard"), annotations: kindDefaultStorageClass.metadata!.annotations } } as KubeObject);
  const pvc: KubeObject = { apiVersion: "v1", kind: "PersistentVolumeClaim", metadata: meta("data", "default"),
    spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } };
  pvcKind.defaults!(pvc);
  w.put("persistentvolumeclaims", pvc);
  return w;
}

describe("persistentvolume binder", () => {
  it("WaitForFirstConsumer: waits, then provisions pvc-<uid> on the consumer's node and binds", () => {
    const w = setup();
    persistentVolumeBinder.reconcile("default/data", w.ctx);
    expect(w.events.at(-1)).toMatchObject({ reason: "WaitForFirstConsumer", message: "waiting for first consumer to be created before binding" });
    expect(w.objects.get("persistentvolumeclaims/default/data")!.spec.storageClassName).toBe("standard");
    w.put("pods", { apiVersion: "v1", kind: "Pod", metadata: meta("db", "default"),
      spec: { nodeName: "kind-worker", containers: [], volumes: [{ name: "d", persistentVolumeClaim: { claimName: "data" } }] } });
    persistentVolumeBinder.reconcile("default/data", w.ctx);
    const pvc = w.objects.get("persistentvolumeclaims/default/data")!;
    expect(pvc.status).toEqual({ phase: "Bound", accessModes: ["ReadWriteOnce"], capacity: { storage: "1Gi" } });
    expect(pvc.spec.volumeName).toBe("pvc-uid-data");
    const pv = w.objects.get("persistentvolumes//pvc-uid-data")!;
    expect(pv.status.phase).toBe("Bound");
    expect(pv.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values).toEqual(["kind-worker"]);
    expect(pvcKind.columns.filter((c) => c.priority === 0 && c.name !== "Age").map((c) => c.cell(pvc, 0)))
      .toEqual(["data", "Bound", "pvc-uid-data", "1Gi", "RWO", "standard", "<unset>"]);
    // Deleting the claim deletes the volume (reclaim policy Delete).
    w.objects.delete("persistentvolumeclaims/default/data");
    persistentVolumeBinder.reconcile("default/data", w.ctx);
    expect(w.objects.has("persistentvolumes//pvc-uid-data")).toBe(false);
  });

  it("binds to a matching pre-created volume and prints the default class", () => {
    const w = setup();
    w.put("persistentvolumes", { apiVersion: "v1", kind: "PersistentVolume", metadata: meta("pv1"),
      spec: { capacity: { storage: "5Gi" }, accessModes: ["ReadWriteOnce"], storageClassName: "standard", persistentVolumeReclaimPolicy: "Retain" }, status: { phase: "Available" } });
    persistentVolumeBinder.reconcile("default/data", w.ctx);
    expect(w.objects.get("persistentvolumeclaims/default/data")!.spec.volumeName).toBe("pv1");
    const sc = w.objects.get("storageclasses//standard")!;
    expect(storageClassKind.columns.slice(0, 5).map((c) => c.cell(sc, 0))).toEqual(["standard (default)", "rancher.io/local-path", "Delete", "WaitForFirstConsumer", "false"]);
  });
});
