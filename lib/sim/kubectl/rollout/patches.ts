// rollout pause / resume / restart (kubectl pkg/polymorphichelpers/objectpauser.go,
// objectresumer.go, objectrestarter.go): the merge patch to send, or the error that kubectl
// prints as `error: <resource>.<group> "<name>" <text>`.
import type { KubeObject } from "../../types";

export const RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";

export type PatchResult = { patch: object } | { error: string };

export function pausePatch(obj: KubeObject): PatchResult {
  if (obj.kind !== "Deployment") return { error: "pausing is not supported" };
  if (obj.spec?.paused) return { error: "is already paused" };
  return { patch: { spec: { paused: true } } };
}

export function resumePatch(obj: KubeObject): PatchResult {
  if (obj.kind !== "Deployment") return { error: "resuming is not supported" };
  if (!obj.spec?.paused) return { error: "is not paused" };
  return { patch: { spec: { paused: null } } };
}

/** `timestamp` is the virtual clock's RFC 3339 (kubectl uses time.Now().Format(time.RFC3339)). */
export function restartPatch(obj: KubeObject, timestamp: string): PatchResult {
  if (!["Deployment", "DaemonSet", "StatefulSet"].includes(obj.kind)) return { error: "restarting is not supported" };
  if (obj.kind === "Deployment" && obj.spec?.paused) return { error: "can't restart paused deployment (run rollout resume first)" };
  return { patch: { spec: { template: { metadata: { annotations: { [RESTARTED_AT]: timestamp } } } } } };
}
