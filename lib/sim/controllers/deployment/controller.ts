// Deployment controller (pkg/controller/deployment/deployment_controller.go syncDeployment):
// claims ReplicaSets, then either only syncs status (deleting), scales (paused or a scaling
// event), or rolls out with the RollingUpdate or Recreate strategy.
import type { Controller, ControllerContext, KubeObject, Lister, WatchEvent } from "../../types";
import { labelSelectorFromObject } from "../../labels/labelselector";
import { claimObjects, controllerOf } from "../podcontrol";
import { getAllReplicaSetsAndSyncRevision, isScalingEvent, newSyncState, sync, syncDeploymentStatus, updateDeploymentStatus } from "./sync";
import { checkPausedConditions, DEPLOYMENT_RESYNC } from "./progress";
import { rolloutRolling } from "./rolling";
import { rolloutRecreate } from "./recreate";
import { newResyncTimers, resyncFired } from "./resync";

export const DEPLOYMENT_CONTROLLER = "deployment-controller";

const key = (o: KubeObject) => `${o.metadata.namespace}/${o.metadata.name}`;

function deploymentKeyOf(lister: Lister, obj: KubeObject | undefined): string | undefined {
  const ref = obj && controllerOf(obj);
  if (!ref || ref.kind !== "Deployment") return undefined;
  const d = lister.get("deployments", obj.metadata.namespace, ref.name);
  return d && d.metadata.uid === ref.uid ? key(d) : undefined;
}

/** getDeploymentsForReplicaSet: Deployments whose selector picks an orphan RS. */
function selectingDeployments(lister: Lister, rs: KubeObject): string[] {
  const out: string[] = [];
  for (const d of lister.list("deployments", rs.metadata.namespace)) {
    try {
      const sel = labelSelectorFromObject(d.spec?.selector);
      if (!sel.empty() && sel.matches(rs.metadata.labels ?? {})) out.push(key(d));
    } catch {
      // invalid selectors select nothing
    }
  }
  return out;
}

function replicaSetKeys(e: WatchEvent, lister: Lister): string[] {
  const keys = new Set<string>();
  const owner = deploymentKeyOf(lister, e.object);
  if (owner) keys.add(owner);
  const oldOwner = deploymentKeyOf(lister, e.oldObject);
  if (oldOwner) keys.add(oldOwner);
  if (!controllerOf(e.object) && e.type !== "DELETED") for (const k of selectingDeployments(lister, e.object)) keys.add(k);
  return [...keys];
}

/** deletePod: a Recreate Deployment waits for its old pods to be gone. */
function podKeys(e: WatchEvent, lister: Lister): string[] {
  if (e.type !== "DELETED") return [];
  const ref = controllerOf(e.object);
  if (!ref || ref.kind !== "ReplicaSet") return [];
  const rs = lister.get("replicasets", e.object.metadata.namespace, ref.name);
  if (!rs || rs.metadata.uid !== ref.uid) return [];
  const k = deploymentKeyOf(lister, rs);
  if (!k) return [];
  const d = lister.get("deployments", rs.metadata.namespace, controllerOf(rs)!.name);
  return d?.spec?.strategy?.type === "Recreate" ? [k] : [];
}

export const deploymentController: Controller = {
  name: DEPLOYMENT_CONTROLLER,
  watches: ["deployments", "replicasets", "pods"],
  keysFor(e: WatchEvent, lister: Lister): string[] {
    if (e.resource === "deployments") return [key(e.object)];
    if (e.resource === "replicasets") return replicaSetKeys(e, lister);
    return podKeys(e, lister);
  },
  reconcile(k: string, ctx: ControllerContext): void {
    syncDeployment(k, ctx);
  },
  timers: {
    [DEPLOYMENT_RESYNC]: (payload, ctx) => {
      const k = resyncFired(ctx.state(newResyncTimers).resync, payload);
      // Through reconcile, so a test that stubs reconcile stops timer-driven syncs too.
      if (k) deploymentController.reconcile(k, ctx);
    },
  },
};

export function syncDeployment(k: string, ctx: ControllerContext): void {
  const [ns, name] = k.split("/") as [string, string];
  const live = ctx.lister.get("deployments", ns, name);
  if (!live) return;
  const s = newSyncState(ctx, live);
  const d = s.d;
  const sel = d.spec?.selector;
  if (sel && Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0) {
    ctx.event(d, "Warning", "SelectingAll", "This deployment is selecting all pods. A non-empty selector is required.");
    if ((d.status?.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
      d.status = { ...(d.status ?? {}), observedGeneration: d.metadata.generation };
      updateDeploymentStatus(s);
    }
    return;
  }
  let selector;
  try {
    selector = labelSelectorFromObject(sel);
  } catch {
    return;
  }
  const rsList = claimObjects(ctx, d, ctx.lister.list("replicasets", ns), { resource: "replicasets", selector });
  if (d.metadata.deletionTimestamp) {
    const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, rsList, false);
    return syncDeploymentStatus(s, [...oldRSs, newRS], newRS);
  }
  checkPausedConditions(s);
  if (d.spec.paused) return sync(s, rsList);
  if (isScalingEvent(s, rsList)) return sync(s, rsList);
  if (d.spec.strategy?.type === "Recreate") return rolloutRecreate(s, rsList);
  return rolloutRolling(s, rsList);
}
