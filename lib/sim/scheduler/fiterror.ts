// FitError.Error (pkg/scheduler/framework/types.go) as a 1.34 cluster prints it, including the
// DRA PostFilter prefix "no new claims to deallocate, " and the preemption diagnosis.

/** "<count> <reason>" entries sorted as strings, joined by ", ". */
export function histogram(reasonsPerNode: readonly (readonly string[])[]): string {
  const counts = new Map<string, number>();
  for (const reasons of reasonsPerNode) for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${n} ${r}`).sort().join(", ");
}

export interface NodeDiagnosis { reasons: string[]; unresolvable: boolean }

export function fitErrorMessage(numNodes: number, diagnoses: readonly NodeDiagnosis[]): string {
  const head = `0/${numNodes} nodes are available`;
  if (numNodes === 0) return `no nodes available to schedule pods`;
  const main = histogram(diagnoses.map((d) => d.reasons));
  // Default preemption: unresolvable nodes are "not helpful"; the rest have no victims because the
  // simulator models every pod at the same priority.
  const pre = histogram(diagnoses.map((d) => [d.unresolvable
    ? "Preemption is not helpful for scheduling" : "No preemption victims found for incoming pod"]));
  return `${head}: ${main}. no new claims to deallocate, preemption: ${head}: ${pre}.`;
}
