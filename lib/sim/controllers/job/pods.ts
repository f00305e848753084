// The Job controller's pod operations (podControl in controller_utils.go): create from the
// template with the tracking finalizer (and, when Indexed, the index annotation/label, hostname
// and env), delete with "Deleted pod" events, drop the tracking finalizer.
import type { ControllerContext, KubeObject } from "../../types";
import { isApiError } from "../../api/errors";
import { podFromTemplate } from "../podcontrol";
import { COMPLETION_INDEX, withIndexEnv } from "./indexes";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const TRACKING_FINALIZER = "batch.kubernetes.io/job-tracking";

export const hasTrackingFinalizer = (p: KubeObject) => p.metadata.finalizers?.includes(TRACKING_FINALIZER) ?? false;

const gone = (e: unknown) => isApiError(e) && e.code === 404;

/** Creates one pod (index -1: NonIndexed). Records SuccessfulCreate / FailedCreate like podControl. */
export function createJobPod(ctx: ControllerContext, job: KubeObject, index: number, annotations: Record<string, string> = {}): boolean {
  const template = structuredClone(job.spec.template ?? {});
  template.metadata ??= {};
  const fin: string[] = template.metadata.finalizers ?? [];
  if (!fin.includes(TRACKING_FINALIZER)) template.metadata.finalizers = [...fin, TRACKING_FINALIZER];
  if (index >= 0) {
    withIndexEnv(template.spec ?? {});
    template.metadata.annotations = { ...(template.metadata.annotations ?? {}), [COMPLETION_INDEX]: String(index), ...annotations };
    template.metadata.labels = { ...(template.metadata.labels ?? {}), [COMPLETION_INDEX]: String(index) };
    template.spec = { ...template.spec, hostname: `${job.metadata.name}-${index}` };
  }
  const pod = podFromTemplate(template, job);
  // podGenerateNameWithIndex: "<job>-<index>-" (the job name cut so the prefix fits 58 chars).
  if (index >= 0) (pod.metadata as any).generateName = `${job.metadata.name.slice(0, Math.max(0, 58 - `-${index}-`.length))}-${index}-`;
  try {
    const created = ctx.api.create(pod);
    ctx.event(job, "Normal", "SuccessfulCreate", `Created pod: ${created.metadata.name}`);
    return true;
  } catch (e) {
    if (!isApiError(e)) throw e;
    ctx.event(job, "Warning", "FailedCreate", `Error creating: ${e.message}`);
    return false;
  }
}

/** Removes the tracking finalizer; a pod already gone counts as done. */
export function removeTrackingFinalizer(ctx: ControllerContext, pod: KubeObject): void {
  const rest = (pod.metadata.finalizers ?? []).filter((f) => f !== TRACKING_FINALIZER);
  try {
    ctx.api.patch("pods", pod.metadata.namespace, pod.metadata.name, { metadata: { finalizers: rest.length ? rest : null } });
  } catch (e) {
    if (!gone(e)) throw e;
  }
}

/** Deletes a pod (finalizers kept unless `dropFinalizer`), with the "Deleted pod" event. */
export function deleteJobPod(ctx: ControllerContext, job: KubeObject, pod: KubeObject, dropFinalizer: boolean): void {
  if (dropFinalizer && hasTrackingFinalizer(pod)) removeTrackingFinalizer(ctx, pod);
  try {
    ctx.api.delete("pods", pod.metadata.namespace, pod.metadata.name, { preconditions: { uid: pod.metadata.uid } });
    ctx.event(job, "Normal", "SuccessfulDelete", `Deleted pod: ${pod.metadata.name}`);
  } catch (e) {
    if (!gone(e)) throw e;
  }
}
