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
    // orderedIntervals.String: two adjacent indexes print as "3,4", longer runs as "3-5".
    parts.push(i === j ? String(xs[i]) : j === i + 1 ? `${xs[i]},${xs[j]}` : `${xs[i]}-${xs[j]}`);
    i = j + 1;
  }
  return parts.join(",");
}

/** firstPendingIndexes: the lowest `count` indexes not succeeded, not failed and not held by a pod in `busy`. */
export function firstPendingIndexes(succeeded: ReadonlySet<number>, busy: readonly KubeObject[], count: number, completions: number, failed?: ReadonlySet<number>): number[] {
  const taken = new Set(busy.map(completionIndex));
  for (const ix of failed ?? []) taken.add(ix);
  const out: number[] = [];
  for (let i = 0; i < completions && out.length < count; i++) if (!succeeded.has(i) && !taken.has(i)) out.push(i);
  return out;
}

/** Adds the index env var to every container (addCompletionIndexEnvVariables). */
export function withIndexEnv(spec: { containers?: { env?: unknown[] }[]; initContainers?: { env?: unknown[] }[] }): void {
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    const env = (c.env ??= []) as { name: string }[];
    if (env.some((e) => e.name === "JOB_COMPLETION_INDEX")) continue;
    // PodIndexLabel is GA, so the env var reads the label.
    env.push({ name: "JOB_COMPLETION_INDEX", valueFrom: { fieldRef: { fieldPath: `metadata.labels['${COMPLETION_INDEX}']` } } } as { name: string });
  }
}

/** validateIndexesFormat: "" ok; otherwise increasing intervals "a" or "a-b" below `completions`. Returns the error text. */
export function indexesFormatError(text: string, completions: number): { total: number; error?: string } {
  let total = 0;
  let last: number | undefined;
  for (const interval of text === "" ? [] : text.split(",")) {
    const limits = interval.split("-");
    if (limits.length > 2) return { total, error: `the fragment ${JSON.stringify(interval)} violates the requirement that an index interval can have at most two parts separated by '-'` };
    const num = (s: string) => (/^[+-]?\d+$/.test(s) ? Number(s) : NaN);
    const x = num(limits[0]!);
    if (Number.isNaN(x)) return { total, error: `cannot convert string to integer for index: ${JSON.stringify(limits[0])}` };
    if (x >= completions) return { total, error: `too large index: ${JSON.stringify(limits[0])}` };
    let y = x;
    if (limits.length > 1) {
      y = num(limits[1]!);
      if (Number.isNaN(y)) return { total, error: `cannot convert string to integer for index: ${JSON.stringify(limits[1])}` };
      if (y >= completions) return { total, error: `too large index: ${JSON.stringify(limits[1])}` };
      if (x >= y) return { total, error: `non-increasing order, previous: ${x}, current: ${y}` };
    }
    if (last !== undefined && last >= x) return { total, error: `non-increasing order, previous: ${last}, current: ${x}` };
    total += y - x + 1;
    last = y;
  }
  return { total };
}

/** matchSuccessPolicy: the message of the first rule the succeeded indexes satisfy. */
export function matchSuccessPolicy(policy: { rules?: { succeededIndexes?: string; succeededCount?: number }[] } | undefined, completions: number, succeeded: ReadonlySet<number>): string | undefined {
  if (!policy || succeeded.size === 0) return undefined;
  const rules = policy.rules ?? [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (rule.succeededIndexes != null) {
      const required = parseIndexes(rule.succeededIndexes, completions);
      if (required.size === 0) continue;
      let contains = 0;
      for (const ix of required) if (succeeded.has(ix)) contains++;
      if (contains === required.size || (rule.succeededCount != null && contains >= rule.succeededCount)) return `Matched rules at index ${i}`;
    } else if (rule.succeededCount != null && succeeded.size >= rule.succeededCount) return `Matched rules at index ${i}`;
  }
  return undefined;
}
