// The API objects the network model reads. Everything in network/ is a pure function of a
// NetworkView, so the UI, kubectl exec curl and tests can ask "where would this go?" freely.
import type { KubeObject, Lister } from "../types";

export interface NetworkView {
  services: readonly KubeObject[];
  endpointSlices: readonly KubeObject[];
  pods: readonly KubeObject[];
  nodes: readonly KubeObject[];
}

export function viewFromLister(lister: Lister): NetworkView {
  return { services: lister.list("services"), endpointSlices: lister.list("endpointslices"), pods: lister.list("pods"), nodes: lister.list("nodes") };
}

export const CLUSTER_DOMAIN = "cluster.local";

/* eslint-disable @typescript-eslint/no-explicit-any */
export const nodeIP = (node: KubeObject): string | undefined => (node.status?.addresses ?? []).find((a: any) => a.type === "InternalIP")?.address;

/** The slices of a Service (kubernetes.io/service-name label). */
export const slicesOf = (view: NetworkView, svc: KubeObject): KubeObject[] =>
  view.endpointSlices.filter((s) => s.metadata.namespace === svc.metadata.namespace && s.metadata.labels?.["kubernetes.io/service-name"] === svc.metadata.name);
