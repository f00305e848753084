// kubectl create namespace / configmap / secret generic (kubectl pkg/cmd/create). Only
// --from-literal sources: the simulator has no local files for --from-file/--from-env-file.
import { fail, type Flags, type KubectlResult } from "../context";
import { flag } from "../flags";
import { regexError } from "../../labels/validation";
import { emit, meta } from "./create-output";
import type { CreateSub } from "./create-subcommands";

/** validation.IsConfigMapKey, shared by ConfigMap and Secret keys. */
function configKeyErrors(key: string): string[] {
  const errs: string[] = [];
  if (key.length > 253) errs.push("must be no more than 253 characters");
  if (!/^[-._a-zA-Z0-9]+$/.test(key)) {
    errs.push(regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'", "[-._a-zA-Z0-9]+", "key.name", "KEY_NAME", "key-name"));
  }
  if (key === ".") errs.push("must not be '.'");
  else if (key === "..") errs.push("must not be '..'");
  else if (key.startsWith("..")) errs.push("must not start with '..'");
  return errs;
}

/** --from-literal=key=value pairs in order, or kubectl's error for the first bad one. */
function literals(flags: Flags, check: (key: string, seen: Map<string, string>) => string | undefined): Map<string, string> | string {
  const out = new Map<string, string>();
  for (const src of flags.values.get("from-literal") ?? []) {
    const eq = src.indexOf("=");
    if (eq < 0) return `error: invalid literal source ${src}, expected key=value\n`;
    const key = src.slice(0, eq);
    const err = check(key, out);
    if (err) return `error: ${err}\n`;
    out.set(key, src.slice(eq + 1));
  }
  return out;
}

function rejectFiles(flags: Flags): KubectlResult | undefined {
  if (flags.values.has("from-file") || flags.values.has("from-env-file")) return fail("error: --from-file and --from-env-file are not supported by this simulator (no local files); use --from-literal\n");
  return undefined;
}

export const createNamespace: CreateSub = {
  name: "namespace",
  aliases: ["ns"],
  valueFlags: [],
  run(ctx, name, _rest, flags): KubectlResult {
    const ns = { kind: "Namespace", apiVersion: "v1", metadata: meta(name, undefined), spec: {}, status: {} };
    return emit(ctx, flags, ns as never, "namespace", false);
  },
};

export const createConfigMap: CreateSub = {
  name: "configmap",
  aliases: ["cm"],
  valueFlags: ["from-literal", "from-file", "from-env-file"],
  run(ctx, name, _rest, flags): KubectlResult {
    const files = rejectFiles(flags);
    if (files) return files;
    const data = literals(flags, (key, seen) => {
      const errs = configKeyErrors(key);
      if (errs.length) return `"${key}" is not a valid key name for a ConfigMap: ${errs.join(",")}`;
      if (seen.has(key)) return `cannot add key "${key}", another key by that name already exists in Data for ConfigMap "${name}"`;
      return undefined;
    });
    if (typeof data === "string") return fail(data);
    const cm = { kind: "ConfigMap", apiVersion: "v1", metadata: meta(name, flag(flags, "namespace")), ...(data.size ? { data: Object.fromEntries(data) } : {}) };
    return emit(ctx, flags, cm as never, "configmap", true, "created", "failed to create configmap: ");
  },
};

/** UTF-8 bytes → base64, as encoding/json writes a []byte. */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export const createSecretGeneric: CreateSub = {
  name: "generic",
  aliases: [],
  valueFlags: ["from-literal", "from-file", "from-env-file", "type"],
  run(ctx, name, _rest, flags): KubectlResult {
    const files = rejectFiles(flags);
    if (files) return files;
    const data = literals(flags, (key, seen) => {
      const errs = configKeyErrors(key);
      if (errs.length) return `"${key}" is not valid key name for a Secret ${errs.join(";")}`;
      if (seen.has(key)) return `cannot add key ${key}, another key by that name already exists`;
      return undefined;
    });
    if (typeof data === "string") return fail(data);
    const type = flag(flags, "type");
    const encoded = Object.fromEntries([...data].map(([k, v]) => [k, base64(v)]));
    const secret = {
      kind: "Secret",
      apiVersion: "v1",
      metadata: meta(name, flag(flags, "namespace")),
      ...(data.size ? { data: encoded } : {}),
      ...(type ? { type } : {}),
    };
    // Upstream's message has no colon here: "failed to create secret secrets "x" already exists".
    return emit(ctx, flags, secret as never, "secret", true, "created", "failed to create secret ");
  },
};
