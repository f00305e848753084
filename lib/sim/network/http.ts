// What the simulated application in a pod answers to one HTTP request on one port, from the
// image catalog's behaviour (node/images.ts, node/app.ts): nginx's welcome page and error pages,
// httpd's "It works!", the course's ghcr.io/reconcile/* apps answering JSON that names the pod,
// non-HTTP servers (redis, postgres…) closing the connection. A port nobody listens on refuses.
import type { KubeObject } from "../types";
import { behaviourOf } from "../node/app";
import { normalizeImage } from "../node/images";
import { rfc3339ToMs } from "../node/time";
import { civilFromDays } from "../clock";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface HttpRequest {
  method: string;
  /** The Host header (without port when default). */
  host: string;
  /** Path with query, starting with "/". */
  path: string;
  headers: [string, string][];
}

export interface HttpResponse {
  status: number;
  /** Header lines in the order the server writes them (Date included). */
  headers: [string, string][];
  body: string;
}

export type AppAnswer =
  | { kind: "response"; response: HttpResponse; container: string }
  | { kind: "refused"; reason: string }
  /** A TCP server that is not HTTP: it closes the connection (curl: (52) Empty reply from server). */
  | { kind: "empty"; container: string }
  /** Handled by the ingress controller model (ingress.ts). */
  | { kind: "ingress-controller"; container: string };

