// What `kubectl logs` reads: the output of one container instance. Nothing is stored: the lines
// are a pure function of the pod's spec and status (container start/finish times) and the image's
// behaviour (node/images.ts, node/app.ts), so a snapshot/restore or replay prints the same log.
import { behaviourOf } from "./app";
import { lookupImage } from "./images";
import { rfc3339ToMs } from "./time";
import { timestamp } from "../clock";

/* eslint-disable @typescript-eslint/no-explicit-any */

export type LogInstance = "current" | "previous";
/** One line, at virtual ms `atMs`; `nanos` (0–999999) keeps stamps distinct within a ms. */
export interface LogLine { atMs: number; nanos: number; text: string }
export type LogResult = { lines: LogLine[] } | { error: string };

const MAX_LINES = 5000;

/**
 * The lines container `name` of `pod` has written by virtual `nowMs` (current instance) or wrote
 * before its last termination (previous), or the kubelet's BadRequest message when there is no
 * such instance (kubelet_pods.go validateContainerLogStatus wording).
 */
export function containerLogs(pod: any, name: string, instance: LogInstance, nowMs: number, epochMs: number): LogResult {
  const spec = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find((c: any) => c.name === name);
  const statuses = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])];
  const st = statuses.find((s: any) => s.name === name);
  const podName = pod.metadata?.name;
  const virtual = (ts: string | undefined) => (ts ? rfc3339ToMs(ts) - epochMs : NaN);
  if (instance === "previous") {
    const t = st?.lastState?.terminated;
    if (!spec || !t) return { error: `previous terminated container "${name}" in pod "${podName}" not found` };
    return { lines: linesOf(spec, virtual(t.startedAt), virtual(t.finishedAt)) };
  }
  const state = st?.state ?? {};
  if (!spec || state.waiting || (!state.running && !state.terminated)) {
    const reason = state.waiting?.reason;
    const why = reason === "ErrImagePull" || reason === "ImagePullBackOff" || reason === "InvalidImageName" ? "image can't be pulled" : reason || "ContainerCreating";
    // A container in back-off still has its last run's log on the node; the kubelet serves it.
    if (reason === "CrashLoopBackOff" && st?.lastState?.terminated) return containerLogs(pod, name, "previous", nowMs, epochMs);
    return { error: `container "${name}" in pod "${podName}" is waiting to start: ${why}` };
  }
  if (state.running) return { lines: linesOf(spec, virtual(state.running.startedAt), nowMs) };
  const t = state.terminated;
  return { lines: linesOf(spec, virtual(t.startedAt), virtual(t.finishedAt)) };
}

/** The instance's lines between its start and `untilMs` (its finish, or now while it runs). */
function linesOf(spec: any, startMs: number, untilMs: number): LogLine[] {
  if (!Number.isFinite(startMs)) return [];
  const end = Number.isFinite(untilMs) ? untilMs : startMs;
  const out: LogLine[] = [];
  for (const [off, text] of script(spec, end - startMs)) {
    if (off > end - startMs || out.length >= MAX_LINES) break;
    out.push({ atMs: startMs + off, nanos: Math.min(999_999, 104_729 + out.length * 7919), text });
  }
  return out;
}

type Timed = [number, string];

/** What the process prints, in ms since start, for a run that lasted `ranMs`. */
function script(spec: any, ranMs: number): Timed[] {
  const argv: string[] = [...(spec.command ?? []), ...(spec.args ?? [])];
  if (argv.length > 0) return shellOutput(argv, ranMs);
  const repo = lookupImage(spec.image)?.repo ?? "";
  const b = behaviourOf(spec);
  const short = repo.split("/").pop();
  if (short === "nginx") return nginxLines();
  if (short === "redis") return [[0, "1:C * Redis is starting oO0OoO0OoO0Oo"], [5, "1:M * Server initialized"], [6, "1:M * Ready to accept connections tcp"]];
  if (short === "postgres") return [[0, "PostgreSQL init process complete; ready for start up."], [800, "LOG:  listening on IPv4 address \"0.0.0.0\", port 5432"], [1000, "LOG:  database system is ready to accept connections"]];
  if (short === "perl") return [[b.kind === "exit" ? b.afterMs : 5000, "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651328230664709384460955058223172535"]];
  if (repo.startsWith("ghcr.io/reconcile/")) return reconcileLines(short ?? "", b);
  return [];
}

