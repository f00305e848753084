// The API server's own endpoints (pkg/controlplane/reconcilers, lease reconciler): the
// selector-less default/kubernetes Service points at the control-plane node's IP on 6443, as an
// Endpoints object labelled skip-mirror and an EndpointSlice named "kubernetes". Kept here so
// `kubectl get endpoints` shows the row every real cluster has.
import type { ControllerContext, KubeObject } from "../../types";
import { deepEqual } from "../../store";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const MASTER_SERVICE = "default/kubernetes";
const CONTROL_PLANE_LABEL = "node-role.kubernetes.io/control-plane";
const API_PORT = { name: "https", port: 6443, protocol: "TCP" };

export const isControlPlane = (node: KubeObject) => node.metadata.labels?.[CONTROL_PLANE_LABEL] !== undefined;

function apiServerIPs(ctx: ControllerContext): string[] {
  return ctx.lister
    .list("nodes")
    .filter(isControlPlane)
    .map((n) => (n.status?.addresses ?? []).find((a: any) => a.type === "InternalIP")?.address as string | undefined)
    .filter((ip): ip is string => Boolean(ip))
    .sort();
}

function upsert(ctx: ControllerContext, current: KubeObject | undefined, desired: any): void {
  if (!current) {
    ctx.api.create(desired);
    return;
  }
  const { apiVersion: _a, kind: _k, metadata, ...body } = desired;
  const { apiVersion: _b, kind: _l, metadata: curMeta, ...curBody } = current as any;
  if (deepEqual(body, curBody) && deepEqual(metadata.labels, curMeta.labels)) return;
  const next: any = { apiVersion: current.apiVersion, kind: current.kind, metadata: { ...curMeta, labels: metadata.labels }, ...body };
  ctx.api.update(next);
}

export function syncMasterEndpoints(ctx: ControllerContext): void {
  const svc = ctx.lister.get("services", "default", "kubernetes");
  if (!svc) return;
  const ips = apiServerIPs(ctx);
  if (ips.length === 0) return;
  upsert(ctx, ctx.lister.get("endpoints", "default", "kubernetes"), {
    apiVersion: "v1", kind: "Endpoints",
    metadata: { name: "kubernetes", namespace: "default", labels: { "endpointslice.kubernetes.io/skip-mirror": "true" } },
    subsets: [{ addresses: ips.map((ip) => ({ ip })), ports: [API_PORT] }],
  });
  upsert(ctx, ctx.lister.get("endpointslices", "default", "kubernetes"), {
    apiVersion: "discovery.k8s.io/v1", kind: "EndpointSlice",
    metadata: { name: "kubernetes", namespace: "default", labels: { "kubernetes.io/service-name": "kubernetes" } },
    addressType: "IPv4",
    endpoints: ips.map((ip) => ({ addresses: [ip], conditions: { ready: true } })),
    ports: [API_PORT],
  });
}
