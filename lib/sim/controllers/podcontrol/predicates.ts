// Pod predicates shared by the workload controllers (pkg/api/v1/pod/util.go IsPodReady,
// IsPodAvailable; pkg/controller/controller_utils.go IsPodActive, FilterActivePods).
//
// Times here are wall-clock (Unix) ms, the scale of the RFC 3339 timestamps in pod status;
// wallClockNow(ctx) gives the current one, whatever epoch the cluster's virtual clock uses.
import type { ControllerContext, KubeObject } from "../../types";
import { rfc3339ToMs } from "../../node/time";

/** Unix ms of the context's current virtual instant (second-precision epoch + virtual ms). */
export function wallClockNow(ctx: Pick<ControllerContext, "now" | "timestamp">): number {
  return rfc3339ToMs(ctx.timestamp(0)) + ctx.now();
}

/** Unix ms of an RFC 3339 timestamp; NaN when unset or malformed. */
export const timeOf = (ts: string | null | undefined): number => (ts ? rfc3339ToMs(ts) : NaN);

interface Condition {
  type: string;
  status: string;
  lastTransitionTime?: string | null;
}

/** Not Succeeded, not Failed, not being deleted: counts toward a controller's replicas. */
export function isPodActive(pod: KubeObject): boolean {
  const phase = pod.status?.phase;
  return phase !== "Succeeded" && phase !== "Failed" && !pod.metadata.deletionTimestamp;
}

/** Being deleted (graceful termination in progress) — FilterTerminatingPods. */
export const isPodTerminating = (pod: KubeObject): boolean => Boolean(pod.metadata.deletionTimestamp) && pod.status?.phase !== "Succeeded" && pod.status?.phase !== "Failed";

function readyCondition(pod: KubeObject): Condition | undefined {
  return (pod.status?.conditions as Condition[] | undefined)?.find((c) => c.type === "Ready");
}

/** The Ready condition is True. */
export function isPodReady(pod: KubeObject): boolean {
  return readyCondition(pod)?.status === "True";
}

/** Unix ms at which the pod last became Ready, or undefined when not ready (podReadyTime). */
export function podReadySince(pod: KubeObject): number | undefined {
  const c = readyCondition(pod);
  if (c?.status !== "True") return undefined;
  const ms = timeOf(c.lastTransitionTime);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Ready for at least minReadySeconds at `nowMs` (Unix ms, see wallClockNow). Like upstream, the condition's
 * lastTransitionTime (second precision) plus minReadySeconds must be strictly before now.
 */
export function isPodAvailable(pod: KubeObject, minReadySeconds: number, nowMs: number): boolean {
  if (!isPodReady(pod)) return false;
  if (!minReadySeconds) return true;
  const since = podReadySince(pod);
  return since !== undefined && since + minReadySeconds * 1000 < nowMs;
}

/**
 * When a ready-but-not-yet-available pod becomes available (Unix ms), so a controller can
 * schedule its re-check on the timer queue instead of polling. Undefined when not applicable.
 */
export function podAvailableAt(pod: KubeObject, minReadySeconds: number): number | undefined {
  if (!minReadySeconds || !isPodReady(pod)) return undefined;
  const since = podReadySince(pod);
  return since === undefined ? undefined : since + minReadySeconds * 1000 + 1;
}

export const filterActivePods = (pods: readonly KubeObject[]): KubeObject[] => pods.filter(isPodActive);
