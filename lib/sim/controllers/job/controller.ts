// Job controller wiring: which watch events become which keys. Job events sync the Job at once;
// pod events sync its controlling Job one second later (syncJobBatchPeriod: upstream batches pod
// updates so a burst of them costs one sync). A pod still carrying the tracking finalizer whose
// Job is gone or finished queues an "orphan:" key so the finalizer is dropped (syncOrphanPod).
import type { Controller, ControllerContext, KubeObject, Lister, WatchEvent } from "../../types";
import { isApiError } from "../../api/errors";
import { isJobFinished } from "./conditions";
import { hasTrackingFinalizer, removeTrackingFinalizer } from "./pods";
import { syncJob } from "./sync";
import { emptyJobState, requeueAfter } from "./state";

export const JOB_CONTROLLER = "job-controller";
/** syncJobBatchPeriod */
export const SYNC_BATCH_MS = 1000;

const jobRef = (p: KubeObject) => p.metadata.ownerReferences?.find((r) => r.controller && r.kind === "Job" && r.apiVersion === "batch/v1");

function orphaned(pod: KubeObject, lister: Lister): boolean {
  const ref = pod.metadata.ownerReferences?.find((r) => r.controller);
  if (ref && (ref.kind !== "Job" || ref.apiVersion !== "batch/v1")) return false;
  if (!ref) return true;
  const job = lister.get("jobs", pod.metadata.namespace, ref.name);
  return !job || job.metadata.uid !== ref.uid || isJobFinished(job);
}

function syncOrphanPod(key: string, ctx: ControllerContext): void {
  const [ns, name] = key.slice("orphan:".length).split("/") as [string, string];
  const pod = ctx.lister.get("pods", ns, name);
  if (!pod || !hasTrackingFinalizer(pod) || !orphaned(pod, ctx.lister)) return;
  try {
    removeTrackingFinalizer(ctx, pod);
  } catch (e) {
    if (!isApiError(e)) throw e;
  }
}

export const jobController: Controller = {
  name: JOB_CONTROLLER,
  watches: ["jobs", "pods"],
  keysFor(e: WatchEvent, lister: Lister): string[] {
    const o = e.object;
    if (e.resource === "jobs") return [`${o.metadata.namespace}/${o.metadata.name}`];
    const keys: string[] = [];
    const ref = jobRef(o) ?? (e.oldObject ? jobRef(e.oldObject) : undefined);
    if (ref) keys.push(`batch:${o.metadata.namespace}/${ref.name}`);
    else if (e.type === "ADDED" && o.metadata.labels) {
      // An orphan might be adopted by a Job whose selector matches it.
      for (const job of lister.list("jobs", o.metadata.namespace)) {
        if (!isJobFinished(job) && job.spec?.manualSelector) keys.push(`batch:${o.metadata.namespace}/${job.metadata.name}`);
      }
    }
    if (e.type !== "DELETED" && hasTrackingFinalizer(o) && orphaned(o, lister)) keys.push(`orphan:${o.metadata.namespace}/${o.metadata.name}`);
    return keys;
  },
  reconcile(key: string, ctx: ControllerContext): void {
    if (key.startsWith("orphan:")) return syncOrphanPod(key, ctx);
    if (key.startsWith("batch:")) return requeueAfter(ctx, key.slice("batch:".length), SYNC_BATCH_MS);
    syncJob(key, ctx);
  },
  timers: {
    "job.sync": (p, ctx) => {
      const { key } = p as { key: string };
      const st = ctx.state(emptyJobState);
      if (st.timers[key] !== undefined && st.timers[key]! <= ctx.now()) delete st.timers[key];
      syncJob(key, ctx);
    },
  },
};
