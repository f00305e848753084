// Which nodes a DaemonSet runs on (pkg/controller/daemon/daemon_controller.go
// NodeShouldRunDaemonPod, pkg/controller/daemon/util/daemonset_util.go): the pod a node would
// get carries the default daemon tolerations and a required node affinity pinning it to that
// node (matchFields metadata.name), and is judged by node name, node selector/affinity and
// taints. Pure functions.
import type { KubeObject } from "../../types";
import { nodeSelectorMatches, toleratesTaint, type Taint, type Toleration } from "../../scheduler/plugins";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** AddOrUpdateDaemonPodTolerations: what every daemon pod tolerates (no tolerationSeconds). */
export function daemonTolerations(spec: any): Toleration[] {
  const add: Toleration[] = [
    { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute" },
    { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute" },
    { key: "node.kubernetes.io/disk-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/memory-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/pid-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" },
  ];
  if (spec?.hostNetwork) add.push({ key: "node.kubernetes.io/network-unavailable", operator: "Exists", effect: "NoSchedule" });
  // AddOrUpdateTolerationInPodSpec: a toleration with the same key and effect is replaced.
  const tols: Toleration[] = [...(spec?.tolerations ?? [])];
  for (const t of add) {
    const i = tols.findIndex((x) => (x.key ?? "") === t.key && (x.effect ?? "") === t.effect);
    if (i >= 0) tols[i] = t;
    else tols.push(t);
  }
  return tols;
}

const pinTo = (node: string) => ({ key: "metadata.name", operator: "In", values: [node] });

/**
 * ReplaceDaemonSetPodNodeNameNodeAffinity: the required node selector becomes the single term
 * matchFields metadata.name In [node] (the template's own required terms were already checked
 * by nodeShouldRunDaemonPod); preferred terms and other affinities are kept.
 */
export function pinAffinityToNode(affinity: any, node: string): any {
  const a = structuredClone(affinity ?? {});
  a.nodeAffinity ??= {};
  a.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = { nodeSelectorTerms: [{ matchFields: [pinTo(node)] }] };
  return a;
}

/** GetTargetNodeName: spec.nodeName, else the node the affinity pins the pod to. */
export function targetNodeName(pod: KubeObject): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  const terms: any[] = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const t of terms) {
    for (const f of t.matchFields ?? []) if (f.key === "metadata.name" && f.operator === "In" && f.values?.length === 1) return f.values[0];
  }
  return undefined;
}

/** The daemon pod spec a node would get (template + tolerations + pinned affinity). */
export function daemonPodSpec(template: any, node: string): any {
  const spec = structuredClone(template?.spec ?? {});
  spec.tolerations = daemonTolerations(spec);
  spec.affinity = pinAffinityToNode(spec.affinity, node);
  return spec;
}

function untolerated(taints: readonly Taint[], tols: readonly Toleration[], effects: readonly string[]): Taint | undefined {
  return taints.find((taint) => effects.includes(taint.effect) && !tols.some((t) => toleratesTaint(t, taint)));
}

/** NodeShouldRunDaemonPod: [shouldRun, shouldContinueRunning]. */
export function nodeShouldRunDaemonPod(node: KubeObject, ds: KubeObject): { shouldRun: boolean; shouldContinueRunning: boolean } {
  const template = ds.spec?.template;
  const wanted = template?.spec?.nodeName;
  if (wanted && wanted !== node.metadata.name) return { shouldRun: false, shouldContinueRunning: false };
  // NewPod: the template with the daemon tolerations, judged as if bound to this node.
  const spec = structuredClone(template?.spec ?? {});
  spec.tolerations = daemonTolerations(spec);
  const pod = { metadata: {}, spec } as unknown as KubeObject;
  if (!nodeSelectorMatches(pod, node)) return { shouldRun: false, shouldContinueRunning: false };
  const taints: Taint[] = node.spec?.taints ?? [];
  if (untolerated(taints, pod.spec.tolerations, ["NoSchedule", "NoExecute"])) {
    return { shouldRun: false, shouldContinueRunning: !untolerated(taints, pod.spec.tolerations, ["NoExecute"]) };
  }
  return { shouldRun: true, shouldContinueRunning: true };
}
