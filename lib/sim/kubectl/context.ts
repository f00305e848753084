// What kubectl is handed by the cluster (Cluster.kubectl delegates to runKubectl).
import type { ApiClient, KindSpec, KubeObject, VirtualMs, WatchEventType } from "../types";
import type { NetworkAccess } from "../network/access";

export interface KubectlContext {
  /** API client whose requests are attributed to user "kubectl". */
  readonly api: ApiClient;
  now(): VirtualMs;
  /** Every registered kind (kinds/index.ts). */
  readonly kinds: readonly KindSpec[];
  /** Wall-clock ms of virtual 0 (clock.ts EPOCH_MS when absent), for ages and RFC 3339 stamps. */
  readonly epochMs?: number;
  /** Set inside a cluster: lets blocking commands (rollout status) watch while virtual time runs. */
  readonly waiter?: KubectlWaiter;
  /** Set inside a cluster: the network model for `kubectl exec … -- curl` and the laptop's curl/hey. */
  readonly network?: NetworkAccess;
  /**
   * kubectl's own persistent state (the kubeconfig: contexts, current context, namespaces), kept
   * in the cluster snapshot; absent in unit tests, where a fresh default kubeconfig is used.
   */
  state?<T>(init: () => T): T;
}

/** The cluster's side of a blocking command: watch events and one timer at a time. */
export interface KubectlWaiter {
  /** The store's latest revision (watch from here). */
  revision(): number;
  /** The stored object as a cache read (no API request), to notice cheaply that it changed. */
  peek(resource: string, namespace: string | undefined, name: string): KubeObject | undefined;
  /** Watch events of `resource` after `fromRevision`, in revision order. */
  events(resource: string, fromRevision: number): readonly { type: WatchEventType; revision: number; object: KubeObject }[];
  /** Fires the next timer due at or before `deadline` and the work it causes; false when none is due. */
  step(deadline: VirtualMs): boolean;
  /** Moves virtual time to `at` (firing what falls due on the way). */
  advanceTo(at: VirtualMs): void;
}

export interface KubectlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Parsed flags of one command line. */
export interface Flags {
  values: Map<string, string[]>;
  bools: Set<string>;
  /** The current context's namespace (kubeconfig), used when no -n is given. */
  contextNamespace?: string;
  /** How many args came before "--" (cobra's ArgsLenAtDash); undefined when there was no "--". */
  argsLenAtDash?: number;
}

export interface Command {
  name: string;
  /** Long names of flags taking a value, and short aliases (n → namespace). */
  valueFlags: readonly string[];
  boolFlags: readonly string[];
  /** Shorthands that differ from SHORT for this command (patch: p → patch). */
  shorts?: Readonly<Record<string, string>>;
  run(ctx: KubectlContext, args: string[], flags: Flags, stdin: string | undefined): KubectlResult;
}

export const ok = (stdout: string, stderr = ""): KubectlResult => ({ stdout, stderr, exitCode: 0 });
export const fail = (stderr: string, stdout = ""): KubectlResult => ({ stdout, stderr, exitCode: 1 });

export const SHORT: Record<string, string> = { n: "namespace", l: "selector", o: "output", f: "filename", A: "all-namespaces", w: "watch", L: "label-columns", c: "container", p: "previous" };
