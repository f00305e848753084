// Commands run inside a container (kubectl exec): which binaries the image has, and what they
// print. Images differ as the real ones do: nginx (Debian) has curl and getent but no wget or
// nslookup; busybox/alpine have BusyBox wget and nslookup but no curl; the course's
// ghcr.io/reconcile/* images are Alpine with curl added. A missing binary fails as containerd's
// runc does ("executable file not found in $PATH").
import type { KubeObject, Lister } from "../../types";
import { normalizeImage } from "../../node/images";
import { resolve, searchPath } from "../dns";
import { checkPolicies, COREDNS_PEER, KUBE_DNS_IP } from "../netpol";
import { sourcePeer } from "../route";
import { CLUSTER_DOMAIN } from "../view";
import type { NetEnv } from "../request";
import { curl } from "./curl";
import { wget } from "./wget";
import { containerEnv } from "./env";
import type { ProgramResult } from "./result";

/* eslint-disable @typescript-eslint/no-explicit-any */

type Flavour = "debian" | "busybox";

const BASE = ["sh", "env", "hostname", "cat", "ls", "echo", "true", "false", "sleep", "printenv"];
const TOOLS: Record<string, { flavour: Flavour; tools: string[]; curl?: string }> = {
  "docker.io/library/nginx": { flavour: "debian", tools: [...BASE, "bash", "curl", "getent"], curl: "7.88.1" },
  "docker.io/library/httpd": { flavour: "debian", tools: [...BASE, "bash", "getent"] },
  "docker.io/library/redis": { flavour: "debian", tools: [...BASE, "bash", "getent", "redis-cli"] },
  "docker.io/library/postgres": { flavour: "debian", tools: [...BASE, "bash", "getent", "psql", "pg_isready"] },
  "docker.io/library/mysql": { flavour: "debian", tools: [...BASE, "bash", "getent", "mysql"] },
  "docker.io/library/perl": { flavour: "debian", tools: [...BASE, "bash", "getent", "perl", "curl", "wget"], curl: "7.88.1" },
  "docker.io/library/busybox": { flavour: "busybox", tools: [...BASE, "wget", "nslookup"] },
  "docker.io/library/alpine": { flavour: "busybox", tools: [...BASE, "wget", "nslookup"] },
};
const RECONCILE = { flavour: "busybox" as Flavour, tools: [...BASE, "wget", "nslookup", "curl"], curl: "8.9.1" };

function toolbox(image: string) {
  const repo = normalizeImage(image).repo;
  return TOOLS[repo] ?? (repo.startsWith("ghcr.io/reconcile/") || repo.startsWith("registry.k8s.io/") ? RECONCILE : { flavour: "busybox" as Flavour, tools: BASE });
}

export interface ExecTarget {
  pod: KubeObject;
  container: any;
  lister: Lister;
  /** kubectl exec -t: stdout is a terminal. */
  tty: boolean;
  /** The env/envFrom values the kubelet resolved when it created this container. */
  env?: [string, string][];
  /** Files of mounted ConfigMap/Secret volumes, path → content (node/volumes.ts). */
  mounted?: Record<string, string>;
}

const ok = (stdout: string): ProgramResult => ({ stdout, stderr: "", exitCode: 0 });
const hostnameOf = (pod: KubeObject) => pod.spec?.hostname ?? pod.metadata.name;

function files(t: ExecTarget): Record<string, string> {
  const ns = t.pod.metadata.namespace ?? "default";
  const ip = t.pod.status?.podIP ?? "";
  const host = hostnameOf(t.pod);
  const fqdn = t.pod.spec?.subdomain ? `${host}.${t.pod.spec.subdomain}.${ns}.svc.${CLUSTER_DOMAIN}\t${host}` : host;
  return {
    "/etc/resolv.conf": `search ${searchPath(ns).join(" ")}\nnameserver ${KUBE_DNS_IP}\noptions ndots:5\n`,
    "/etc/hostname": `${host}\n`,
    "/etc/hosts": `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${ip}\t${fqdn}\n`,
    "/var/run/secrets/kubernetes.io/serviceaccount/namespace": ns,
    ...t.mounted,
  };
}

function nslookup(env: NetEnv, t: ExecTarget, args: string[]): ProgramResult {
  const name = args.find((a) => !a.startsWith("-"));
  if (!name) return { stdout: "", stderr: "BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n", exitCode: 1 };
  const from = { pod: { namespace: t.pod.metadata.namespace!, name: t.pod.metadata.name } };
  const head = `Server:\t\t${KUBE_DNS_IP}\nAddress:\t${KUBE_DNS_IP}:53\n\n`;
  const dns = checkPolicies(env.view, sourcePeer(env.view, from), COREDNS_PEER, 53, "UDP");
  if (!dns.allowed) return { stdout: ";; connection timed out; no servers could be reached\n\n", stderr: "", exitCode: 1 };
  const a = resolve(env.view, name, t.pod.metadata.namespace ?? "default");
  if (a.rcode === "NXDOMAIN") return { stdout: `${head}** server can't find ${a.name}: NXDOMAIN\n\n`, stderr: "", exitCode: 1 };
  const lines = a.cname ? [`${a.name}\tcanonical name = ${a.cname}`] : [];
  for (const ip of a.a) lines.push(`Name:\t${a.name}\nAddress: ${ip}`);
  return ok(`${head}${lines.join("\n")}\n\n`);
}

