// What kubectl is handed by the cluster (Cluster.kubectl delegates to runKubectl).
import type { ApiClient, KindSpec, VirtualMs } from "../types";

export interface KubectlContext {
  /** API client whose requests are attributed to user "kubectl". */
  readonly api: ApiClient;
  now(): VirtualMs;
  /** Every registered kind (kinds/index.ts). */
  readonly kinds: readonly KindSpec[];
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
}

export interface Command {
  name: string;
  /** Long names of flags taking a value, and short aliases (n → namespace). */
  valueFlags: readonly string[];
  boolFlags: readonly string[];
  run(ctx: KubectlContext, args: string[], flags: Flags, stdin: string | undefined): KubectlResult;
}

export const ok = (stdout: string, stderr = ""): KubectlResult => ({ stdout, stderr, exitCode: 0 });
export const fail = (stderr: string, stdout = ""): KubectlResult => ({ stdout, stderr, exitCode: 1 });

export const SHORT: Record<string, string> = { n: "namespace", l: "selector", o: "output", f: "filename", A: "all-namespaces" };
