// Image catalog of the container runtime model: what each image is, how big (pull time), and how
// its default command behaves (long-running server, exits after N s, or grows past its memory).

export type Behaviour =
  | { kind: "server"; stopMs: number; memoryMi: number }
  | { kind: "exit"; afterMs: number; exitCode: number }
  | { kind: "oom"; afterMs: number; memoryMi: number };

export interface ImageInfo { repo: string; tag: string; sizeBytes: number; behaviour: Behaviour }

const server = (stopMs: number, memoryMi = 20): Behaviour => ({ kind: "server", stopMs, memoryMi });

const CATALOG: Record<string, { tags: string[]; size: number; behaviour: Behaviour }> = {
  "docker.io/library/nginx": { tags: ["1.25", "1.26", "1.27", "latest"], size: 72_099_410, behaviour: server(100) },
  "docker.io/library/httpd": { tags: ["2.4", "latest"], size: 58_100_000, behaviour: server(1000) },
  "docker.io/library/redis": { tags: ["7", "7.2", "latest"], size: 45_400_000, behaviour: server(200) },
  "docker.io/library/postgres": { tags: ["16", "17", "latest"], size: 158_000_000, behaviour: server(2000, 60) },
  "docker.io/library/mysql": { tags: ["8.0", "8.4", "latest"], size: 170_000_000, behaviour: server(3000, 400) },
  // busybox/alpine run `sh`, which exits at once without a terminal.
  "docker.io/library/busybox": { tags: ["1.36", "latest"], size: 2_160_000, behaviour: { kind: "exit", afterMs: 0, exitCode: 0 } },
  "docker.io/library/alpine": { tags: ["3.20", "latest"], size: 3_620_000, behaviour: { kind: "exit", afterMs: 0, exitCode: 0 } },
  "ghcr.io/reconcile/web": { tags: ["v1", "v2"], size: 12_500_000, behaviour: server(100) },
  "ghcr.io/reconcile/crash": { tags: ["v1", "latest"], size: 5_000_000, behaviour: { kind: "exit", afterMs: 2000, exitCode: 1 } },
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
  return { repo, tag, sizeBytes: entry.size, behaviour: entry.behaviour };
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
