// spec.podFailurePolicy (pkg/controller/job/pod_failure_policy.go): the first rule matching a
// failed pod — by a non-zero container exit code (In/NotIn) or a pod condition — decides
// whether the failure fails the whole Job (FailJob), is not counted (Ignore) or counts (Count).
import type { KubeObject } from "../../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface PolicyMatch {
  /** Set for a FailJob match: the FailureTarget/Failed condition message. */
  failJobMessage?: string;
  /** False for Ignore: the failure does not count towards backoffLimit. */
  countFailed: boolean;
  action?: string;
}

function matchExitCodes(pod: KubeObject, req: any): { name: string; exitCode: number } | undefined {
  for (const list of [pod.status?.containerStatuses ?? [], pod.status?.initContainerStatuses ?? []]) {
    for (const s of list as any[]) {
      const t = s.state?.terminated;
      if (!t) continue;
      if (req.containerName != null && req.containerName !== s.name) continue;
      const code = t.exitCode ?? 0;
      if (code === 0) continue;
      const values: number[] = req.values ?? [];
      const hit = req.operator === "In" ? values.includes(code) : req.operator === "NotIn" ? !values.includes(code) : false;
      if (hit) return { name: s.name, exitCode: code };
    }
  }
  return undefined;
}

function matchPodConditions(pod: KubeObject, patterns: any[]): string | undefined {
  for (const c of (pod.status?.conditions ?? []) as any[]) {
    for (const p of patterns) if (c.type === p.type && c.status === (p.status ?? "True")) return c.type;
  }
  return undefined;
}

export function matchPodFailurePolicy(policy: any, pod: KubeObject): PolicyMatch {
  if (!policy) return { countFailed: true };
  const rules: any[] = policy.rules ?? [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    let what: string | undefined;
    if (rule.onExitCodes) {
      const m = matchExitCodes(pod, rule.onExitCodes);
      if (m) what = `Container ${m.name} for pod ${pod.metadata.namespace}/${pod.metadata.name} failed with exit code ${m.exitCode} matching ${rule.action} rule at index ${i}`;
    } else if (rule.onPodConditions) {
      const c = matchPodConditions(pod, rule.onPodConditions);
      if (c) what = `Pod ${pod.metadata.namespace}/${pod.metadata.name} has condition ${c} matching ${rule.action} rule at index ${i}`;
    }
    if (what === undefined) continue;
    if (rule.action === "Ignore") return { countFailed: false, action: "Ignore" };
    if (rule.action === "Count") return { countFailed: true, action: "Count" };
    if (rule.action === "FailJob") return { failJobMessage: what, countFailed: true, action: "FailJob" };
    if (rule.action === "FailIndex") return { countFailed: true, action: "FailIndex" };
  }
  return { countFailed: true };
}
