// Everything the cluster assembly needs from the node owner, in one place:
//   kinds/index.ts        → podKind, nodeKind, pvKind, pvcKind, storageClassKind
//   controllers/index.ts  → scheduler, kubelet, nodeLifecycle, persistentVolumeBinder
//   createCluster         → createNodeObjects(options.nodes, ctx.timestamp()) and kindDefaultStorageClass
//   faults (public API)   → faults.ts, given the fault/kubelet/lifecycle contexts
// Timer kinds used: kubelet.* (kubelet), nodelifecycle.* (nodeLifecycle). Printers get the
// cluster epoch as the optional third argument of PrinterColumn.cell (node/time.ts sinceText).
export { podKind } from "../kinds/pod";
export { nodeKind } from "../kinds/node";
export { pvKind } from "../kinds/persistentvolume";
export { pvcKind } from "../kinds/persistentvolumeclaim";
export { storageClassKind, kindDefaultStorageClass } from "../kinds/storageclass";
export { scheduler } from "../scheduler/scheduler";
export { kubelet, KUBELET } from "./kubelet";
export { nodeLifecycle } from "../controllers/nodelifecycle/controller";
export { persistentVolumeBinder } from "../controllers/persistentvolume/controller";
export { createNodeObjects, expandNodeSpecs, type NodeSpec } from "./nodes";
