// Registry of every kind the API server serves: kind ↔ apiVersion ↔ resource ↔ short names.
// Adding a kind is one import and one entry in KINDS (order only matters for `kubectl get all`
// style listings, which keep this order).
import type { KindSpec } from "../types";
import { namespaceKind } from "./namespace";
import { configMapKind } from "./configmap";
import { secretKind } from "./secret";
import { eventKind } from "./event";
import { podKind } from "./pod";
import { nodeKind } from "./node";
import { pvKind } from "./persistentvolume";
import { pvcKind } from "./persistentvolumeclaim";
import { storageClassKind } from "./storageclass";
import { serviceKind } from "./service";
import { endpointsKind } from "./endpoints";
import { endpointSliceKind } from "./endpointslice";
import { replicaSetKind } from "./replicaset";
import { deploymentKind } from "./deployment";
import { statefulSetKind } from "./statefulset";
import { daemonSetKind } from "./daemonset";
import { controllerRevisionKind } from "./controllerrevision";
import { jobKind } from "./job";
import { cronJobKind } from "./cronjob";
import { hpaKind } from "./horizontalpodautoscaler";
import { leaseKind } from "./lease";
import { ingressKind } from "./ingress";
import { ingressClassKind } from "./ingressclass";
import { networkPolicyKind } from "./networkpolicy";

export const KINDS: readonly KindSpec[] = [
  namespaceKind,
  configMapKind,
  secretKind,
  eventKind,
  podKind,
  nodeKind,
  pvKind,
  pvcKind,
  storageClassKind,
  serviceKind,
  endpointsKind,
  endpointSliceKind,
  deploymentKind,
  replicaSetKind,
  statefulSetKind,
  daemonSetKind,
  controllerRevisionKind,
  jobKind,
  cronJobKind,
  hpaKind,
  leaseKind,
  ingressKind,
  ingressClassKind,
  networkPolicyKind,
];

const byResource = new Map<string, KindSpec>();
const byKind = new Map<string, KindSpec>();
const byAlias = new Map<string, KindSpec>();
for (const k of KINDS) {
  byResource.set(k.resource, k);
  byKind.set(`${k.apiVersion}/${k.kind}`, k);
  // kubectl's RESTMapper accepts plural, singular, short names and the kind, optionally
  // qualified by group ("deployments.apps", "deploy.apps").
  for (const alias of [k.resource, k.singular, k.kind.toLowerCase(), ...k.shortNames]) {
    if (!byAlias.has(alias)) byAlias.set(alias, k);
    if (k.group) byAlias.set(`${alias}.${k.group}`, k);
  }
}

/** The KindSpec for a plural resource name ("pods"). */
export function kindForResource(resource: string): KindSpec | undefined {
  return byResource.get(resource);
}

/** The KindSpec for apiVersion + kind ("apps/v1", "Deployment"). */
export function kindFor(apiVersion: string, kind: string): KindSpec | undefined {
  return byKind.get(`${apiVersion}/${kind}`);
}

/** Any name kubectl accepts for a resource type: "po", "pod", "pods", "deploy.apps"… */
export function resolveKind(name: string): KindSpec | undefined {
  return byAlias.get(name.toLowerCase()) ?? byAlias.get(name);
}

/** Kinds known by kind name regardless of version (to word "no matches for kind" errors). */
export function kindsNamed(kind: string): KindSpec[] {
  return KINDS.filter((k) => k.kind === kind);
}
