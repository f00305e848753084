// ConfigMap (core/v1): ValidateConfigMap's key rules and size limit, printConfigMap columns.
import type { FieldError, KindSpec, KubeObject } from "../types";
import { sinceText } from "../node/time";
import { maxLenError, regexError } from "../labels/validation";

/** Total size of data + binaryData (core validation MaxSecretSize / ConfigMap limit, 1 MiB). */
export const MAX_CONFIG_SIZE = 1024 * 1024;

const KEY_FMT = "[-._a-zA-Z0-9]+";
const KEY_RE = /^[-._a-zA-Z0-9]+$/;

/** validation.IsConfigMapKey (also used for Secret keys). */
export function isConfigMapKey(key: string): string[] {
  const errs: string[] = [];
  if (key.length > 253) errs.push(maxLenError(253));
  if (!KEY_RE.test(key)) {
    errs.push(regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'", KEY_FMT, "key.name", "KEY_NAME", "key-name"));
  }
  if (key === ".") errs.push("must not be '.'");
  else if (key === "..") errs.push("must not be '..'");
  else if (key.startsWith("..")) errs.push("must not start with '..'");
  return errs;
}

export function validateKeys(path: string, data: Record<string, unknown> | undefined): FieldError[] {
  const errs: FieldError[] = [];
  for (const key of Object.keys(data ?? {})) {
    for (const msg of isConfigMapKey(key)) errs.push({ type: "Invalid value", field: `${path}[${key}]`, value: key, detail: msg });
  }
  return errs;
}

const byteLength = (s: string) => new TextEncoder().encode(s).length;

export function validateConfigMap(obj: KubeObject): FieldError[] {
  const data = (obj.data ?? {}) as Record<string, string>;
  const binary = (obj.binaryData ?? {}) as Record<string, string>;
  const errs = [...validateKeys("data", data), ...validateKeys("binaryData", binary)];
  let total = 0;
  for (const [k, v] of Object.entries(data)) {
    total += byteLength(String(v));
    if (k in binary) errs.push({ type: "Invalid value", field: `binaryData[${k}]`, value: k, detail: "duplicate of key present in data" });
  }
  for (const v of Object.values(binary)) total += Math.floor((String(v).length * 3) / 4);
  if (total > MAX_CONFIG_SIZE) errs.push({ type: "Too long", field: "", detail: `may not be more than ${MAX_CONFIG_SIZE} bytes` });
  return errs;
}

const countKeys = (o: KubeObject) => Object.keys((o.data ?? {}) as object).length + Object.keys((o.binaryData ?? {}) as object).length;

export const configMapKind: KindSpec = {
  kind: "ConfigMap",
  apiVersion: "v1",
  group: "",
  resource: "configmaps",
  singular: "configmap",
  shortNames: ["cm"],
  namespaced: true,
  statusSubresource: false,
  tracksGeneration: false,
  validate: (obj) => validateConfigMap(obj),
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Data", priority: 0, cell: (o) => String(countKeys(o)) },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
  ],
};
