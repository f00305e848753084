// Secret (core/v1): type defaults to Opaque, stringData is folded into data (base64) as the
// v1 conversion does, data values must be base64 (else the request fails to decode, 400),
// ValidateSecret's key, type and size rules, printSecret columns.
import type { FieldError, KindSpec, KubeObject } from "../types";
import { sinceText } from "../node/time";
import { MAX_CONFIG_SIZE, validateKeys } from "./configmap";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function base64Encode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? "=" : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? "=" : B64[c & 63]!;
  }
  return out;
}

/**
 * Go's base64.StdEncoding.DecodeString error position: "illegal base64 data at input byte N",
 * or undefined when valid. Returns the decoded length through `size` when valid.
 */
export function base64Error(s: string): string | undefined {
  let i = 0;
  const n = s.length;
  // Go skips \r and \n; everything else must be alphabet in quanta of 4 with '=' padding.
  const chars: { ch: string; at: number }[] = [];
  for (; i < n; i++) if (s[i] !== "\n" && s[i] !== "\r") chars.push({ ch: s[i]!, at: i });
  for (let q = 0; q < chars.length; q += 4) {
    const quantum = chars.slice(q, q + 4);
    for (let j = 0; j < quantum.length; j++) {
      const { ch, at } = quantum[j]!;
      if (ch === "=") {
        // Padding is only valid at positions 2/3 of the final quantum.
        const last = q + 4 >= chars.length;
        if (!last || j < 2) return `illegal base64 data at input byte ${at}`;
        if (j === 2 && quantum[3]?.ch !== "=") return `illegal base64 data at input byte ${quantum[3]?.at ?? n}`;
        break;
      }
      if (!B64.includes(ch)) return `illegal base64 data at input byte ${at}`;
    }
    if (quantum.length < 4) {
      if (quantum.length === 1) return `illegal base64 data at input byte ${quantum[0]!.at}`;
      return `illegal base64 data at input byte ${n}`;
    }
  }
  return undefined;
}

/** The decode step: a non-base64 value makes the whole request a 400 BadRequest. */
export function secretDecodeError(obj: KubeObject): string | undefined {
  for (const v of Object.values((obj.data ?? {}) as Record<string, unknown>)) {
    if (typeof v !== "string") return `json: cannot unmarshal ${typeof v === "number" ? "number" : typeof v} into Go struct field Secret.data of type []uint8`;
    const err = base64Error(v);
    if (err) return err;
  }
  return undefined;
}

const REQUIRED_KEYS: Record<string, string[]> = {
  "kubernetes.io/tls": ["tls.crt", "tls.key"],
  "kubernetes.io/dockerconfigjson": [".dockerconfigjson"],
  "kubernetes.io/dockercfg": [".dockercfg"],
  "kubernetes.io/basic-auth": [],
  "kubernetes.io/ssh-auth": ["ssh-privatekey"],
};

export function validateSecret(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const data = (obj.data ?? {}) as Record<string, string>;
  const errs = validateKeys("data", data);
  let total = 0;
  for (const v of Object.values(data)) total += Math.floor((String(v).replace(/=+$/, "").length * 3) / 4);
  if (total > MAX_CONFIG_SIZE) errs.push({ type: "Too long", field: "data", detail: `may not be more than ${MAX_CONFIG_SIZE} bytes` });
  for (const key of REQUIRED_KEYS[String(obj.type)] ?? []) {
    if (!(key in data)) errs.push({ type: "Required value", field: `data[${key}]`, value: "" });
  }
  if (old && old.type !== obj.type) errs.push({ type: "Invalid value", field: "type", value: obj.type, detail: "field is immutable" });
  if (old?.immutable === true && JSON.stringify(old.data ?? {}) !== JSON.stringify(obj.data ?? {})) {
    errs.push({ type: "Forbidden", field: "data", detail: "field is immutable when `immutable` is set" });
  }
  return errs;
}

export const secretKind: KindSpec = {
  kind: "Secret",
  apiVersion: "v1",
  group: "",
  resource: "secrets",
  singular: "secret",
  shortNames: [],
  namespaced: true,
  statusSubresource: false,
  tracksGeneration: false,
  defaults(obj) {
    obj.type ??= "Opaque";
    const stringData = obj.stringData as Record<string, string> | undefined;
    if (stringData) {
      const data = { ...((obj.data ?? {}) as Record<string, string>) };
      for (const [k, v] of Object.entries(stringData)) data[k] = base64Encode(String(v));
      obj.data = data;
      delete obj.stringData;
    }
  },
  validate: validateSecret,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Type", priority: 0, cell: (o) => String(o.type ?? "") },
    { name: "Data", priority: 0, cell: (o) => String(Object.keys((o.data ?? {}) as object).length) },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
  ],
};
