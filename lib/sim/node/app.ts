// The simulated application inside a container: what its process does over time (from the image
// catalog or from a small shell script in command/args) and what a probe sees when it asks.
// Pure functions of (container spec, virtual ms since the container started).
import { lookupImage, type Behaviour } from "./images";
import { bytes } from "../scheduler/resources";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** A file the script creates (touch) and maybe removes (rm), in ms since start. */
export interface FileSpan { path: string; fromMs: number; untilMs?: number }

/** What a `sh -c` script in command/args does; undefined when no statement is understood. */
export interface Script { exitAfterMs: number; exitCode: number; files: FileSpan[] }

const INFINITE = /^(sleep (infinity|inf)|tail -f \/dev\/null|while (true|:)\b.*)$/;

/**
 * A tiny model of busybox sh: `sleep N`, `exit N`, `touch F`, `rm [-f] F`, `true`, `false`,
 * `sleep infinity` / `tail -f /dev/null` / `while true …` (never exits); other commands take no
 * time. Statements are split on `;`, `&&`, `||` and newlines (no conditionals are evaluated).
 */
export function parseScript(argv: readonly string[]): Script | undefined {
  if (argv.length === 0) return undefined;
  // sh -c "<script>" → the script; otherwise the argv itself is one command.
  const shell = /(^|\/)(ba)?sh$/.test(argv[0]!) && argv[1] === "-c" ? argv.slice(2).join(" ") : argv.join(" ");
  const statements = shell.split(/;|&&|\|\||\n/).map((s) => s.trim().replace(/\s+/g, " ")).filter(Boolean);
  let t = 0;
  let understood = false;
  const files: FileSpan[] = [];
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    if (INFINITE.test(s) || (s.startsWith("while ") && statements.slice(i).some((x) => x === "done"))) {
      return { exitAfterMs: Infinity, exitCode: 0, files };
    }
    let m: RegExpExecArray | null;
    if ((m = /^sleep (\d+(?:\.\d+)?)s?$/.exec(s))) { t += Math.round(Number(m[1]) * 1000); understood = true; }
    else if ((m = /^exit (\d+)$/.exec(s))) return { exitAfterMs: t, exitCode: Number(m[1]) & 255, files };
    else if (s === "false") { understood = true; if (i === statements.length - 1) return { exitAfterMs: t, exitCode: 1, files }; }
    else if ((m = /^touch (\S+)$/.exec(s))) { files.push({ path: m[1]!, fromMs: t }); understood = true; }
    else if ((m = /^rm (?:-\w+ )*(\S+)$/.exec(s))) {
      for (const f of files) if (f.path === m[1] && f.untilMs === undefined) f.untilMs = t;
      understood = true;
    } else if (s === "true") understood = true;
  }
  return understood ? { exitAfterMs: t, exitCode: 0, files } : undefined;
}

/** What the container's process does: a script in command/args, else the image default; OOM needs a limit below its use. */
export function behaviourOf(spec: any): Behaviour {
  const info = lookupImage(spec.image);
  const script = parseScript([...(spec.command ?? []), ...(spec.args ?? [])]);
  if (script) return { kind: "exit", afterMs: script.exitAfterMs, exitCode: script.exitCode, files: script.files };
  const b = tuned(info?.behaviour ?? { kind: "server", stopMs: 0, memoryMi: 10, ports: [] }, info?.repo, spec.env);
  if (b.kind === "oom") {
    const limit = spec.resources?.limits?.memory;
    return limit && bytes(limit) < b.memoryMi * 1024 * 1024 ? b : { kind: "server", stopMs: 0, memoryMi: b.memoryMi, ports: [] };
  }
  return b;
}

/** Times (ms since start) at which the app's answers to probes can change. */
export function changePoints(spec: any): number[] {
  const b = behaviourOf(spec);
  if (b.kind === "server") return [b.readyAfterMs ?? 0, b.unhealthyAfterMs ?? 0].filter((t) => t > 0);
  if (b.kind === "exit") return (b.files ?? []).flatMap((f) => (f.untilMs === undefined ? [f.fromMs] : [f.fromMs, f.untilMs]));
  return [];
}

/** Seconds from a plain env value (valueFrom is not resolved here). */
const envSeconds = (env: any[] | undefined, name: string): number | undefined => {
  const v = (env ?? []).find((e: any) => e.name === name)?.value;
  return v !== undefined && /^\d+(\.\d+)?$/.test(String(v)) ? Math.round(Number(v) * 1000) : undefined;
};

/** The ghcr.io/reconcile/* demo images read READY_AFTER / UNHEALTHY_AFTER / EXIT_AFTER (s) and EXIT_CODE. */
function tuned(b: Behaviour, repo: string | undefined, env: any[] | undefined): Behaviour {
  if (!repo?.startsWith("ghcr.io/reconcile/")) return b;
  if (b.kind === "server") {
    const ready = envSeconds(env, "READY_AFTER");
    const unhealthy = envSeconds(env, "UNHEALTHY_AFTER");
    return { ...b, ...(ready !== undefined ? { readyAfterMs: ready } : {}), ...(unhealthy !== undefined ? { unhealthyAfterMs: unhealthy } : {}) };
  }
  if (b.kind === "exit") {
    const after = envSeconds(env, "EXIT_AFTER");
    const code = (env ?? []).find((e: any) => e.name === "EXIT_CODE")?.value;
    return { ...b, ...(after !== undefined ? { afterMs: after } : {}), ...(code !== undefined && /^\d+$/.test(String(code)) ? { exitCode: Number(code) & 255 } : {}) };
  }
  return b;
}

