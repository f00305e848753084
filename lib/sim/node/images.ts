// Image catalog of the container runtime model: what each image is, how big (pull time), and how
// its default process behaves. Probes ask the app (node/app.ts), so the behaviour decides what a
// liveness/readiness/startup probe returns:
//
//   image                          behaviour
//   nginx, httpd                   healthy web server on :80; serves "/" and "/index.html" (other paths 404)
//   redis, postgres, mysql         healthy server on 6379 / 5432 / 3306 (exec client probes succeed)
//   busybox, alpine                `sh` exits 0 at once; with command/args runs the script (node/app.ts
//                                  parseScript: sleep N, exit N, touch/rm F, sleep infinity…)
//   perl                           exits 0 after 5 s (the Job docs' `perl -Mbignum=bpi …` pi example)
//   ghcr.io/reconcile/web:v1,v2    healthy server on :8080; serves /, /healthz, /readyz
//   ghcr.io/reconcile/slow-start   listens on :8080 only 30 s after start (ready after 30 s)
//   ghcr.io/reconcile/unhealthy    healthy on :8080 for 30 s, then answers 500 on every path
//   ghcr.io/reconcile/batch        batch job: exits 0 after 10 s (v1) or 30 s (v2); `fail` tag exits 1 after 5 s
//   ghcr.io/reconcile/crash        exits 1 after 2 s (CrashLoopBackOff)
//   ghcr.io/reconcile/memhog       grows to 512Mi within 3 s: OOMKilled under a lower memory limit
//   registry.k8s.io/ingress-nginx/controller, …/cloud-provider-kind/cloud-controller-manager: add-ons
//
// The ghcr.io/reconcile/* images take plain env values (seconds) to tune N: READY_AFTER and
// UNHEALTHY_AFTER (web, slow-start, unhealthy), EXIT_AFTER and EXIT_CODE (batch, crash).
// Server images stop within `stopMs` on SIGTERM (exit 0); script/batch processes run as PID 1 sh,
// which ignores SIGTERM, so they are killed (137) when the grace period ends.

export type Behaviour =
  | {
      kind: "server";
      stopMs: number;
      memoryMi: number;
      /** TCP ports the process listens on. */
      ports: number[];
      /** HTTP paths answered 200 (others 404); undefined: every path. */
      paths?: string[];
      /** Ports open only this long after start ("ready after N s"). */
      readyAfterMs?: number;
      /** From this long after start, HTTP answers 500 ("becomes unhealthy after N s"). */
      unhealthyAfterMs?: number;
    }
  | { kind: "exit"; afterMs: number; exitCode: number; files?: { path: string; fromMs: number; untilMs?: number }[] }
  | { kind: "oom"; afterMs: number; memoryMi: number };

export interface ImageInfo { repo: string; tag: string; sizeBytes: number; behaviour: Behaviour }

type ServerOpts = { memoryMi?: number; paths?: string[]; readyAfterMs?: number; unhealthyAfterMs?: number };
const server = (stopMs: number, ports: number[], o: ServerOpts = {}): Behaviour => ({ kind: "server", stopMs, memoryMi: o.memoryMi ?? 20, ports, ...o });
const exits = (afterMs: number, exitCode = 0): Behaviour => ({ kind: "exit", afterMs, exitCode });
const STATIC = ["/", "/index.html"];
const WEB = ["/", "/healthz", "/readyz"];

