// JSON merge patch (RFC 7386): objects merge recursively, null deletes, anything else replaces.
// The result shares every member the patch does not reach with `target` (copy-on-write along the
// patched paths): stored objects are immutable, so the API server need not copy them whole.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { deepClone } from "../store/json";

const isObject = (v: unknown): v is Record<string, any> => typeof v === "object" && v !== null && !Array.isArray(v);

export function mergePatch(target: unknown, patch: unknown): any {
  if (!isObject(patch)) return deepClone(patch);
  const out: Record<string, any> = isObject(target) ? { ...target } : {};
  for (const k in patch) {
    const v = patch[k];
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}
