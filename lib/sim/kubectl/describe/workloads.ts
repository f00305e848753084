// kubectl describe for Deployments and ReplicaSets (describe.go describeDeployment,
// describeReplicaSet), rendered with the Go tabwriter rules of prefixwriter.ts.
import type { KubeObject } from "../../types";
import { formatLabelSelector } from "../../labels";
import { LEVEL_0, LEVEL_1, PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from "./prefixwriter";
import { writePodTemplate } from "./podtemplate";
import { writeEvents } from "./events";
import { rfc1123z } from "./timefmt";
import { equalIgnoreHash } from "../rollout/rollback";

const n = (v: unknown) => (typeof v === "number" ? v : 0);

/** FindNewReplicaSet: the oldest RS whose template equals the Deployment's (ignoring the hash label). */
export function newReplicaSet(d: KubeObject, owned: readonly KubeObject[]): KubeObject | undefined {
  const byAge = [...owned].sort((a, b) => (a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : a.metadata.creationTimestamp > b.metadata.creationTimestamp ? 1 : a.metadata.name < b.metadata.name ? -1 : 1));
  return byAge.find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
}

const rsList = (list: readonly KubeObject[]) => list.map((rs) => `${rs.metadata.name} (${n(rs.status?.replicas)}/${n(rs.spec?.replicas)} replicas created)`).join(", ") || "<none>";

function writeConditions(w: PrefixWriter, conditions: { type: string; status: string; reason?: string }[] | undefined): void {
  if (!conditions || conditions.length === 0) return;
  w.write(LEVEL_0, "Conditions:\n  Type\tStatus\tReason\n");
  w.write(LEVEL_1, "----\t------\t------\n");
  for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ""}\n`);
}

export interface DescribeInput {
  now: number;
  epochMs?: number;
  /** Events about the object (events.ts eventsFor); undefined with --show-events=false (no section). */
  events?: readonly KubeObject[];
}

export function describeDeployment(d: KubeObject, owned: readonly KubeObject[], input: DescribeInput): string {
  const w = new PrefixWriter();
  const spec = d.spec ?? {};
  const status = d.status ?? {};
  w.write(LEVEL_0, `Name:\t${d.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${d.metadata.namespace ?? ""}\n`);
  w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}\n`);
  printLabelsMultiline(w, "Labels", d.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", d.metadata.annotations);
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(spec.selector)}\n`);
  w.write(LEVEL_0, `Replicas:\t${n(spec.replicas)} desired | ${n(status.updatedReplicas)} updated | ${n(status.replicas)} total | ${n(status.availableReplicas)} available | ${n(status.unavailableReplicas)} unavailable\n`);
  w.write(LEVEL_0, `StrategyType:\t${spec.strategy?.type ?? ""}\n`);
  w.write(LEVEL_0, `MinReadySeconds:\t${n(spec.minReadySeconds)}\n`);
  const ru = spec.strategy?.rollingUpdate;
  if (ru) w.write(LEVEL_0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? "<nil>"} max unavailable, ${ru.maxSurge ?? "<nil>"} max surge\n`);
  writePodTemplate(w, spec.template);
  writeConditions(w, status.conditions);
  const fresh = newReplicaSet(d, owned);
  // OldReplicaSets lists only old ReplicaSets that still want pods (FindOldReplicaSets' first result).
  const old = owned.filter((rs) => rs !== fresh && n(rs.spec?.replicas) !== 0);
  w.write(LEVEL_0, `OldReplicaSets:\t${rsList(old)}\n`);
  w.write(LEVEL_0, `NewReplicaSet:\t${rsList(fresh ? [fresh] : [])}\n`);
  writeEvents(w, input.events, input.now, input.epochMs);
  return w.toString();
}

export interface PodCounts { running: number; waiting: number; succeeded: number; failed: number }

/** getPodStatusForController: phases of the pods this controller owns. */
export function podCounts(owner: KubeObject, pods: readonly KubeObject[]): PodCounts {
  const c = { running: 0, waiting: 0, succeeded: 0, failed: 0 };
  for (const p of pods) {
    if (!p.metadata.ownerReferences?.some((r) => r.controller && r.uid === owner.metadata.uid)) continue;
    const phase = p.status?.phase;
    if (phase === "Running") c.running++;
    else if (phase === "Pending") c.waiting++;
    else if (phase === "Succeeded") c.succeeded++;
    else if (phase === "Failed") c.failed++;
  }
  return c;
}

const controllerOf = (o: KubeObject) => {
  const ref = o.metadata.ownerReferences?.find((r) => r.controller);
  return ref ? `${ref.kind}/${ref.name}` : "";
};

export function describeReplicaSet(rs: KubeObject, counts: PodCounts, input: DescribeInput): string {
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${rs.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${rs.metadata.namespace ?? ""}\n`);
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
  printLabelsMultiline(w, "Labels", rs.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", rs.metadata.annotations);
  const by = controllerOf(rs);
  if (by) w.write(LEVEL_0, `Controlled By:\t${by}\n`);
  w.write(LEVEL_0, `Replicas:\t${n(rs.status?.replicas)} current / ${n(rs.spec?.replicas)} desired\n`);
  w.write(LEVEL_0, `Pods Status:\t${counts.running} Running / ${counts.waiting} Waiting / ${counts.succeeded} Succeeded / ${counts.failed} Failed\n`);
  writePodTemplate(w, rs.spec?.template);
  writeConditions(w, rs.status?.conditions);
  writeEvents(w, input.events, input.now, input.epochMs);
  return w.toString();
}

export { controllerOf };