const CATALOG: Record<string, { tags: string[]; size: number; behaviour: Behaviour; byTag?: Record<string, Behaviour> }> = {
  "docker.io/library/nginx": { tags: ["1.25", "1.26", "1.27", "latest"], size: 72_099_410, behaviour: server(100, [80], { paths: STATIC }) },
  "docker.io/library/httpd": { tags: ["2.4", "latest"], size: 58_100_000, behaviour: server(1000, [80], { paths: STATIC }) },
  "docker.io/library/redis": { tags: ["7", "7.2", "latest"], size: 45_400_000, behaviour: server(200, [6379]) },
  "docker.io/library/postgres": { tags: ["16", "17", "latest"], size: 158_000_000, behaviour: server(2000, [5432], { memoryMi: 60 }) },
  "docker.io/library/mysql": { tags: ["8.0", "8.4", "latest"], size: 170_000_000, behaviour: server(3000, [3306], { memoryMi: 400 }) },
  // busybox/alpine run `sh`, which exits at once without a terminal.
  "docker.io/library/busybox": { tags: ["1.36", "1.37", "latest"], size: 2_160_000, behaviour: exits(0) },
  "docker.io/library/alpine": { tags: ["3.20", "3.21", "latest"], size: 3_620_000, behaviour: exits(0) },
  "docker.io/library/perl": { tags: ["5.34.0", "5.40", "latest"], size: 336_000_000, behaviour: exits(5000) },
  "ghcr.io/reconcile/web": { tags: ["v1", "v2"], size: 12_500_000, behaviour: server(100, [8080], { paths: WEB }) },
  "ghcr.io/reconcile/slow-start": { tags: ["v1", "latest"], size: 12_500_000, behaviour: server(100, [8080], { paths: WEB, readyAfterMs: 30_000 }) },
  "ghcr.io/reconcile/unhealthy": { tags: ["v1", "latest"], size: 12_500_000, behaviour: server(100, [8080], { paths: WEB, unhealthyAfterMs: 30_000 }) },
  "ghcr.io/reconcile/batch": { tags: ["v1", "v2", "fail", "latest"], size: 4_000_000, behaviour: exits(10_000), byTag: { v2: exits(30_000), fail: exits(5000, 1) } },
  "ghcr.io/reconcile/crash": { tags: ["v1", "latest"], size: 5_000_000, behaviour: exits(2000, 1) },
  // Cluster add-ons the networking lessons install (network/addons.ts): the ingress-nginx
  // controller (HTTP/HTTPS, health on :10254) and cloud-provider-kind, which assigns LB IPs.
  "registry.k8s.io/ingress-nginx/controller": { tags: ["v1.11.3", "v1.12.0"], size: 105_000_000, behaviour: server(1000, [80, 443, 10254]) },
  "registry.k8s.io/cloud-provider-kind/cloud-controller-manager": { tags: ["v0.6.0"], size: 30_000_000, behaviour: server(100, []) },
  "ghcr.io/reconcile/memhog": { tags: ["v1", "latest"], size: 5_000_000, behaviour: { kind: "oom", afterMs: 3000, memoryMi: 512 } },
};

/** "nginx" → docker.io/library/nginx:latest (reference normalisation as containerd does). */
export function normalizeImage(image: string): { repo: string; tag: string; full: string } {
  let name = image;
  let tag = "latest";
  const slash = name.lastIndexOf("/");
  const colon = name.lastIndexOf(":");
  if (colon > slash) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
  }
  const first = name.split("/")[0]!;
  const hasRegistry = name.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
  if (!hasRegistry) name = `docker.io/${name.includes("/") ? name : `library/${name}`}`;
  return { repo: name, tag, full: `${name}:${tag}` };
}

export function lookupImage(image: string): ImageInfo | undefined {
  const { repo, tag } = normalizeImage(image);
  const entry = CATALOG[repo];
  if (!entry || !entry.tags.includes(tag)) return undefined;
  return { repo, tag, sizeBytes: entry.size, behaviour: entry.byTag?.[tag] ?? entry.behaviour };
}

/** Virtual pull time: ~60 MB/s plus registry round trips. */
export const pullMs = (info: ImageInfo) => 300 + Math.round(info.sizeBytes / 60_000);

/** containerd's error for a reference that does not resolve. */
export function pullErrorMessage(image: string): string {
  const { full } = normalizeImage(image);
  return `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image "${full}": failed to resolve reference "${full}": ${full}: not found`;
}

/** Go time.Duration String for whole milliseconds ("850ms", "1.2s", "2m5s" kept simple). */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  return `${(ms / 1000).toFixed(3).replace(/\.?0+$/, "")}s`;
}
