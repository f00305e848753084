// hey (github.com/rakyll/hey), the HTTP load generator, from the learner's laptop: `hey -n 1000
// -c 50 URL`, with -m METHOD, -H "K: V", -host HOST, -t SECS. The report follows hey's text
// template (Summary, histogram, latency distribution, details, status codes, errors); latencies
// are simulated (a base per hop plus seeded jitter), responses and errors are real outcomes of
// the network model. One section hey does not print is added, clearly labelled: which pod
// answered how often, the point of the exercise. Only the first TRACED requests are traced hop
// by hop (a thousand full paths would drown the trace); the rest count in the summary entry.
import { httpRequest, parseUrl, type NetEnv, type Outcome } from "../request";
import type { HttpRequest } from "../http";
import type { ProgramResult } from "./result";

const TRACED = 10;
const MAX_REQUESTS = 20_000;

const USAGE = `Usage: hey [options...] <url>

Options:
  -n  Number of requests to run. Default is 200.
  -c  Number of workers to run concurrently. Total number of requests cannot
      be smaller than the concurrency level. Default is 50.
  -q  Rate limit, in queries per second (QPS) per worker. Default is no rate limit.
  -z  Duration of application to send requests. When duration is reached,
      application stops and exits. If duration is specified, n is ignored.
      Examples: -z 10s -z 3m.
  -o  Output type. If none provided, a summary is printed.
      "csv" is the only supported alternative. Dumps the response
      metrics in comma-separated values format.

  -m  HTTP method, one of GET, POST, PUT, DELETE, HEAD, OPTIONS.
  -H  Custom HTTP header. You can specify as many as needed by repeating the flag.
      For example, -H "Accept: text/html" -H "Content-Type: application/xml" .
  -t  Timeout for each request in seconds. Default is 20, use 0 for infinite.
  -A  HTTP Accept header.
  -d  HTTP request body.
  -D  HTTP request body from file. For example, /home/user/file.txt or ./file.txt.
  -T  Content-type, defaults to "text/html".
  -a  Basic authentication, username:password.
  -x  HTTP Proxy address as host:port.
  -h2 Enable HTTP/2.

  -host	HTTP Host header.

  -disable-compression  Disable compression.
  -disable-keepalive    Disable keep-alive, prevents re-use of TCP
                        connections between different HTTP requests.
  -disable-redirects    Disable following of HTTP redirects
  -cpus                 Number of used cpu cores.
                        (default for current machine is 2 cores)
`;

const f4 = (x: number) => x.toFixed(4);

/** Go's error text for a failed request, as hey collects it. */
function errorText(method: string, urlText: string, o: Exclude<Outcome, { ok: true }>, host: string, port: number): string {
  const verb = method.charAt(0) + method.slice(1).toLowerCase();
  const q = `${verb} "${urlText}"`;
  switch (o.error) {
    case "resolve": return `${q}: dial tcp: lookup ${host}: no such host`;
    case "refused": return `${q}: dial tcp ${o.ip}:${port}: connect: connection refused`;
    case "timeout": return `${q}: context deadline exceeded (Client.Timeout exceeded while awaiting headers)`;
    case "empty": return `${q}: EOF`;
    default: return `${q}: http: server gave HTTP response to HTTPS client`;
  }
}

export function hey(env: NetEnv, argv: readonly string[]): ProgramResult {
  let n = 200;
  let c = 50;
  let method = "GET";
  let timeout = 20;
  let hostHeader: string | undefined;
  const headers: [string, string][] = [];
  let urlText: string | undefined;
  const usage = (msg?: string): ProgramResult => ({ stdout: "", stderr: `${msg ? `${msg}\n\n` : ""}${USAGE}`, exitCode: 1 });
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const flag = a.replace(/^--?/, "");
    if (a.startsWith("-") && a.length > 1) {
      const [name, inline] = flag.split(/=(.*)/s, 2) as [string, string | undefined];
      const value = () => inline ?? argv[++i];
      switch (name) {
        case "n": case "c": case "t": {
          const v = value();
          if (v === undefined || !/^\d+$/.test(v)) return usage(`invalid value "${v ?? ""}" for flag -${name}: parse error`);
          if (name === "n") n = Number(v);
          else if (name === "c") c = Number(v);
          else if (name === "t") timeout = Number(v);
          break;
        }
        case "m": method = (value() ?? "GET").toUpperCase(); break;
        case "host": hostHeader = value(); break;
        case "H": {
          const v = value() ?? "";
          const k = v.indexOf(":");
          if (k <= 0) return usage(`could not parse the provided input; input = ${v}`);
          headers.push([v.slice(0, k).trim(), v.slice(k + 1).trim()]);
          break;
        }
        case "z": case "o": case "q":
          return { stdout: "", stderr: `hey (simulator): -${name} is not simulated; use -n and -c\n`, exitCode: 1 };
        case "d": case "A": case "T": case "a": case "x": case "D": case "cpus": value(); break;
        case "disable-compression": case "disable-keepalive": case "disable-redirects": case "h2": break;
        default: return usage(`flag provided but not defined: -${name}`);
      }
    } else urlText ??= a;
  }
  if (!urlText) return usage();
  if (n <= 0 || c <= 0) return usage("-n and -c cannot be smaller than 1.");
  if (n < c) return usage("-n cannot be less than -c.");
  if (n > MAX_REQUESTS) return { stdout: "", stderr: `hey (simulator): at most ${MAX_REQUESTS} requests per run\n`, exitCode: 1 };
  const url = parseUrl(urlText);
  if ("error" in url) return { stdout: "", stderr: `parse "${urlText}": ${url.error}\n`, exitCode: 1 };
  const host = headers.find(([k]) => k.toLowerCase() === "host")?.[1] ?? hostHeader ?? url.host;
  const req: HttpRequest = { method, host: host.replace(/:\d+$/, ""), path: url.path, headers };
  const lats: number[] = [];
  const codes = new Map<number, number>();
  const errors = new Map<string, number>();
  const byPod = new Map<string, number>();
  let bytes = 0;
  let wall = 0;
  for (let i = 0; i < n; i++) {
    const e = i < TRACED ? env : { ...env, trace: undefined };
    const o = httpRequest(e, { external: true }, url, req, `hey ${argv.join(" ")} (request ${i + 1})`);
    if (o.ok) {
      const lat = 0.0006 + 0.00025 * o.hops.length + env.pick(1500) / 1_000_000;
      lats.push(lat);
      wall += lat;
      codes.set(o.response.status, (codes.get(o.response.status) ?? 0) + 1);
      bytes += new TextEncoder().encode(method === "HEAD" ? "" : o.response.body).length;
      const who = o.pod.metadata.name;
      byPod.set(who, (byPod.get(who) ?? 0) + 1);
    } else {
      const text = errorText(method, urlText, o, url.host, url.port);
      errors.set(text, (errors.get(text) ?? 0) + 1);
      wall += o.error === "timeout" ? timeout || 20 : 0.0005;
    }
  }
  if (env.trace) {
    const dist = [...byPod].map(([p, k]) => `${p}: ${k}`).join(", ");
    const errs = [...errors.values()].reduce((a, b) => a + b, 0);
    env.trace({ type: "network", hop: "response", detail: `hey: ${n} requests to ${urlText}; ${dist || "no responses"}${errs ? `; ${errs} errors` : ""}`, request: `hey ${argv.join(" ")}`, outcome: errs ? "errors" : "ok" });
  }
  const total = Math.max(wall / Math.min(c, n), 0.0001);
  return { stdout: report(lats, total, bytes, codes, errors, byPod), stderr: "", exitCode: 0 };
}

