// Pod: SetDefaults_Pod / SetDefaults_Container (pkg/apis/core/v1/defaults.go), the default
// not-ready/unreachable tolerations (DefaultTolerationSeconds admission), validation messages
// (pkg/apis/core/validation) and printPod columns.
import type { FieldError, KindSpec, KubeObject } from "../types";
import { podCells, readinessGatesCell } from "./podprint";
import { sinceText } from "../node/time";
import { deepEqual } from "../store/json";

/* eslint-disable @typescript-eslint/no-explicit-any */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function imagePullPolicy(image: string): string {
  // Tag is what follows the last ':' after the last '/'; digests pin the image (IfNotPresent).
  if (image.includes("@")) return "IfNotPresent";
  const lastPart = image.slice(image.lastIndexOf("/") + 1);
  const colon = lastPart.lastIndexOf(":");
  const tag = colon < 0 ? "" : lastPart.slice(colon + 1);
  return tag === "" || tag === "latest" ? "Always" : "IfNotPresent";
}

function defaultContainer(c: any): void {
  if (c.image && !c.imagePullPolicy) c.imagePullPolicy = imagePullPolicy(c.image);
  c.terminationMessagePath ??= "/dev/termination-log";
  c.terminationMessagePolicy ??= "File";
  c.resources ??= {};
  for (const p of c.ports ?? []) p.protocol ??= "TCP";
  for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
    if (!probe) continue;
    probe.timeoutSeconds ??= 1;
    probe.periodSeconds ??= 10;
    probe.successThreshold ??= 1;
    probe.failureThreshold ??= 3;
    if (probe.httpGet) {
      probe.httpGet.path ??= "/";
      probe.httpGet.scheme ??= "HTTP";
    }
  }
}

const DEFAULT_TOLERATIONS = [
  { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
  { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
];

/** SetDefaults_PodSpec + SetDefaults_Container: what a pod spec gets, in a pod or a template. */
function defaultPodSpec(spec: any): void {
  spec.restartPolicy ??= "Always";
  spec.dnsPolicy ??= "ClusterFirst";
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ??= "default-scheduler";
  spec.securityContext ??= {};
  for (const c of spec.containers ?? []) if (c && typeof c === "object") defaultContainer(c);
  for (const c of spec.initContainers ?? []) if (c && typeof c === "object") defaultContainer(c);
  for (const v of spec.volumes ?? []) {
    if (v?.configMap) v.configMap.defaultMode ??= 420;
    if (v?.secret) v.secret.defaultMode ??= 420;
  }
}

/**
 * The pod template inside a workload (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job,
 * CronJob): spec defaults only. Requests from limits and enableServiceLinks are SetDefaults_Pod's
 * (upstream keeps them off templates on purpose); service account, priority and tolerations
 * come from admission when a pod is created from the template.
 */
export function defaultPodTemplate(template: any): void {
  if (!template || typeof template !== "object") return;
  template.metadata ??= {};
  defaultPodSpec((template.spec ??= {}));
}

/** Limits-only resources get requests equal to their limits (pods, not templates). */
function requestsFromLimits(c: any): void {
  if (!c?.resources?.limits) return;
  c.resources.requests ??= {};
  for (const [k, v] of Object.entries(c.resources.limits)) c.resources.requests[k] ??= v;
}

export function defaultPod(obj: KubeObject): void {
  const spec = (obj.spec ??= {});
  defaultPodSpec(spec);
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) requestsFromLimits(c);
  spec.enableServiceLinks ??= true;
  spec.serviceAccountName ??= "default";
  spec.priority ??= 0;
  spec.preemptionPolicy ??= "PreemptLowerPriority";
  const tols: any[] = (spec.tolerations ??= []);
  // DefaultTolerationSeconds: unless some toleration already covers the taint (same or empty
  // key, NoExecute or empty effect).
  for (const t of DEFAULT_TOLERATIONS) {
    if (!tols.some((x) => (x.key === t.key || !x.key) && (x.effect === t.effect || !x.effect))) tols.push({ ...t });
  }
  obj.status ??= {};
  obj.status.phase ??= "Pending";
  obj.status.qosClass ??= qosClass(spec);
}

function qosClass(spec: any): string {
  const cs: any[] = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of cs) {
    const r = c.resources?.requests ?? {};
    const l = c.resources?.limits ?? {};
    if (Object.keys(r).length || Object.keys(l).length) any = true;
    for (const k of ["cpu", "memory"]) if (!l[k] || r[k] !== l[k]) guaranteed = false;
  }
  if (!any) return "BestEffort";
  return guaranteed ? "Guaranteed" : "Burstable";
}

