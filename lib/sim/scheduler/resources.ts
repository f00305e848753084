// Pod requests and node allocatable in integer units (milli-CPU, bytes, pods), as
// noderesources/fit.go#computePodResourceRequest and resource helpers.PodRequests compute them.
import type { KubeObject } from "../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface Resources {
  milliCPU: number;
  memory: number;
  pods: number;
}

const SUFFIX: Record<string, number> = {
  "": 1, n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, Pi: 1024 ** 5, Ei: 1024 ** 6,
};

/** Quantity → number of base units (a local parser so the scheduler stays self-contained). */
export function quantityValue(q: unknown): number {
  if (typeof q === "number") return q;
  if (typeof q !== "string") return 0;
  const m = /^([+-]?[0-9.]+(?:[eE][+-]?\d+)?)([a-zA-Z]*)$/.exec(q.trim());
  if (!m) return 0;
  const mult = SUFFIX[m[2]!];
  return mult === undefined ? 0 : Number(m[1]) * mult;
}

export const milliCPU = (q: unknown) => Math.ceil(Math.round(quantityValue(q) * 1e6) / 1e3);
export const bytes = (q: unknown) => Math.ceil(quantityValue(q));

function containerRequests(c: any): Resources {
  const r = c.resources?.requests ?? {};
  const l = c.resources?.limits ?? {};
  return { milliCPU: milliCPU(r.cpu ?? l.cpu ?? 0), memory: bytes(r.memory ?? l.memory ?? 0), pods: 0 };
}

/** max(sum(app containers) + sidecars, any init container) + overhead; pods = 1. */
export function podRequests(pod: KubeObject): Resources {
  const sum: Resources = { milliCPU: 0, memory: 0, pods: 1 };
  for (const c of pod.spec?.containers ?? []) {
    const r = containerRequests(c);
    sum.milliCPU += r.milliCPU;
    sum.memory += r.memory;
  }
  let sidecarCPU = 0;
  let sidecarMem = 0;
  for (const c of pod.spec?.initContainers ?? []) {
    const r = containerRequests(c);
    if (c.restartPolicy === "Always") {
      sum.milliCPU += r.milliCPU;
      sum.memory += r.memory;
      sidecarCPU += r.milliCPU;
      sidecarMem += r.memory;
    } else {
      // An init container runs alongside the sidecars started before it.
      sum.milliCPU = Math.max(sum.milliCPU, r.milliCPU + sidecarCPU);
      sum.memory = Math.max(sum.memory, r.memory + sidecarMem);
    }
  }
  const o = pod.spec?.overhead ?? {};
  sum.milliCPU += milliCPU(o.cpu ?? 0);
  sum.memory += bytes(o.memory ?? 0);
  return sum;
}

export function nodeAllocatable(node: KubeObject): Resources {
  const a = node.status?.allocatable ?? node.status?.capacity ?? {};
  return { milliCPU: milliCPU(a.cpu ?? 0), memory: bytes(a.memory ?? 0), pods: quantityValue(a.pods ?? 0) };
}

/** Score-time requests: like upstream's NonZero requests, 100m CPU / 200Mi for empty requests. */
export function nonZeroRequests(pod: KubeObject): Resources {
  const r = { milliCPU: 0, memory: 0, pods: 1 };
  for (const c of pod.spec?.containers ?? []) {
    const x = containerRequests(c);
    r.milliCPU += x.milliCPU || 100;
    r.memory += x.memory || 200 * 1024 * 1024;
  }
  return r;
}
