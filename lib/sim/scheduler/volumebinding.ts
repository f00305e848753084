// VolumeBinding's PreFilter (pkg/scheduler/framework/plugins/volumebinding): a pod whose claims
// are missing, being deleted, or unbound with an immediate binding mode is not scheduled at all;
// every node gets the same UnschedulableAndUnresolvable status. Claims of a WaitForFirstConsumer
// class are left for the PV binder to provision once the pod has a node. The Filter half (a bound
// claim's PV node affinity, the node already chosen for a shared unbound claim) is volumeBinding()
// in plugins.ts; matching static volumes per node is not modelled.
import type { KubeObject, Lister } from "../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** storagehelpers.IsDelayBindingMode: only an existing class with WaitForFirstConsumer delays. */
function delaysBinding(pvc: KubeObject, lister: Lister): boolean {
  const className: string = pvc.spec?.storageClassName ?? "";
  if (!className) return false;
  return lister.get("storageclasses", undefined, className)?.volumeBindingMode === "WaitForFirstConsumer";
}

/** The PreFilter rejection for this pod, or undefined when its claims let it be scheduled. */
export function volumeBindingPreFilter(pod: KubeObject, lister: Lister): string | undefined {
  const ns = pod.metadata.namespace;
  let unboundImmediate = false;
  for (const v of (pod.spec?.volumes ?? []) as any[]) {
    const name: string | undefined = v.persistentVolumeClaim?.claimName;
    if (name === undefined) continue;
    const pvc = lister.get("persistentvolumeclaims", ns, name);
    if (!pvc) return `persistentvolumeclaim "${name}" not found`;
    if (pvc.status?.phase === "Lost") return `persistentvolumeclaim "${name}" bound to non-existent persistentvolume "${pvc.spec?.volumeName ?? ""}"`;
    if (pvc.metadata.deletionTimestamp) return `persistentvolumeclaim "${name}" is being deleted`;
    if (!pvc.spec?.volumeName && !delaysBinding(pvc, lister)) unboundImmediate = true;
  }
  return unboundImmediate ? "pod has unbound immediate PersistentVolumeClaims" : undefined;
}

/** FitError.Error when PreFilter rejected the pod: its reason, then default preemption's verdict on every node. */
export function preFilterFitError(numNodes: number, reason: string): string {
  const head = `0/${numNodes} nodes are available`;
  return `${head}: ${reason}. preemption: ${head}: ${numNodes} Preemption is not helpful for scheduling.`;
}