function report(lats: number[], total: number, bytes: number, codes: Map<number, number>, errors: Map<string, number>, byPod: Map<string, number>): string {
  const sorted = [...lats].sort((a, b) => a - b);
  const fastest = sorted[0] ?? 0;
  const slowest = sorted.at(-1) ?? 0;
  const avg = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : 0;
  const count = sorted.length;
  let out = `\nSummary:\n  Total:\t${f4(total)} secs\n  Slowest:\t${f4(slowest)} secs\n  Fastest:\t${f4(fastest)} secs\n  Average:\t${f4(avg)} secs\n  Requests/sec:\t${f4((count + [...errors.values()].reduce((a, b) => a + b, 0)) / total)}\n  `;
  if (bytes > 0) out += `\n  Total data:\t${bytes} bytes\n  Size/request:\t${count ? Math.floor(bytes / count) : 0} bytes`;
  out += "\n\nResponse time histogram:\n";
  if (count) {
    const bs = (slowest - fastest) / 10;
    const marks = Array.from({ length: 11 }, (_, i) => fastest + bs * i);
    const counts = marks.map(() => 0);
    let b = 0;
    for (const l of sorted) {
      while (b < 10 && l > marks[b]!) b++;
      counts[b]!++;
    }
    const max = Math.max(...counts);
    out += marks.map((m, i) => `  ${m.toFixed(3)} [${counts[i]}]\t|${"■".repeat(max > 0 ? Math.floor((counts[i]! * 40 + Math.floor(max / 2)) / max) : 0)}\n`).join("");
  }
  out += "\n\nLatency distribution:";
  const pctls = [10, 25, 50, 75, 90, 95, 99];
  for (let i = 0, j = 0; i < count && j < pctls.length; i++) {
    if (Math.floor((i * 100) / count) >= pctls[j]!) {
      out += `\n  ${pctls[j]}% in ${f4(sorted[i]!)} secs`;
      j++;
    }
  }
  const conn = avg * 0.1;
  out += `\n\nDetails (average, fastest, slowest):\n  DNS+dialup:\t${f4(conn)} secs, ${f4(fastest)} secs, ${f4(slowest)} secs\n  DNS-lookup:\t${f4(0)} secs, ${f4(0)} secs, ${f4(0)} secs\n  req write:\t${f4(0)} secs, ${f4(0)} secs, ${f4(0.0001)} secs\n  resp wait:\t${f4(avg * 0.85)} secs, ${f4(fastest * 0.85)} secs, ${f4(slowest * 0.85)} secs\n  resp read:\t${f4(avg * 0.05)} secs, ${f4(0)} secs, ${f4(slowest * 0.05)} secs\n`;
  out += "\nStatus code distribution:";
  for (const [code, k] of [...codes].sort((a, b) => a[0] - b[0])) out += `\n  [${code}]\t${k} responses`;
  out += "\n\n";
  if (errors.size) {
    out += "Error distribution:";
    for (const [text, k] of errors) out += `\n  [${k}]\t${text}`;
    out += "\n";
  }
  if (byPod.size) {
    out += "\nResponses by pod (simulator; hey itself does not print this):";
    for (const [pod, k] of [...byPod].sort((a, b) => (a[0] < b[0] ? -1 : 1))) out += `\n  [${pod}]\t${k} responses`;
    out += "\n";
  }
  return out;
}