function validateContainers(list: any[], path: string, errs: FieldError[]): void {
  const seen = new Set<string>();
  list.forEach((c, i) => {
    const p = `${path}[${i}]`;
    if (!c.name) errs.push({ type: "Required value", field: `${p}.name` });
    else if (!DNS1123_LABEL.test(c.name) || c.name.length > 63)
      errs.push({ type: "Invalid value", field: `${p}.name`, value: c.name, detail: "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')" });
    else if (seen.has(c.name)) errs.push({ type: "Duplicate value", field: `${p}.name`, value: c.name });
    if (c.name) seen.add(c.name);
    if (!c.image || String(c.image).trim() === "") errs.push({ type: "Required value", field: `${p}.image` });
    (c.ports ?? []).forEach((port: any, j: number) => {
      const n = port.containerPort;
      if (typeof n !== "number" || n < 1 || n > 65535)
        errs.push({ type: "Invalid value", field: `${p}.ports[${j}].containerPort`, value: n ?? 0, detail: "must be between 1 and 65535, inclusive" });
    });
  });
}

export function validatePod(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const spec = obj.spec ?? {};
  if (!spec.containers || spec.containers.length === 0) errs.push({ type: "Required value", field: "spec.containers" });
  else validateContainers(spec.containers, "spec.containers", errs);
  if (spec.initContainers) validateContainers(spec.initContainers, "spec.initContainers", errs);
  // Container restartPolicy: only Always, and only on init containers (native sidecars).
  (spec.initContainers ?? []).forEach((c: any, i: number) => {
    if (c.restartPolicy !== undefined && c.restartPolicy !== "Always")
      errs.push({ type: "Unsupported value", field: `spec.initContainers[${i}].restartPolicy`, value: c.restartPolicy, detail: 'supported values: "Always"' });
  });
  (spec.containers ?? []).forEach((c: any, i: number) => {
    if (c.restartPolicy !== undefined) errs.push({ type: "Forbidden", field: `spec.containers[${i}].restartPolicy`, detail: "may not be set for non-init containers" });
  });
  if (!["Always", "OnFailure", "Never"].includes(spec.restartPolicy))
    errs.push({ type: "Unsupported value", field: "spec.restartPolicy", value: spec.restartPolicy, detail: 'supported values: "Always", "OnFailure", "Never"' });
  if (old) errs.push(...validatePodUpdate(obj, old));
  return errs;
}

/** Only images, activeDeadlineSeconds, tolerations (additions) and gates may change. */
function validatePodUpdate(obj: KubeObject, old: KubeObject): FieldError[] {
  // Most pod updates (metadata, binding) leave the spec as it was.
  if (deepEqual(obj.spec, old.spec)) return [];
  const strip = (spec: any) => {
    const s = structuredClone(spec ?? {});
    for (const c of [...(s.containers ?? []), ...(s.initContainers ?? [])]) c.image = "";
    delete s.activeDeadlineSeconds;
    delete s.tolerations;
    delete s.schedulingGates;
    // spec.nodeName is set once through the binding subresource.
    if (!old.spec?.nodeName) delete s.nodeName;
    return JSON.stringify(s);
  };
  if (strip(obj.spec) === strip(old.spec)) return [];
  return [{
    type: "Forbidden",
    field: "spec",
    detail: "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)",
  }];
}

const none = (s: string | undefined) => (s ? s : "<none>");

export const podKind: KindSpec = {
  kind: "Pod",
  apiVersion: "v1",
  group: "",
  resource: "pods",
  singular: "pod",
  shortNames: ["po"],
  namespaced: true,
  statusSubresource: true,
  tracksGeneration: true,
  defaults: defaultPod,
  validate: validatePod,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Ready", priority: 0, cell: (o, now, epoch) => podCells(o, now, epoch).ready },
    { name: "Status", priority: 0, cell: (o, now, epoch) => podCells(o, now, epoch).status },
    { name: "Restarts", priority: 0, cell: (o, now, epoch) => podCells(o, now, epoch).restarts },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
    { name: "IP", priority: 1, cell: (o) => none(o.status?.podIPs?.[0]?.ip ?? o.status?.podIP) },
    { name: "Node", priority: 1, cell: (o) => none(o.spec?.nodeName) },
    { name: "Nominated Node", priority: 1, cell: (o) => none(o.status?.nominatedNodeName) },
    { name: "Readiness Gates", priority: 1, cell: (o) => readinessGatesCell(o) },
  ],
};
