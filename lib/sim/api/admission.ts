// Mutating admission plugins that need cluster state (IP/port allocators, quota…), run after
// defaulting and before validation on create and update. Adding one is one line in ADMISSION.
import type { FieldError, KindSpec, KubeObject, Lister, Random } from "../types";
import { serviceAllocation } from "../kinds/serviceips";

export interface AdmissionRequest {
  operation: "create" | "update";
  kind: KindSpec;
  /** The object being written (mutable: plugins fill in allocated values). */
  object: KubeObject;
  old?: KubeObject;
  lister: Lister;
  random: Random;
}

/** Returns field errors to reject the request (rendered as 422 Invalid). */
export type AdmissionPlugin = (req: AdmissionRequest) => FieldError[] | void;

export const ADMISSION: AdmissionPlugin[] = [
  serviceAllocation,
];

export function admit(req: AdmissionRequest): FieldError[] {
  const errs: FieldError[] = [];
  for (const plugin of ADMISSION) errs.push(...(plugin(req) ?? []));
  return errs;
}
