// daemonset-controller (pkg/controller/daemon/daemon_controller.go syncDaemonSet, update.go):
// revision history, one pod per eligible node (created through the scheduler, pinned by node
// affinity), failed/excess/misplaced pods removed, rolling update within maxUnavailable or
// maxSurge, history cleanup and status. Node adds, removals, label and taint changes re-sync
// every DaemonSet.
import type { Controller, ControllerContext, KubeObject, WatchEvent } from "../../types";
import { isApiError } from "../../api/errors";
import { labelSelectorFromObject } from "../../labels/labelselector";
import { canonicalJson } from "../../util/hash";
import { availabilityTimerFired, claimPods, controllerOf, podFromTemplate, requeueForAvailability, wallClockNow } from "../podcontrol";
import { adoptOrphanRevisions, ensureUpdateRevision, listRevisions, truncateHistory } from "../history";
import { daemonPodSpec, nodeShouldRunDaemonPod, targetNodeName } from "./nodes";
import { computeDaemonSetStatus, HASH_LABEL, planManage, planRollingUpdate, TEMPLATE_GENERATION_ANNOTATION, TEMPLATE_GENERATION_LABEL, type NodePods } from "./plan";

/* eslint-disable @typescript-eslint/no-explicit-any */

const NAME = "daemonset-controller";
const REQUEUE = "daemonset.requeue";
const keyOf = (o: KubeObject) => `${o.metadata.namespace}/${o.metadata.name}`;

const readyStatus = (n: KubeObject | undefined) => (n?.status?.conditions ?? []).find((c: any) => c.type === "Ready")?.status;

/** Heartbeats change node status all the time; only what placement depends on re-syncs. */
function nodeMatters(e: WatchEvent): boolean {
  if (e.type !== "MODIFIED" || !e.oldObject) return true;
  const a = e.oldObject;
  const b = e.object;
  return canonicalJson(a.metadata.labels ?? {}) !== canonicalJson(b.metadata.labels ?? {}) ||
    canonicalJson(a.spec ?? {}) !== canonicalJson(b.spec ?? {}) || readyStatus(a) !== readyStatus(b);
}

function selects(ds: KubeObject, pod: KubeObject): boolean {
  try {
    return labelSelectorFromObject(ds.spec?.selector).matches(pod.metadata.labels ?? {});
  } catch {
    return false;
  }
}

export const daemonSetController: Controller = {
  name: NAME,
  watches: ["daemonsets", "pods", "nodes"],
  keysFor(e, lister) {
    if (e.resource === "daemonsets") return [keyOf(e.object)];
    if (e.resource === "nodes") return nodeMatters(e) ? lister.list("daemonsets").map(keyOf) : [];
    const keys = new Set<string>();
    for (const pod of [e.object, e.oldObject]) {
      if (!pod) continue;
      const ref = controllerOf(pod);
      if (ref?.kind === "DaemonSet") keys.add(`${pod.metadata.namespace}/${ref.name}`);
      else if (!ref && e.type !== "DELETED") for (const ds of lister.list("daemonsets", pod.metadata.namespace)) if (selects(ds, pod)) keys.add(keyOf(ds));
    }
    return [...keys];
  },
  reconcile: (key, ctx) => syncDaemonSet(key, ctx),
  timers: {
    [REQUEUE]: (payload, ctx) => syncDaemonSet(availabilityTimerFired(ctx, payload), ctx),
  },
};

/** getPatch: the template, replacing on apply — what a DaemonSet ControllerRevision stores. */
export const daemonSetRevisionData = (ds: KubeObject) => ({ spec: { template: { ...structuredClone(ds.spec?.template ?? {}), $patch: "replace" } } });

function nodePodsOf(pods: readonly KubeObject[]): Map<string, KubeObject[]> {
  const m = new Map<string, KubeObject[]>();
  for (const p of pods) {
    const node = targetNodeName(p);
    if (!node) continue;
    (m.get(node) ?? m.set(node, []).get(node)!).push(p);
  }
  return m;
}

