// Which pods a Service's endpoints hold, shared by the Endpoints and EndpointSlice controllers
// (staging/src/k8s.io/endpointslice/util/controller_utils.go ShouldPodBeInEndpoints,
// pkg/api/v1/pod/util.go FindPort).
import type { KubeObject } from "../../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The Service selects pods: a non-empty spec.selector (selector-less Services are left alone). */
export function hasSelector(svc: KubeObject): boolean {
  const sel = svc.spec?.selector;
  return sel !== undefined && sel !== null && Object.keys(sel).length > 0;
}

/** spec.selector is a plain label set: every key must equal the pod's label. */
export function selects(svc: KubeObject, pod: KubeObject | undefined): boolean {
  if (!pod || !hasSelector(svc)) return false;
  const labels = pod.metadata.labels ?? {};
  return Object.entries(svc.spec.selector as Record<string, string>).every(([k, v]) => labels[k] === v);
}

/**
 * Terminal pods and pods without an IP never appear; terminating pods only when
 * includeTerminating (publishNotReadyAddresses for Endpoints, always for EndpointSlices).
 */
export function shouldPodBeInEndpoints(pod: KubeObject, includeTerminating: boolean): boolean {
  const phase = pod.status?.phase;
  if (phase === "Succeeded" || phase === "Failed") return false;
  if (!pod.status?.podIP && !(pod.status?.podIPs?.length > 0)) return false;
  if (!includeTerminating && pod.metadata.deletionTimestamp) return false;
  return true;
}

/**
 * The pod port a service port reaches: a numeric targetPort is used as is (not checked against
 * the containers); a named one must match a container port's name and protocol, in containers
 * or restartable (sidecar) init containers. Undefined when the name is missing on this pod.
 */
export function findPort(pod: KubeObject, svcPort: any): number | undefined {
  const target = svcPort.targetPort ?? svcPort.port;
  if (typeof target === "number") return target;
  const protocol = svcPort.protocol ?? "TCP";
  const sidecars = (pod.spec?.initContainers ?? []).filter((c: any) => c.restartPolicy === "Always");
  for (const c of [...(pod.spec?.containers ?? []), ...sidecars]) {
    for (const p of c.ports ?? []) {
      if (p.name === target && (p.protocol ?? "TCP") === protocol) return p.containerPort;
    }
  }
  return undefined;
}

/** Headless Services publish a pod's hostname when its spec.subdomain names the Service. */
export function endpointHostname(svc: KubeObject, pod: KubeObject): string | undefined {
  if (svc.spec?.clusterIP !== "None") return undefined;
  const h = pod.spec?.hostname;
  return h && pod.spec?.subdomain === svc.metadata.name ? h : undefined;
}

export const podTargetRef = (pod: KubeObject) => ({ kind: "Pod", namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid });

export const isPodReadyCond = (pod: KubeObject): boolean => (pod.status?.conditions ?? []).some((c: any) => c.type === "Ready" && c.status === "True");
