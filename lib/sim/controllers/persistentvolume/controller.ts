// persistentvolume-binder-controller with the local-path provisioner folded in: binds claims to
// matching Available volumes, otherwise provisions pvc-<uid> from the claim's StorageClass —
// at once (Immediate) or once a pod using the claim is scheduled (WaitForFirstConsumer, kind's
// default). Deleting a claim releases its volume; reclaim policy Delete removes it.
import type { Controller, ControllerContext, KubeObject, WatchEvent } from "../../types";
import { DEFAULT_CLASS_ANNOTATION } from "../../kinds/storageclass";
import { bytes } from "../../scheduler/resources";

/* eslint-disable @typescript-eslint/no-explicit-any */

const claimKeysOfPod = (pod: KubeObject) =>
  (pod.spec?.volumes ?? []).filter((v: any) => v.persistentVolumeClaim).map((v: any) => `${pod.metadata.namespace}/${v.persistentVolumeClaim.claimName}`);

export const persistentVolumeBinder: Controller = {
  // Named after its event source (the controller-manager lists it as persistentvolume-binder-controller).
  name: "persistentvolume-controller",
  watches: ["persistentvolumeclaims", "pods", "persistentvolumes"],
  keysFor(e: WatchEvent): string[] {
    const o = e.object;
    if (e.resource === "persistentvolumeclaims") return [`${o.metadata.namespace}/${o.metadata.name}`];
    if (e.resource === "pods") return o.spec?.nodeName && e.type !== "DELETED" ? claimKeysOfPod(o) : [];
    const ref = o.spec?.claimRef;
    return ref ? [`${ref.namespace}/${ref.name}`] : [];
  },
  reconcile(key: string, ctx: ControllerContext): void {
    const [ns, name] = key.split("/") as [string, string];
    const pvc = ctx.lister.get("persistentvolumeclaims", ns, name);
    // A claim deleted and re-created between two syncs: the old claim's volumes are released (uid differs).
    releaseVolumes(ns, name, ctx, pvc?.metadata.uid);
    if (!pvc) return;
    if (pvc.status?.phase === "Bound" || pvc.metadata.deletionTimestamp) return;
    syncClaim(pvc, ctx);
  },
};

function defaultClass(ctx: ControllerContext): KubeObject | undefined {
  return ctx.lister.list("storageclasses").find((c) => c.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === "true");
}