export function syncDaemonSet(key: string, ctx: ControllerContext): void {
  const [ns, name] = key.split("/") as [string, string];
  const ds = ctx.lister.get("daemonsets", ns, name);
  if (!ds || ds.metadata.deletionTimestamp) return;
  let selector;
  try {
    selector = labelSelectorFromObject(ds.spec?.selector);
  } catch {
    return;
  }
  // Candidates: what the DaemonSet controls (owner index) plus orphans it might adopt.
  const claim = () => claimPods(ctx, ds, [...ctx.lister.byOwner("pods", ds.metadata.uid), ...ctx.lister.list("pods", ns).filter((p) => !controllerOf(p))], selector);
  adoptOrphanRevisions(ctx, ds, selector);
  const revisions = listRevisions(ctx, ds);
  const { update, collisionCount } = ensureUpdateRevision(ctx, ds, ds.spec?.template?.metadata?.labels, daemonSetRevisionData(ds), revisions, Number(ds.status?.collisionCount ?? 0));
  const hash = update.metadata.labels?.[HASH_LABEL] ?? "";
  const nodes = ctx.lister.list("nodes");
  const now = wallClockNow(ctx);

  let nodePods: NodePods = nodePodsOf(claim());
  const manage = planManage(ds, nodes, nodePods, hash, now);
  for (const { pod, failedOn } of manage.podsToDelete) {
    if (failedOn) ctx.event(ds, "Warning", "FailedDaemonPod", `Found failed daemon pod ${pod.metadata.namespace}/${pod.metadata.name} on node ${failedOn}, will try to kill it`);
    deletePod(ctx, ds, pod);
  }
  for (const node of manage.nodesNeedingPods) createPod(ctx, ds, node, hash);

  // Like upstream's expectations: the update step waits until manage()'s writes are observed.
  if (ds.spec?.updateStrategy?.type === "RollingUpdate" && !manage.podsToDelete.length && !manage.nodesNeedingPods.length) {
    const desired = nodes.filter((n) => nodeShouldRunDaemonPod(n, ds).shouldRun).length;
    const step = planRollingUpdate(ds, nodePods, hash, desired, now);
    for (const pod of step.deletions) deletePod(ctx, ds, pod);
    for (const node of step.newNodes) createPod(ctx, ds, node, hash);
  }

  nodePods = nodePodsOf(claim());
  const liveHashes = new Set([...nodePods.values()].flat().map((p) => p.metadata.labels?.[HASH_LABEL]).filter(Boolean));
  const all = listRevisions(ctx, ds);
  const live = new Set([update.metadata.name, ...all.filter((r) => liveHashes.has(r.metadata.labels?.[HASH_LABEL])).map((r) => r.metadata.name)]);
  truncateHistory(ctx, all, live, Number(ds.spec?.revisionHistoryLimit ?? 10));

  const status = computeDaemonSetStatus(ds, nodes, nodePods, hash, now, collisionCount);
  const fresh = ctx.lister.get("daemonsets", ns, name);
  if (fresh && fresh.metadata.uid === ds.metadata.uid && canonicalJson(fresh.status ?? {}) !== canonicalJson(status)) ctx.api.updateStatus({ ...fresh, status });
  requeueForAvailability(ctx, REQUEUE, key, ds, [...nodePods.values()].flat());
}

function createPod(ctx: ControllerContext, ds: KubeObject, node: string, hash: string): void {
  const template = structuredClone(ds.spec.template);
  template.metadata ??= {};
  const gen = ds.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION];
  template.metadata.labels = { ...(template.metadata.labels ?? {}), [HASH_LABEL]: hash, ...(gen !== undefined ? { [TEMPLATE_GENERATION_LABEL]: gen } : {}) };
  const pod = podFromTemplate(template, ds) as any;
  // An empty annotation map is omitted on the wire (omitempty), so the pod has none.
  if (pod.metadata.annotations && !Object.keys(pod.metadata.annotations).length) delete pod.metadata.annotations;
  pod.spec = daemonPodSpec(template, node);
  let created: KubeObject;
  try {
    created = ctx.api.create(pod);
  } catch (e) {
    ctx.event(ds, "Warning", "FailedCreate", `Error creating: ${e instanceof Error ? e.message : String(e)}`);
    throw e;
  }
  ctx.event(ds, "Normal", "SuccessfulCreate", `Created pod: ${created.metadata.name}`);
}

function deletePod(ctx: ControllerContext, ds: KubeObject, pod: KubeObject): void {
  try {
    ctx.api.delete("pods", pod.metadata.namespace, pod.metadata.name, { preconditions: { uid: pod.metadata.uid } });
  } catch (e) {
    if (isApiError(e) && e.code === 404) return;
    ctx.event(ds, "Warning", "FailedDelete", `Error deleting: ${e instanceof Error ? e.message : String(e)}`);
    throw e;
  }
  ctx.event(ds, "Normal", "SuccessfulDelete", `Deleted pod: ${pod.metadata.name}`);
}