export const REASONS: Record<number, string> = {
  200: "OK", 301: "Moved Permanently", 308: "Permanent Redirect", 404: "Not Found", 500: "Internal Server Error",
  502: "Bad Gateway", 503: "Service Temporarily Unavailable", 504: "Gateway Time-out",
};

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** RFC 7231 IMF-fixdate ("Thu, 01 Jan 2026 00:05:00 GMT"), computed without Date (determinism rule). */
export function httpDate(unixMs: number): string {
  const days = Math.floor(unixMs / 86_400_000);
  const [y, m, d] = civilFromDays(days);
  const secs = Math.floor((unixMs - days * 86_400_000) / 1000);
  const dow = (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return `${DAYS[dow]}, ${pad(d)} ${MONTHS[m - 1]} ${y} ${pad(Math.floor(secs / 3600))}:${pad(Math.floor(secs / 60) % 60)}:${pad(secs % 60)} GMT`;
}

const NGINX_VERSIONS: Record<string, string> = { "1.25": "1.25.5", "1.26": "1.26.3", "1.27": "1.27.5", latest: "1.27.5" };

export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** nginx's built-in error page ("nginx/1.25.5" or plain "nginx" when server_tokens is off). */
export function nginxErrorPage(status: number, server: string): string {
  const title = `${status} ${REASONS[status] ?? ""}`;
  // nginx's built-in pages end lines with CRLF (the famous 153-byte 404 of nginx/1.x.y).
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>${server}</center>\r\n</body>\r\n</html>\r\n`;
}

const HTTPD_WORKS = "<html><body><h1>It works!</h1></body></html>\n";
const HTTPD_404 = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>404 Not Found</title>
</head><body>
<h1>Not Found</h1>
<p>The requested URL was not found on this server.</p>
</body></html>
`;

const byteLength = (s: string) => new TextEncoder().encode(s).length;

/** Whether an image is the ingress-nginx controller (its pods route by Ingress rules). */
export const isIngressNginx = (image: string) => normalizeImage(image).repo === "registry.k8s.io/ingress-nginx/controller";

/** ms since the container started, from its status (undefined: not running). */
function runningFor(pod: KubeObject, container: string, nowUnixMs: number): number | undefined {
  const st = (pod.status?.containerStatuses ?? []).find((s: any) => s.name === container);
  const started = st?.state?.running?.startedAt;
  if (!started) return undefined;
  const t = rfc3339ToMs(started);
  return Number.isFinite(t) ? Math.max(0, nowUnixMs - t) : undefined;
}

/** The container of `pod` that listens on `port` now, if any, and for how long it has run. */
export function listener(pod: KubeObject, port: number, nowUnixMs: number): { spec: any; since: number } | undefined {
  for (const spec of pod.spec?.containers ?? []) {
    const b = behaviourOf(spec);
    if (b.kind !== "server" || !b.ports.includes(port)) continue;
    const since = runningFor(pod, spec.name, nowUnixMs);
    if (since === undefined || since < (b.readyAfterMs ?? 0)) continue;
    return { spec, since };
  }
  return undefined;
}

/**
 * The answer of `pod` to `req` on `port`. `nowUnixMs` is wall-clock time in the cluster (for
 * Date headers and the app's "unhealthy after N s").
 */
export function serve(pod: KubeObject, port: number, req: HttpRequest, nowUnixMs: number): AppAnswer {
  const l = listener(pod, port, nowUnixMs);
  const ip = pod.status?.podIP ?? "";
  if (!l) return { kind: "refused", reason: `nothing listens on ${ip}:${port} in pod ${pod.metadata.namespace}/${pod.metadata.name}` };
  const { spec, since } = l;
  const image = normalizeImage(spec.image);
  const b = behaviourOf(spec);
  const date = httpDate(nowUnixMs);
  const path = req.path.split("?")[0]!;
  const answer = (status: number, headers: [string, string][], body: string): AppAnswer => ({
    kind: "response", container: spec.name,
    response: { status, headers: [...headers.slice(0, 1), ["Date", date], ...headers.slice(1).map(([k, v]): [string, string] => [k, v.replace("$LEN", String(byteLength(body)))])], body },
  });
  if (isIngressNginx(spec.image)) return { kind: "ingress-controller", container: spec.name };
  if (image.repo === "docker.io/library/nginx") {
    const server = `nginx/${NGINX_VERSIONS[image.tag] ?? image.tag}`;
    if (path === "/" || path === "/index.html") {
      return answer(200, [["Server", server], ["Content-Type", "text/html"], ["Content-Length", "$LEN"], ["Last-Modified", "Tue, 16 Apr 2024 14:29:59 GMT"], ["Connection", "keep-alive"], ["ETag", '"661e8b67-267"'], ["Accept-Ranges", "bytes"]], NGINX_WELCOME);
    }
    return answer(404, [["Server", server], ["Content-Type", "text/html"], ["Content-Length", "$LEN"], ["Connection", "keep-alive"]], nginxErrorPage(404, server));
  }
  if (image.repo === "docker.io/library/httpd") {
    const server = "Apache/2.4.62 (Unix)";
    if (path === "/" || path === "/index.html") return answer(200, [["Server", server], ["Last-Modified", "Mon, 11 Jun 2007 18:53:14 GMT"], ["ETag", '"2d-432a5e4a73a80"'], ["Accept-Ranges", "bytes"], ["Content-Length", "$LEN"], ["Content-Type", "text/html"]], HTTPD_WORKS);
    return answer(404, [["Server", server], ["Content-Length", "$LEN"], ["Content-Type", "text/html; charset=iso-8859-1"]], HTTPD_404);
  }
  if (image.repo.startsWith("ghcr.io/reconcile/")) {
    const unhealthy = b.kind === "server" && b.unhealthyAfterMs !== undefined && since >= b.unhealthyAfterMs;
    const app = image.repo.slice("ghcr.io/reconcile/".length);
    const json = (status: number, body: object) => answer(status, [["Content-Type", "application/json"], ["Content-Length", "$LEN"]], `${JSON.stringify(body)}\n`);
    if (unhealthy) return json(500, { error: "internal server error", pod: pod.metadata.name });
    if (b.kind === "server" && b.paths && !b.paths.includes(path) && !path.startsWith("/api")) return json(404, { error: "not found", path, pod: pod.metadata.name });
    return json(200, { app, version: image.tag, pod: pod.metadata.name, namespace: pod.metadata.namespace, node: pod.spec?.nodeName, ip, host: req.host, path: req.path });
  }
  return { kind: "empty", container: spec.name };
}

/** A full response as text ("HTTP/1.1 200 OK\r\n…"): what `curl -i` prints before the body. */
export function statusLine(status: number): string {
  return `HTTP/1.1 ${status} ${REASONS[status] ?? ""}`.trimEnd();
}
