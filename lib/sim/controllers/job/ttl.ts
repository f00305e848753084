// TTL-after-finished controller (pkg/controller/ttlafterfinished): a finished Job with
// spec.ttlSecondsAfterFinished is deleted (foreground propagation, uid precondition) once
// that many seconds have passed since it completed or failed; until then a timer waits.
import type { Controller, ControllerContext, KubeObject, WatchEvent } from "../../types";
import { isApiError } from "../../api/errors";
import { timeOf, wallClockNow } from "../podcontrol";
import { conditionsOf, isJobFinished } from "./conditions";

/** When the job finished (Unix ms): Complete/Failed condition's transition time. */
function finishTime(job: KubeObject): number {
  const c = conditionsOf(job).find((x) => (x.type === "Complete" || x.type === "Failed") && x.status === "True");
  return timeOf(c?.lastTransitionTime);
}

const needsCleanup = (job: KubeObject) => !job.metadata.deletionTimestamp && typeof job.spec?.ttlSecondsAfterFinished === "number" && isJobFinished(job);

function check(key: string, ctx: ControllerContext): void {
  const [ns, name] = key.split("/") as [string, string];
  const job = ctx.lister.get("jobs", ns, name);
  if (!job || !needsCleanup(job)) return;
  const finished = finishTime(job);
  if (Number.isNaN(finished)) return;
  const left = finished + job.spec.ttlSecondsAfterFinished * 1000 - wallClockNow(ctx);
  if (left > 0) {
    ctx.schedule(left, { kind: "ttl.check", payload: { key } });
    return;
  }
  try {
    ctx.api.delete("jobs", ns, name, { propagationPolicy: "Foreground", preconditions: { uid: job.metadata.uid } });
  } catch (e) {
    if (!isApiError(e) || (e.code !== 404 && e.code !== 409)) throw e;
  }
}

export const ttlAfterFinishedController: Controller = {
  name: "ttl-after-finished-controller",
  watches: ["jobs"],
  keysFor: (e: WatchEvent) => (e.type !== "DELETED" && needsCleanup(e.object) && !(e.oldObject && needsCleanup(e.oldObject) && e.oldObject.spec?.ttlSecondsAfterFinished === e.object.spec?.ttlSecondsAfterFinished) ? [`${e.object.metadata.namespace}/${e.object.metadata.name}`] : []),
  reconcile: check,
  timers: { "ttl.check": (p, ctx) => check((p as { key: string }).key, ctx) },
};
