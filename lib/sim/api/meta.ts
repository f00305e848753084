// ValidateObjectMeta (apimachinery pkg/api/validation/objectmeta.go): name or generateName,
// the kind's name rule, namespace presence, label and annotation syntax.
import type { FieldError, KindSpec, KubeObject } from "../types";
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue, maxLenError, regexError } from "../labels/validation";

const DNS1035_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
const DNS1035_RE = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

export function isDNS1035Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLenError(63));
  if (!DNS1035_RE.test(value)) {
    errs.push(regexError("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character", DNS1035_FMT, "my-name", "abc-123"));
  }
  return errs;
}

type NameRule = (name: string) => string[];

/** Name rules that differ from the default DNS-1123 subdomain. */
const NAME_RULES: Record<string, NameRule> = {
  namespaces: isDNS1123Label,
  services: isDNS1035Label,
};

export const nameRule = (k: KindSpec): NameRule => NAME_RULES[k.resource] ?? isDNS1123Subdomain;

/** generateName is checked with its trailing dash masked (MaskTrailingDash). */
const maskTrailingDash = (s: string) => (s.length > 1 && s.endsWith("-") ? `${s.slice(0, -1)}a` : s);

const TOTAL_ANNOTATION_SIZE = 256 * 1024;

export function validateObjectMeta(k: KindSpec, obj: KubeObject): FieldError[] {
  const errs: FieldError[] = [];
  const m = obj.metadata;
  const rule = nameRule(k);
  if (m.generateName) {
    for (const msg of rule(maskTrailingDash(m.generateName))) errs.push({ type: "Invalid value", field: "metadata.generateName", value: m.generateName, detail: msg });
  }
  if (!m.name) errs.push({ type: "Required value", field: "metadata.name", detail: "name or generateName is required" });
  else for (const msg of rule(m.name)) errs.push({ type: "Invalid value", field: "metadata.name", value: m.name, detail: msg });
  if (k.namespaced) {
    if (!m.namespace) errs.push({ type: "Required value", field: "metadata.namespace" });
    else for (const msg of isDNS1123Label(m.namespace)) errs.push({ type: "Invalid value", field: "metadata.namespace", value: m.namespace, detail: msg });
  } else if (m.namespace) {
    errs.push({ type: "Forbidden", field: "metadata.namespace", detail: "not allowed on this type" });
  }
  for (const [key, value] of Object.entries(m.labels ?? {})) {
    for (const msg of isQualifiedName(key)) errs.push({ type: "Invalid value", field: "metadata.labels", value: key, detail: msg });
    if (typeof value !== "string") errs.push({ type: "Invalid value", field: "metadata.labels", value, detail: "must be a string" });
    else for (const msg of isValidLabelValue(value)) errs.push({ type: "Invalid value", field: "metadata.labels", value, detail: msg });
  }
  let size = 0;
  for (const [key, value] of Object.entries(m.annotations ?? {})) {
    for (const msg of isQualifiedName(key.toLowerCase())) errs.push({ type: "Invalid value", field: "metadata.annotations", value: key, detail: msg });
    size += key.length + String(value).length;
  }
  if (size > TOTAL_ANNOTATION_SIZE) errs.push({ type: "Too long", field: "metadata.annotations", detail: `may not be more than ${TOTAL_ANNOTATION_SIZE} bytes` });
  for (const [i, ref] of (m.ownerReferences ?? []).entries()) {
    const p = `metadata.ownerReferences[${i}]`;
    if (!ref.apiVersion) errs.push({ type: "Invalid value", field: `${p}.apiVersion`, value: ref.apiVersion ?? "", detail: "version must not be empty" });
    if (!ref.kind) errs.push({ type: "Invalid value", field: `${p}.kind`, value: ref.kind ?? "", detail: "kind must not be empty" });
    if (!ref.name) errs.push({ type: "Invalid value", field: `${p}.name`, value: ref.name ?? "", detail: "name must not be empty" });
    if (!ref.uid) errs.push({ type: "Invalid value", field: `${p}.uid`, value: ref.uid ?? "", detail: "uid must not be empty" });
  }
  if ((m.ownerReferences ?? []).filter((r) => r.controller).length > 1) {
    errs.push({ type: "Invalid value", field: "metadata.ownerReferences", value: m.ownerReferences, detail: "Only one reference can have Controller set to true" });
  }
  return errs;
}
