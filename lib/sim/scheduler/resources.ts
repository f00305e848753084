// Pod requests and node allocatable in integer units (milli-CPU, bytes, pods), as
// noderesources/fit.go#computePodResourceRequest and resource helpers.PodRequests compute them.
import type { KubeObject } from "../types";
import { parseQuantity, type Quantity } from "../util/quantity";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface Resources {
  milliCPU: number;
  memory: number;
  pods: number;
}

/** Quantity (string or number) → Quantity via util/quantity; unparsable values count as 0
 * (validation rejects them before they reach the scheduler or kubelet). */
function quantity(q: unknown): Quantity | undefined {
  if (typeof q !== "string" && typeof q !== "number") return undefined;
  try {
    return parseQuantity(String(q).trim());
  } catch {
    return undefined;
  }
}

/** Base units rounded up (Quantity.Value()): bytes, pods. */
export const quantityValue = (q: unknown) => (q === 0 ? 0 : quantity(q)?.value() ?? 0);
/** Milli-units rounded up (Quantity.MilliValue()): milli-CPU. */
export const milliCPU = (q: unknown) => (q === 0 ? 0 : quantity(q)?.milliValue() ?? 0);
export const bytes = (q: unknown) => quantityValue(q);

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
