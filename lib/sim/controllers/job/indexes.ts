// Indexed completion mode (pkg/controller/job/indexed_job_utils.go): each pod carries its
// completion index (annotation + label), gets hostname <job>-<index> and JOB_COMPLETION_INDEX;
// status.completedIndexes is the compressed interval list "0-2,4".
import type { KubeObject } from "../../types";

export const COMPLETION_INDEX = "batch.kubernetes.io/job-completion-index";

/** The pod's completion index, or -1 when missing or malformed. */
export function completionIndex(pod: KubeObject): number {
  const v = pod.metadata.annotations?.[COMPLETION_INDEX];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : -1;
}

export function parseIndexes(text: string | undefined, completions: number): Set<number> {
  const out = new Set<number>();
  for (const part of (text ?? "").split(",")) {
    if (!part) continue;
    const [a, b] = part.split("-");
    const lo = Number(a);
    const hi = b === undefined ? lo : Number(b);
    if (!Number.isInteger(lo) || !Number.isInteger(hi)) continue;
    for (let i = lo; i <= hi && i < completions; i++) out.add(i);
  }
  return out;
}

export function formatIndexes(set: ReadonlySet<number>): string {
  const xs = [...set].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < xs.length; ) {
    let j = i;
    while (j + 1 < xs.length && xs[j + 1] === xs[j]! + 1) j++;
    parts.push(i === j ? String(xs[i]) : `${xs[i]}-${xs[j]}`);
    i = j + 1;
  }
  return parts.join(",");
}

/** firstPendingIndexes: the lowest `count` indexes neither succeeded nor held by an active pod. */
export function firstPendingIndexes(succeeded: ReadonlySet<number>, active: readonly KubeObject[], count: number, completions: number): number[] {
  const taken = new Set(active.map(completionIndex));
  const out: number[] = [];
  for (let i = 0; i < completions && out.length < count; i++) if (!succeeded.has(i) && !taken.has(i)) out.push(i);
  return out;
}

/** Adds the index env var to every container (addCompletionIndexEnvVariables). */
export function withIndexEnv(spec: { containers?: { env?: unknown[] }[]; initContainers?: { env?: unknown[] }[] }): void {
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    const env = (c.env ??= []) as { name: string }[];
    if (env.some((e) => e.name === "JOB_COMPLETION_INDEX")) continue;
    env.push({ name: "JOB_COMPLETION_INDEX", valueFrom: { fieldRef: { fieldPath: `metadata.annotations['${COMPLETION_INDEX}']` } } } as { name: string });
  }
}