function syncClaim(pvc: KubeObject, ctx: ControllerContext): void {
  const { namespace: ns, name } = pvc.metadata;
  let className: string | undefined = pvc.spec?.storageClassName;
  if (className === undefined || className === null) {
    // Retroactive default StorageClass assignment.
    const def = defaultClass(ctx);
    if (!def) return;
    className = def.metadata.name;
    pvc = ctx.api.patch("persistentvolumeclaims", ns, name, { spec: { storageClassName: className } });
  }
  const request = bytes(pvc.spec?.resources?.requests?.storage ?? 0);
  const modes: string[] = pvc.spec?.accessModes ?? [];
  const candidates = ctx.lister.list("persistentvolumes").filter((pv) =>
    pv.status?.phase === "Available" && !pv.spec?.claimRef && (pv.spec?.storageClassName ?? "") === className &&
    bytes(pv.spec?.capacity?.storage ?? 0) >= request && modes.every((m) => (pv.spec?.accessModes ?? []).includes(m)));
  candidates.sort((a, b) => bytes(a.spec.capacity.storage) - bytes(b.spec.capacity.storage));
  if (pvc.spec?.volumeName || candidates[0]) {
    const pv = pvc.spec?.volumeName ? ctx.lister.get("persistentvolumes", undefined, pvc.spec.volumeName) : candidates[0];
    if (pv) bind(pvc, pv, ctx);
    return;
  }
  const sc = className ? ctx.lister.get("storageclasses", undefined, className) : undefined;
  if (!sc) {
    if (className) ctx.event(pvc, "Warning", "ProvisioningFailed", `storageclass.storage.k8s.io "${className}" not found`);
    return;
  }
  let node: string | undefined;
  if (sc.volumeBindingMode === "WaitForFirstConsumer") {
    const consumer = ctx.lister.list("pods", ns).find((p) => p.spec?.nodeName && claimKeysOfPod(p).includes(`${ns}/${name}`));
    if (!consumer) {
      ctx.event(pvc, "Normal", "WaitForFirstConsumer", "waiting for first consumer to be created before binding");
      return;
    }
    node = consumer.spec.nodeName;
  }
  const provisioner = String(sc.provisioner);
  ctx.event(pvc, "Normal", "ExternalProvisioning", `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`);
  ctx.event(pvc, "Normal", "Provisioning", `External provisioner is provisioning volume for claim "${ns}/${name}"`);
  const pvName = `pvc-${pvc.metadata.uid}`;
  const pv = ctx.api.create({
    apiVersion: "v1", kind: "PersistentVolume",
    metadata: { name: pvName, annotations: { "pv.kubernetes.io/provisioned-by": provisioner, ...(node ? { "local.path.provisioner/selected-node": node } : {}) }, finalizers: ["kubernetes.io/pv-protection"] },
    spec: {
      capacity: { storage: pvc.spec.resources.requests.storage }, accessModes: modes, persistentVolumeReclaimPolicy: String(sc.reclaimPolicy ?? "Delete"),
      storageClassName: className, volumeMode: pvc.spec.volumeMode ?? "Filesystem",
      hostPath: { path: `/var/local-path-provisioner/${pvName}_${ns}_${name}`, type: "DirectoryOrCreate" },
      ...(node ? { nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values: [node] }] }] } } } : {}),
    },
  });
  ctx.api.patch("persistentvolumes", undefined, pvName, { status: { phase: "Available" } }, { status: true });
  ctx.event(pvc, "Normal", "ProvisioningSucceeded", `Successfully provisioned volume ${pvName}`);
  bind(pvc, pv, ctx);
}

function bind(pvc: KubeObject, pv: KubeObject, ctx: ControllerContext): void {
  const { namespace: ns, name, uid } = pvc.metadata;
  ctx.api.patch("persistentvolumes", undefined, pv.metadata.name, {
    metadata: { annotations: { ...pv.metadata.annotations, "pv.kubernetes.io/bound-by-controller": "yes" } },
    spec: { claimRef: { kind: "PersistentVolumeClaim", namespace: ns, name, uid, apiVersion: "v1", resourceVersion: pvc.metadata.resourceVersion } },
  });
  ctx.api.patch("persistentvolumes", undefined, pv.metadata.name, { status: { phase: "Bound" } }, { status: true });
  ctx.api.patch("persistentvolumeclaims", ns, name, {
    metadata: { annotations: { ...pvc.metadata.annotations, "pv.kubernetes.io/bind-completed": "yes", "pv.kubernetes.io/bound-by-controller": "yes" } },
    spec: { volumeName: pv.metadata.name },
  });
  ctx.api.patch("persistentvolumeclaims", ns, name, {
    status: { phase: "Bound", accessModes: pv.spec.accessModes, capacity: { storage: pv.spec.capacity.storage } },
  }, { status: true });
}

function releaseVolumes(ns: string, name: string, ctx: ControllerContext, liveUid?: string): void {
  for (const pv of ctx.lister.list("persistentvolumes")) {
    const ref = pv.spec?.claimRef;
    if (!ref || ref.namespace !== ns || ref.name !== name || pv.status?.phase === "Released") continue;
    if (liveUid !== undefined && (ref.uid === undefined || ref.uid === liveUid)) continue;
    if (pv.spec.persistentVolumeReclaimPolicy === "Delete") {
      // Released, deleted by the provisioner, and the pv-protection finalizer dropped (no claim uses it).
      ctx.api.patch("persistentvolumes", undefined, pv.metadata.name, { status: { phase: "Released" } }, { status: true });
      ctx.api.patch("persistentvolumes", undefined, pv.metadata.name, { metadata: { finalizers: null } });
      ctx.api.delete("persistentvolumes", undefined, pv.metadata.name);
    } else {
      ctx.api.patch("persistentvolumes", undefined, pv.metadata.name, { status: { phase: "Released" } }, { status: true });
    }
  }
}