export type ProbeType = "liveness" | "readiness" | "startup";
export interface ProbeOutcome { ok: boolean; output: string }

/** Resolves a probe's port: a number, or the name of one of the container's ports. */
function probePort(port: unknown, spec: any): number | undefined {
  if (typeof port === "number") return port;
  if (typeof port === "string" && /^\d+$/.test(port)) return Number(port);
  return (spec.ports ?? []).find((p: any) => p.name === port)?.containerPort;
}

const listening = (b: Behaviour, port: number | undefined, sinceStartMs: number) =>
  b.kind === "server" && port !== undefined && b.ports.includes(port) && sinceStartMs >= (b.readyAfterMs ?? 0);

const fileExists = (b: Behaviour, path: string, t: number) =>
  b.kind === "exit" && (b.files ?? []).some((f) => f.path === path && f.fromMs <= t && (f.untilMs === undefined || t < f.untilMs));

/**
 * What one probe attempt returns, with the prober's output text (prober.go / probe/http, tcp,
 * exec): connection refused before the app listens, the HTTP status the app answers, busybox's
 * messages for a missing file.
 */
export function runProbe(probe: any, spec: any, podIP: string, sinceStartMs: number): ProbeOutcome {
  const b = behaviourOf(spec);
  const unhealthy = b.kind === "server" && b.unhealthyAfterMs !== undefined && sinceStartMs >= b.unhealthyAfterMs;
  if (probe.httpGet) {
    const port = probePort(probe.httpGet.port, spec);
    const path: string = probe.httpGet.path || "/";
    const scheme = String(probe.httpGet.scheme ?? "HTTP").toLowerCase();
    const url = `${scheme}://${probe.httpGet.host || podIP}:${port ?? probe.httpGet.port}${path}`;
    if (!listening(b, port, sinceStartMs)) return { ok: false, output: `Get "${url}": dial tcp ${podIP}:${port ?? probe.httpGet.port}: connect: connection refused` };
    if (unhealthy) return { ok: false, output: "HTTP probe failed with statuscode: 500" };
    const paths = b.kind === "server" ? b.paths : undefined;
    if (paths && !paths.includes(path.split("?")[0]!)) return { ok: false, output: "HTTP probe failed with statuscode: 404" };
    return { ok: true, output: "" };
  }
  if (probe.tcpSocket) {
    const port = probePort(probe.tcpSocket.port, spec);
    if (!listening(b, port, sinceStartMs)) return { ok: false, output: `dial tcp ${podIP}:${port ?? probe.tcpSocket.port}: connect: connection refused` };
    return { ok: true, output: "" };
  }
  if (probe.grpc) {
    const port = probePort(probe.grpc.port, spec);
    if (!listening(b, port, sinceStartMs)) return { ok: false, output: `timeout: failed to connect service "${podIP}:${port}" within ${probe.timeoutSeconds ?? 1}s: context deadline exceeded` };
    if (unhealthy) return { ok: false, output: `service unhealthy (responded with "NOT_SERVING")` };
    return { ok: true, output: "" };
  }
  if (probe.exec) return execProbe(probe.exec.command ?? [], b, sinceStartMs, unhealthy);
  return { ok: true, output: "" };
}

/** exec probes: file tests see the script's files; other commands succeed while the app serves. */
function execProbe(argv: readonly string[], b: Behaviour, t: number, unhealthy: boolean): ProbeOutcome {
  const cmd = /(^|\/)(ba)?sh$/.test(argv[0] ?? "") && argv[1] === "-c" ? (argv[2] ?? "").trim().split(/\s+/) : [...argv];
  const [name, ...rest] = cmd;
  const file = rest.filter((a) => !a.startsWith("-")).at(-1);
  if (file && (name === "cat" || name === "ls" || name === "test" || name === "stat" || name === "[")) {
    if (fileExists(b, file, t)) return { ok: true, output: "" };
    if (name === "cat") return { ok: false, output: `cat: can't open '${file}': No such file or directory` };
    if (name === "ls") return { ok: false, output: `ls: ${file}: No such file or directory` };
    if (name === "stat") return { ok: false, output: `stat: can't stat '${file}': No such file or directory` };
    return { ok: false, output: "" };
  }
  if (name === "true") return { ok: true, output: "" };
  if (name === "false") return { ok: false, output: "" };
  // Client commands (redis-cli ping, pg_isready…) succeed while the server answers.
  const serving = b.kind !== "server" || (t >= (b.readyAfterMs ?? 0) && !unhealthy);
  return serving ? { ok: true, output: "" } : { ok: false, output: "" };
}
