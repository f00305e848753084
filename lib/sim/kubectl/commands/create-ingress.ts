// kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]] (kubectl
// pkg/cmd/create/create_ingress.go): one rule per host, a path per --rule (Exact, or Prefix when
// the path ends in "*", which is dropped), a TLS entry per host of a rule with ",tls" (rules
// sharing a secret share the entry), --default-backend svc:port, --class and --annotation.
import { fail, type Flags, type KubectlResult } from "../context";
import { flag } from "../flags";
import { emit, meta } from "./create-output";
import type { CreateSub } from "./create-subcommands";

// The rule must start with this (upstream matches a prefix, not the whole rule): \w is [0-9A-Za-z_].
const RULE = /^([\w*\-.]*)(\/.*)=([\w-]+):([\w-]+)(,(tls)=?([\w-]+)?)?/;

type Backend = { service: { name: string; port: { name?: string; number?: number } } };

/** intstr.Parse: a number when strconv.Atoi accepts the text, else a port name (0 is omitted). */
function backendOf(service: string): Backend {
  const [name = "", port = ""] = service.split(":");
  const n = /^[+-]?\d+$/.test(port) ? Number(port) : undefined;
  return { service: { name, port: n === undefined ? { name: port } : n === 0 ? {} : { number: n } } };
}

function pathOf(pathAndService: string): { path: string; pathType: string; backend: Backend } {
  const [p = "", service = ""] = pathAndService.split("=");
  let path = `/${p}`;
  let pathType = "Exact";
  if (path.endsWith("*")) {
    pathType = "Prefix";
    path = path.slice(0, -1);
  }
  return { path, pathType, backend: backendOf(service) };
}

type Rule = { host?: string; http: { paths: ReturnType<typeof pathOf>[] } };
type Tls = { hosts?: string[]; secretName?: string };

function rulesOf(rules: readonly string[]): Rule[] {
  const out: Rule[] = [];
  for (const rule of rules) {
    const withoutTls = rule.split(",")[0] ?? "";
    const slash = withoutTls.indexOf("/");
    const host = withoutTls.slice(0, slash);
    const path = pathOf(withoutTls.slice(slash + 1));
    const same = out.find((r) => (r.host ?? "") === host);
    if (same) same.http.paths.push(path);
    else out.push({ ...(host ? { host } : {}), http: { paths: [path] } });
  }
  return out;
}

function tlsOf(rules: readonly string[]): Tls[] {
  const out: Tls[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const parts = rule.split(",");
    if (parts.length !== 2) continue;
    const host = rule.slice(0, Math.max(0, rule.indexOf("/")));
    const secret = (parts[1] ?? "").split("=")[1] ?? "";
    if (seen.has(host)) continue;
    seen.add(host);
    const shared = out.find((t) => (t.secretName ?? "") === secret);
    if (shared) {
      shared.hosts = [...(shared.hosts ?? []), host];
      continue;
    }
    const tls: Tls = { ...(host ? { hosts: [host] } : {}), ...(secret ? { secretName: secret } : {}) };
    if (tls.hosts || tls.secretName) out.push(tls);
  }
  return out;
}

function validate(rules: readonly string[], annotations: readonly string[], defaultBackend: string): string | undefined {
  if (defaultBackend === "" && rules.length === 0) return "not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)";
  for (const rule of rules) {
    // The second test stands for upstream's crash on a path containing "=" (split at the first "=").
    const service = (rule.split(",")[0] ?? "").split("/").slice(1).join("/").split("=")[1] ?? "";
    if (!RULE.test(rule) || !service.includes(":")) return `rule ${rule} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`;
  }
  for (const a of annotations) if (!a.includes("=")) return `annotation ${a} is invalid and should be in format key=[value]`;
  if (defaultBackend !== "" && defaultBackend.split(":").length !== 2) return "default-backend should be in format servicename:serviceport";
  return undefined;
}

export const createIngress: CreateSub = {
  name: "ingress",
  aliases: ["ing"],
  valueFlags: ["class", "rule", "default-backend", "annotation"],
  run(ctx, name, _rest, flags: Flags): KubectlResult {
    const rules = flags.values.get("rule") ?? [];
    const annotationFlags = flags.values.get("annotation") ?? [];
    const defaultBackend = flag(flags, "default-backend") ?? "";
    const invalid = validate(rules, annotationFlags, defaultBackend);
    if (invalid) return fail(`error: ${invalid}\n`);
    const annotations = Object.fromEntries(annotationFlags.map((a) => [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]));
    const className = flag(flags, "class") ?? "";
    const tls = tlsOf(rules);
    const ingressRules = rulesOf(rules);
    const ingress = {
      kind: "Ingress",
      apiVersion: "networking.k8s.io/v1",
      metadata: { ...meta(name, flag(flags, "namespace")), ...(annotationFlags.length ? { annotations } : {}) },
      // IngressSpec field order: ingressClassName, defaultBackend, tls, rules.
      spec: {
        ...(className ? { ingressClassName: className } : {}),
        ...(defaultBackend ? { defaultBackend: backendOf(defaultBackend) } : {}),
        ...(tls.length ? { tls } : {}),
        ...(ingressRules.length ? { rules: ingressRules } : {}),
      },
      status: { loadBalancer: {} },
    };
    return emit(ctx, flags, ingress as never, "ingress.networking.k8s.io", true, "created", "failed to create ingress: ");
  },
};