function nginxLines(): Timed[] {
  const e = "/docker-entrypoint.sh: ";
  return [
    [0, `${e}/docker-entrypoint.d/ is not empty, will attempt to perform configuration`],
    [1, `${e}Looking for shell scripts in /docker-entrypoint.d/`],
    [2, `${e}Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`],
    [3, "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf"],
    [4, "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf"],
    [5, `${e}Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`],
    [6, `${e}Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`],
    [7, `${e}Launching /docker-entrypoint.d/30-tune-worker-processes.sh`],
    [8, `${e}Configuration complete; ready for start up`],
  ];
}

/** The course's demo images say what they are doing, so a learner can read why a pod fails. */
function reconcileLines(name: string, b: ReturnType<typeof behaviourOf>): Timed[] {
  if (b.kind === "server") {
    const out: Timed[] = [[0, `${name}: starting`]];
    if (b.readyAfterMs) out.push([0, `${name}: warming up caches`]);
    out.push([b.readyAfterMs ?? 0, `${name}: listening on :${b.ports[0] ?? 8080}`]);
    if (b.unhealthyAfterMs !== undefined) out.push([b.unhealthyAfterMs, `${name}: dependency check failed; answering 500 on every path`]);
    return out;
  }
  if (b.kind === "oom") {
    const out: Timed[] = [[0, `${name}: allocating memory`]];
    for (let i = 1; i * 1000 <= b.afterMs; i++) out.push([i * 1000, `${name}: resident ${Math.round((b.memoryMi * i * 1000) / b.afterMs)}Mi`]);
    return out;
  }
  if (name === "crash") {
    return [[0, "crash: starting"], [0, "crash: loading configuration from /etc/app/config.yaml"], [b.afterMs, `crash: fatal: cannot connect to database: connection refused (exit code ${b.exitCode})`]];
  }
  // batch: one progress line a second, then the outcome.
  const total = Math.max(1, Math.round(b.afterMs / 1000));
  const out: Timed[] = [[0, `batch: processing ${total} items`]];
  for (let i = 1; i < total; i++) out.push([i * 1000, `batch: processed ${i}/${total}`]);
  out.push([b.afterMs, b.exitCode === 0 ? `batch: processed ${total}/${total}, done` : `batch: error: item ${Math.ceil(total / 2)} failed (exit code ${b.exitCode})`]);
  return out;
}

/** busybox sh: `echo` prints its words, `sleep N` takes time; `while true; do …; done` repeats. */
function shellOutput(argv: readonly string[], ranMs: number): Timed[] {
  const text = /(^|\/)(ba)?sh$/.test(argv[0]!) && argv[1] === "-c" ? argv.slice(2).join(" ") : argv.join(" ");
  const stmts = text.split(/;|&&|\|\||\n/).map((s) => s.trim().replace(/\s+/g, " ")).filter(Boolean);
  const out: Timed[] = [];
  let t = 0;
  const run = (list: string[]): number => {
    let took = 0;
    for (const s of list) {
      let m: RegExpExecArray | null;
      if ((m = /^(?:do )?sleep (\d+(?:\.\d+)?)s?$/.exec(s))) took += Math.round(Number(m[1]) * 1000);
      else if ((m = /^(?:do )?echo (.*)$/.exec(s))) out.push([t + took, unquote(m[1]!)]);
      else if (/^exit \d+$/.test(s)) return -1 - took;
    }
    return took;
  };
  const loop = stmts.findIndex((s) => /^while (true|:)\b/.test(s));
  const head = run(loop < 0 ? stmts : stmts.slice(0, loop));
  if (head < 0 || loop < 0) return out;
  t += head;
  const body = stmts.slice(loop + 1, stmts.lastIndexOf("done") < 0 ? undefined : stmts.lastIndexOf("done"));
  while (t <= ranMs && out.length < MAX_LINES) {
    const took = run(body);
    if (took <= 0) break;
    t += took;
  }
  return out;
}

const unquote = (s: string) => s.replace(/^"(.*)"$|^'(.*)'$/, (_m, a, b) => a ?? b);

/** RFC3339Nano (trailing zeros trimmed), as the CRI log prefixes each line for --timestamps. */
export function rfc3339Nano(line: LogLine, epochMs: number): string {
  const sec = timestamp(line.atMs, epochMs).slice(0, -1);
  const frac = String((((line.atMs % 1000) + 1000) % 1000) * 1_000_000 + line.nanos).padStart(9, "0").replace(/0+$/, "");
  return `${sec}${frac ? `.${frac}` : ""}Z`;
}
