// The horizontal pod autoscaler controller (pkg/controller/podautoscaler/horizontal.go,
// reconcileAutoscaler) without a metrics server: every 15 s (--horizontal-pod-autoscaler-sync-
// period) and on changes it reads the target's scale; replicas outside [minReplicas,
// maxReplicas] are brought back inside ("Current number of replicas below Spec.MinReplicas"),
// a target at 0 replicas disables scaling, and otherwise the resource metrics API is missing,
// so the HPA reports ScalingActive=False/FailedGetResourceMetric with upstream's texts and
// keeps the current size. No metrics means no scaling on load: the simulator has no
// metrics-server (kubectl top says so too).
import type { Controller, ControllerContext, KubeObject, WatchEvent } from "../../types";

export const SYNC_PERIOD_MS = 15_000;
const TIMER = "hpa.resync";

const TARGETS: Record<string, string> = { Deployment: "deployments", ReplicaSet: "replicasets", StatefulSet: "statefulsets", ReplicationController: "replicationcontrollers" };
const GROUP_RESOURCE: Record<string, string> = { Deployment: "deployments.apps", ReplicaSet: "replicasets.apps", StatefulSet: "statefulsets.apps", ReplicationController: "replicationcontrollers" };

const NO_METRICS_API = "unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)";

interface Condition { type: string; status: string; lastTransitionTime?: string; reason: string; message: string }

function setCondition(conds: Condition[], now: string, type: string, status: string, reason: string, message: string): void {
  const i = conds.findIndex((c) => c.type === type);
  const old = conds[i];
  const next: Condition = { type, status, lastTransitionTime: old && old.status === status ? old.lastTransitionTime : now, reason, message };
  if (i >= 0) conds[i] = next;
  else conds.push(next);
}

/** The metric errors for the HPA's metric specs (every one is a resource metric the cluster cannot serve). */
function metricError(metrics: { type?: string; resource?: { name?: string; target?: { type?: string } } }[]): { reason: string; condition: string; event: string; compute: string } {
  const m = metrics[0] ?? {};
  const name = m.resource?.name ?? "cpu";
  const what = m.resource?.target?.type === "AverageValue" ? (name === "cpu" ? "cpu usage" : `${name} usage`) : `${name} utilization`;
  const inner = `failed to get ${what}: unable to get metrics for resource ${name}: ${NO_METRICS_API}`;
  return {
    reason: "FailedGetResourceMetric",
    condition: `the HPA was unable to compute the replica count: ${inner}`,
    event: inner,
    compute: `invalid metrics (${metrics.length} invalid out of ${metrics.length}), first error is: failed to get ${name} resource metric value: ${inner}`,
  };
}

function ensureTimer(key: string, ctx: ControllerContext): void {
  const pending = ctx.state<Record<string, true>>(() => ({}));
  if (pending[key]) return;
  pending[key] = true;
  ctx.schedule(SYNC_PERIOD_MS, { kind: TIMER, payload: { key }, periodic: true });
}

function reconcile(key: string, ctx: ControllerContext): void {
  const [ns, name] = key.split("/") as [string, string];
  const hpa = ctx.lister.get("horizontalpodautoscalers", ns, name);
  if (!hpa) return;
  ensureTimer(key, ctx);
  const now = ctx.timestamp();
  const status = structuredClone(hpa.status ?? {}) as Record<string, unknown> & { conditions?: Condition[] };
  const conds: Condition[] = status.conditions ?? [];
  const ref = hpa.spec?.scaleTargetRef ?? {};
  const resource = TARGETS[ref.kind as string];
  const target = resource ? ctx.lister.get(resource, ns, ref.name) : undefined;
  if (!target) {
    const msg = resource
      ? `the HPA controller was unable to get the target's current scale: ${GROUP_RESOURCE[ref.kind as string]} "${ref.name}" not found`
      : `the HPA controller was unable to get the target's current scale: no matches for kind "${ref.kind}" in group ""`;
    setCondition(conds, now, "AbleToScale", "False", "FailedGetScale", msg);
    ctx.event(hpa, "Warning", "FailedGetScale", msg.replace("the HPA controller was unable to get the target's current scale: ", ""));
    write(ctx, hpa, { ...status, conditions: conds });
    return;
  }
  const current = Number(target.spec?.replicas ?? 1);
  const min = Number(hpa.spec?.minReplicas ?? 1);
  const max = Number(hpa.spec?.maxReplicas ?? 1);
  status.currentReplicas = current;
  let desired = current;
  let reason = "";
  if (current === 0 && min !== 0) {
    desired = 0;
    setCondition(conds, now, "ScalingActive", "False", "ScalingDisabled", "scaling is disabled since the replica count of the target is zero");
  } else if (current > max) {
    desired = max;
    reason = "Current number of replicas above Spec.MaxReplicas";
  } else if (current < min) {
    desired = min;
    reason = "Current number of replicas below Spec.MinReplicas";
  } else {
    const e = metricError(hpa.spec?.metrics ?? []);
    setCondition(conds, now, "AbleToScale", "True", "SucceededGetScale", "the HPA controller was able to get the target's current scale");
    setCondition(conds, now, "ScalingActive", "False", e.reason, e.condition);
    delete status.currentMetrics;
    ctx.event(hpa, "Warning", e.reason, e.event);
    ctx.event(hpa, "Warning", "FailedComputeMetricsReplicas", e.compute);
    write(ctx, hpa, { ...status, conditions: conds });
    return;
  }
  if (desired !== current) {
    try {
      ctx.api.patch(resource!, ns, ref.name, { spec: { replicas: desired } });
    } catch (err) {
      const msg = `the HPA controller was unable to update the target scale: ${(err as Error).message}`;
      setCondition(conds, now, "AbleToScale", "False", "FailedUpdateScale", msg);
      ctx.event(hpa, "Warning", "FailedRescale", `New size: ${desired}; reason: ${reason}; error: ${(err as Error).message}`);
      write(ctx, hpa, { ...status, conditions: conds });
      return;
    }
    setCondition(conds, now, "AbleToScale", "True", "SucceededRescale", `the HPA controller was able to update the target scale to ${desired}`);
    ctx.event(hpa, "Normal", "SuccessfulRescale", `New size: ${desired}; reason: ${reason}`);
    status.lastScaleTime = now;
  }
  status.desiredReplicas = desired;
  write(ctx, hpa, { ...status, conditions: conds });
}

function write(ctx: ControllerContext, hpa: KubeObject, status: Record<string, unknown>): void {
  if (!status.desiredReplicas) status.desiredReplicas = (hpa.status?.desiredReplicas as number | undefined) ?? 0;
  try {
    ctx.api.updateStatus({ ...hpa, status });
  } catch {
    // A conflicting write is retried at the next resync, as the controller's requeue would.
  }
}

export const horizontalPodAutoscalerController: Controller = {
  name: "horizontal-pod-autoscaler",
  // Upstream's informer watches HPAs only; scale targets are read at each sync (every 15 s).
  watches: ["horizontalpodautoscalers"],
  keysFor(e: WatchEvent) {
    const o = e.object;
    return e.type === "DELETED" ? [] : [`${o.metadata.namespace ?? ""}/${o.metadata.name}`];
  },
  reconcile,
  timers: {
    [TIMER]: (payload, ctx) => {
      const { key } = payload as { key: string };
      const pending = ctx.state<Record<string, true>>(() => ({}));
      delete pending[key];
      reconcile(key, ctx);
    },
  },
};
