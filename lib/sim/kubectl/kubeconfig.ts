// The kubeconfig kubectl reads and `kubectl config` edits: one kind cluster ("kind-kind", as
// `kind create cluster` writes it) whose contexts, current context and namespaces persist in
// the cluster's state (KubectlContext.state), so they survive snapshot/restore.
import type { KubectlContext } from "./context";

export interface KubeContext { name: string; cluster: string; user: string; namespace?: string }

export interface KubeConfig {
  currentContext: string;
  contexts: KubeContext[];
  clusters: { name: string; server: string }[];
  users: { name: string }[];
}

export const KIND_NAME = "kind-kind";
/** The API server address kind publishes on the host (a fixed port here). */
export const API_SERVER_URL = "https://127.0.0.1:6443";

export function defaultKubeconfig(): KubeConfig {
  return {
    currentContext: KIND_NAME,
    contexts: [{ name: KIND_NAME, cluster: KIND_NAME, user: KIND_NAME }],
    clusters: [{ name: KIND_NAME, server: API_SERVER_URL }],
    users: [{ name: KIND_NAME }],
  };
}

/** The kubeconfig of this cluster; outside a cluster (unit tests without state), a fresh default. */
export function kubeconfigOf(ctx: KubectlContext): KubeConfig {
  return ctx.state ? ctx.state<KubeConfig>(defaultKubeconfig) : defaultKubeconfig();
}

/** The namespace of the current context ("" when it sets none). */
export function contextNamespace(cfg: KubeConfig): string {
  return cfg.contexts.find((c) => c.name === cfg.currentContext)?.namespace ?? "";
}
