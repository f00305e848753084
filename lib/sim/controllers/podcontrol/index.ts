// Shared by the workload controllers (ReplicaSet, StatefulSet, DaemonSet, Job), as
// kube-controller-manager shares pkg/controller/controller_utils.go and controller_ref_manager.go:
// - podFromTemplate(template, owner): the pod to create (generateName "<owner>-", labels and
//   annotations from the template, controller ownerReference with blockOwnerDeletion);
// - controllerRef(owner) / controllerOf(obj): the controller ownerReference;
// - claimPods / claimObjects: adopt matching orphans, release owned non-matching ones;
// - isPodActive / isPodReady / isPodAvailable(pod, minReadySeconds, nowMs) / podAvailableAt;
//   times are Unix ms like the timestamps in pod status: wallClockNow(ctx) is "now";
// - podsToDelete(pods, related, n, now) / compareForDeletion: scale-down order.
export { controllerRef, controllerOf, podFromTemplate, podNamePrefix, type PodTemplate } from "./template";
export { claimObjects, claimPods, type ClaimOptions } from "./claim";
export { filterActivePods, isPodActive, isPodAvailable, isPodReady, isPodTerminating, podAvailableAt, podReadySince, timeOf, wallClockNow } from "./predicates";
export { availabilityTimerFired, requeueForAvailability } from "./availability";
export { compareForDeletion, podsToDelete, POD_DELETION_COST } from "./ranking";
