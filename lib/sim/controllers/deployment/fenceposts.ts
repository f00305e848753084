// ResolveFenceposts (pkg/controller/deployment/util/deployment_util.go): turns a rolling
// update's maxSurge/maxUnavailable into absolute pod counts for `desired` replicas.
import { getScaledValueFromIntOrPercent, intOrStringOr, type IntOrString } from "../../util/intstr";

export function resolveFenceposts(
  maxSurge: IntOrString | null,
  maxUnavailable: IntOrString | null,
  desired: number,
): { maxSurge: number; maxUnavailable: number } {
  // An unset value counts as 0. Surge rounds up and unavailability rounds down, so a
  // percentage never lets a small Deployment drop a pod it cannot spare.
  const surge = getScaledValueFromIntOrPercent(intOrStringOr(maxSurge, 0), desired, true);
  const unavailable = getScaledValueFromIntOrPercent(intOrStringOr(maxUnavailable, 0), desired, false);
  // Both zero would deadlock the rollout (no new pod may start, no old pod may stop):
  // upstream then allows one unavailable pod.
  if (surge === 0 && unavailable === 0) return { maxSurge: 0, maxUnavailable: 1 };
  return { maxSurge: surge, maxUnavailable: unavailable };
}
