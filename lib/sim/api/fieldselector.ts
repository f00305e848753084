// Field selectors as the API server supports them: `a=b`, `a==b`, `a!=b`, comma-separated,
// only on the fields each resource registers (pkg/apis/core/v1/conversion.go); any other
// field is a 400 "field label not supported: <field>".
import type { KubeObject } from "../types";
import { badRequest } from "./errors";

interface FieldRequirement {
  field: string;
  value: string;
  negate: boolean;
}

const COMMON = ["metadata.name", "metadata.namespace"];
const SUPPORTED: Record<string, string[]> = {
  pods: ["spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP", "status.podIPs", "status.nominatedNodeName"],
  nodes: ["spec.unschedulable"],
  namespaces: ["status.phase"],
  secrets: ["type"],
  events: ["involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type"],
  replicasets: ["status.replicas"],
  jobs: ["status.successful"],
  persistentvolumeclaims: [],
};

export interface FieldSelector {
  matches(obj: KubeObject): boolean;
}

export function parseFieldSelector(resource: string, text: string): FieldSelector {
  const reqs: FieldRequirement[] = [];
  for (const part of text.split(",")) {
    const t = part.trim();
    if (t === "") continue;
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(t);
    if (!m) throw badRequest(`invalid selector: '${text}'; can't understand '${t}'`);
    const field = m[1]!.trim();
    if (!COMMON.includes(field) && !(SUPPORTED[resource] ?? []).includes(field)) {
      throw badRequest(`field label not supported: ${field}`);
    }
    reqs.push({ field, value: m[3]!.trim(), negate: m[2] === "!=" });
  }
  return { matches: (obj) => reqs.every((r) => (fieldValue(obj, r.field) === r.value) !== r.negate) };
}

function fieldValue(obj: KubeObject, field: string): string {
  if (field === "source") return String((obj.source as { component?: string } | undefined)?.component ?? "");
  if (field === "status.podIPs") return String(obj.status?.podIPs?.[0]?.ip ?? "");
  let cur: unknown = obj;
  for (const p of field.split(".")) cur = cur && typeof cur === "object" ? (cur as Record<string, unknown>)[p] : undefined;
  if (field === "metadata.namespace" && cur === undefined) return "";
  if (cur === undefined || cur === null) return field === "spec.unschedulable" || field === "spec.hostNetwork" ? "false" : "";
  return String(cur);
}
