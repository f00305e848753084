// The control loops the cluster runs, in the fixed order the cluster loop visits their work
// queues. Adding one is one import and one entry.
import type { Controller } from "../types";
import { namespaceController } from "./namespace";
import { garbageCollector } from "./garbagecollector";
import { replicaSetController } from "./replicaset";
import { deploymentController } from "./deployment";
import { scheduler, kubelet, nodeLifecycle, persistentVolumeBinder } from "../node";
import { statefulSetController } from "./statefulset";
import { daemonSetController } from "./daemonset";
import { jobController, ttlAfterFinishedController } from "./job";
import { cronJobController } from "./cronjob";
import { endpointsController } from "./endpoints";
import { endpointSliceController } from "./endpointslice";
import { serviceLBController } from "./servicelb";
import { ingressStatusController } from "./ingressstatus";
import { horizontalPodAutoscalerController } from "./horizontalpodautoscaler";

export const CONTROLLERS: readonly Controller[] = [
  namespaceController,
  garbageCollector,
  deploymentController,
  replicaSetController,
  statefulSetController,
  daemonSetController,
  jobController,
  ttlAfterFinishedController,
  cronJobController,
  horizontalPodAutoscalerController,
  endpointsController,
  endpointSliceController,
  serviceLBController,
  ingressStatusController,
  persistentVolumeBinder,
  scheduler,
  kubelet,
  nodeLifecycle,
];