function getent(env: NetEnv, t: ExecTarget, args: string[]): ProgramResult {
  if (args[0] !== "hosts" && args[0] !== "ahosts") return { stdout: "", stderr: `Unknown database: ${args[0] ?? ""}\nTry \`getent --help' or \`getent --usage' for more information.\n`, exitCode: 1 };
  const name = args[1];
  if (!name) return { stdout: "", stderr: "", exitCode: 2 };
  if (name === "localhost") return ok("::1             localhost ip6-localhost ip6-loopback\n");
  const from = { pod: { namespace: t.pod.metadata.namespace!, name: t.pod.metadata.name } };
  if (!checkPolicies(env.view, sourcePeer(env.view, from), COREDNS_PEER, 53, "UDP").allowed) return { stdout: "", stderr: "", exitCode: 2 };
  const a = resolve(env.view, name, t.pod.metadata.namespace ?? "default");
  if (a.rcode === "NXDOMAIN" || a.a.length === 0) return { stdout: "", stderr: "", exitCode: 2 };
  return ok(a.a.map((ip) => `${ip.padEnd(15)} ${a.name}\n`).join(""));
}

function cat(t: ExecTarget, flavour: Flavour, args: string[]): ProgramResult {
  const fs = files(t);
  let stdout = "";
  let stderr = "";
  for (const f of args.filter((a) => !a.startsWith("-"))) {
    if (f in fs) stdout += fs[f];
    else stderr += flavour === "busybox" ? `cat: can't open '${f}': No such file or directory\n` : `cat: ${f}: No such file or directory\n`;
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

/** A `sh -c` script: one simple command, optionally `a && b` / `a; b` chains. Pipes are not modelled. */
function shell(env: NetEnv, t: ExecTarget, script: string): ProgramResult {
  const out: ProgramResult = { stdout: "", stderr: "", exitCode: 0 };
  for (const part of script.split(/(&&|;|\|\|)/)) {
    const s = part.trim();
    if (s === "&&" || s === ";" || s === "||") continue;
    if (!s) continue;
    const words = s.match(/'[^']*'|"[^"]*"|\S+/g)?.map((w) => w.replace(/^['"]|['"]$/g, "")) ?? [];
    const r = runInContainer(env, t, words);
    out.stdout += r.stdout;
    out.stderr += r.stderr;
    out.exitCode = r.exitCode;
  }
  return out;
}

/** Runs argv in the container. `notFound` is the runtime's error text when the binary is missing. */
export function runInContainer(env: NetEnv, t: ExecTarget, argv: readonly string[]): ProgramResult & { notFound?: string } {
  const [cmd0, ...args] = argv;
  const cmd = (cmd0 ?? "").replace(/^\/(usr\/)?(s?bin)\//, "");
  const box = toolbox(t.container.image);
  if (!box.tools.includes(cmd)) return { stdout: "", stderr: "", exitCode: 127, notFound: cmd0 ?? "" };
  const from = { pod: { namespace: t.pod.metadata.namespace!, name: t.pod.metadata.name } };
  switch (cmd) {
    case "sh":
    case "bash":
      if (args[0] === "-c") return shell(env, t, args[1] ?? "");
      return ok(""); // no stdin attached: the shell reads EOF and exits
    case "curl":
      return curl({ ...env, from, version: box.curl ?? "8.9.1", tty: t.tty }, args);
    case "wget":
      return wget({ ...env, from }, args);
    case "nslookup":
      return nslookup(env, t, args);
    case "getent":
      return getent(env, t, args);
    case "hostname":
      return ok(`${hostnameOf(t.pod)}\n`);
    case "env":
    case "printenv": {
      const vars = containerEnv(t.pod, t.container, t.lister, t.env);
      if (cmd === "printenv" && args.length) {
        const picked = args.map((a) => vars.find(([k]) => k === a)).filter((v): v is [string, string] => v !== undefined);
        return { stdout: picked.map(([, v]) => `${v}\n`).join(""), stderr: "", exitCode: picked.length === args.length ? 0 : 1 };
      }
      return ok(vars.map(([k, v]) => `${k}=${v}\n`).join(""));
    }
    case "cat":
      return cat(t, box.flavour, args);
    case "ls": {
      const dir = args.find((a) => !a.startsWith("-")) ?? "/";
      if (dir === "/") return ok(["bin", "dev", "etc", "home", "lib", "proc", "root", "run", "sys", "tmp", "usr", "var"].join("\n") + "\n");
      const names = Object.keys(files(t)).filter((f) => f.startsWith(dir.replace(/\/?$/, "/"))).map((f) => f.slice(dir.replace(/\/?$/, "/").length).split("/")[0]!);
      if (names.length) return ok([...new Set(names)].sort().join("\n") + "\n");
      return { stdout: "", stderr: box.flavour === "busybox" ? `ls: ${dir}: No such file or directory\n` : `ls: cannot access '${dir}': No such file or directory\n`, exitCode: box.flavour === "busybox" ? 1 : 2 };
    }
    case "echo":
      return ok(`${args.join(" ")}\n`);
    case "true":
    case "sleep":
      return ok("");
    case "false":
      return { stdout: "", stderr: "", exitCode: 1 };
    default:
      // Client tools of server images answer as their server does locally (redis-cli ping → PONG).
      if (cmd === "redis-cli" && args.at(-1)?.toLowerCase() === "ping") return ok("PONG\n");
      return ok("");
  }
}
