// curl (8.x command-line tool) over the simulated network: the options learners use
// (-s -S -i -I -v -H -m --connect-timeout -o -w -X -d -f -k -L), its error lines and exit codes:
//   (6)  Could not resolve host: NAME
//   (7)  Failed to connect to NAME port P after N ms: Couldn't connect to server
//   (28) Failed to connect to NAME port P after N ms: Timeout was reached   (-m / --connect-timeout)
//        … Couldn't connect to server after the kernel's ~130 s of SYN retries (no -m)
//   (22) The requested URL returned error: 404                             (-f)
//   (52) Empty reply from server;  (35)/(60) TLS errors;  (2)/(3) usage and URL errors.
// -s silences errors too (only -S brings them back), as real curl does; without a terminal
// (kubectl exec without -t) the progress meter goes to stderr.
import { httpRequest, parseUrl, type NetEnv, type Outcome } from "../request";
import { statusLine, type HttpRequest } from "../http";
import type { RouteSource } from "../route";
import type { ProgramResult } from "./result";

interface CurlOpts {
  silent: boolean;
  /** --no-progress-meter: no meter, errors still shown. */
  noMeter: boolean;
  showError: boolean;
  include: boolean;
  head: boolean;
  verbose: boolean;
  fail: boolean;
  insecure: boolean;
  headers: [string, string][];
  maxTime?: number;
  connectTimeout?: number;
  output?: string;
  writeOut?: string;
  method?: string;
  data?: string;
  url?: string;
}

const VALUE_SHORT: Record<string, keyof CurlOpts> = { H: "headers", m: "maxTime", o: "output", w: "writeOut", X: "method", d: "data" };
const BOOL_SHORT: Record<string, keyof CurlOpts | "ignore"> = { s: "silent", S: "showError", i: "include", I: "head", v: "verbose", f: "fail", k: "insecure", L: "ignore" };
const VALUE_LONG: Record<string, keyof CurlOpts> = { header: "headers", "max-time": "maxTime", "connect-timeout": "connectTimeout", output: "output", "write-out": "writeOut", request: "method", data: "data", "data-raw": "data", url: "url" };
// -L/--location is accepted: no simulated app redirects.
const BOOL_LONG: Record<string, keyof CurlOpts | "ignore"> = { silent: "silent", "show-error": "showError", include: "include", head: "head", verbose: "verbose", fail: "fail", insecure: "insecure", location: "ignore", "no-progress-meter": "noMeter" };

const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";

function usage(text: string, code = 2): ProgramResult {
  return { stdout: "", stderr: `curl: ${text}\n${TRY}`, exitCode: code };
}

function setValue(o: CurlOpts, key: keyof CurlOpts, v: string, flag: string): string | undefined {
  if (key === "maxTime" || key === "connectTimeout") {
    if (!/^\d+(\.\d+)?$/.test(v)) return `option ${flag}: expected a proper numerical parameter`;
    o[key] = Number(v);
  } else if (key === "headers") {
    const i = v.indexOf(":");
    if (i > 0) o.headers.push([v.slice(0, i).trim(), v.slice(i + 1).trim()]);
  } else (o as unknown as Record<string, string>)[key] = v;
  return undefined;
}

function parse(argv: readonly string[]): CurlOpts | ProgramResult {
  const o: CurlOpts = { silent: false, noMeter: false, showError: false, include: false, head: false, verbose: false, fail: false, insecure: false, headers: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const b = BOOL_LONG[name];
      if (b) {
        if (b !== "ignore") (o as unknown as Record<string, boolean>)[b] = true;
        continue;
      }
      const key = VALUE_LONG[name];
      if (!key) return usage(`option ${a}: is unknown`);
      const v = inline ?? argv[++i];
      if (v === undefined) return usage(`option ${a}: requires parameter`);
      const err = setValue(o, key, v, a);
      if (err) return usage(err);
    } else if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const b = BOOL_SHORT[c];
        if (b) {
          if (b !== "ignore") (o as unknown as Record<string, boolean>)[b] = true;
          continue;
        }
        const key = VALUE_SHORT[c];
        if (!key) return usage(`option -${c}: is unknown`);
        const rest = a.slice(j + 1);
        const v = rest || argv[++i];
        if (v === undefined) return usage(`option -${c}: requires parameter`);
        const err = setValue(o, key, v, `-${c}`);
        if (err) return usage(err);
        break;
      }
    } else if (o.url === undefined) o.url = a;
  }
  if (!o.url) return usage("no URL specified!");
  return o;
}

const METER_HEAD = "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n";

/** curl's size/speed cells: bytes up to 99999, then k/M with one decimal below 100. */
function size5(n: number): string {
  if (n < 100000) return String(n).padStart(5);
  const k = n / 1024;
  return (k < 100 ? `${k.toFixed(1)}k` : k < 100000 ? `${Math.round(k)}k` : `${Math.round(k / 1024)}M`).padStart(5);
}

function meter(bytes: number, ms: number): string {
  const pct = bytes > 0 ? "100" : "  0";
  const speed = bytes > 0 ? size5(Math.round((bytes * 1000) / Math.max(1, ms))) : "    0";
  return `${METER_HEAD}${pct} ${size5(bytes)}  ${pct} ${size5(bytes)}    0     0  ${speed}      0 --:--:-- --:--:-- --:--:-- ${speed}\n`;
}

/** -w: %{http_code}, %{remote_ip}, %{size_download}, %{time_total}, \n escapes. */
function writeOut(fmt: string, o: Outcome, ms: number): string {
  const code = o.ok ? String(o.response.status) : "000";
  return fmt
    .replace(/%\{http_code\}|%\{response_code\}/g, code)
    .replace(/%\{remote_ip\}/g, o.ip ?? "")
    .replace(/%\{size_download\}/g, o.ok ? String(new TextEncoder().encode(o.response.body).length) : "0")
    .replace(/%\{time_total\}/g, (ms / 1000).toFixed(6))
    .replace(/\\n/g, "\n")
    .replace(/\\t/g, "\t");
}

export interface CurlEnv extends NetEnv {
  from: RouteSource;
  /** curl's version for User-Agent ("8.5.0" on the laptop, the image's in a pod). */
  version: string;
  /** stdout is a terminal (the laptop's shell; kubectl exec -t): no progress meter. */
  tty: boolean;
}

export function curl(env: CurlEnv, argv: readonly string[]): ProgramResult {
  const parsed = parse(argv);
  if ("exitCode" in parsed) return parsed;
  const o = parsed;
  const url = parseUrl(o.url!);
  if ("error" in url) return { stdout: "", stderr: o.silent && !o.showError ? "" : `curl: (3) ${url.error}\n`, exitCode: 3 };
  const hostHeader = o.headers.find(([k]) => k.toLowerCase() === "host")?.[1] ?? (url.explicitPort ? `${url.host}:${url.port}` : url.host);
  const method = o.method ?? (o.head ? "HEAD" : o.data !== undefined ? "POST" : "GET");
  const req: HttpRequest = { method, host: hostHeader.replace(/:\d+$/, ""), path: url.path, headers: o.headers };
  const out = httpRequest(env, env.from, url, req, `curl ${argv.join(" ")}`);
  const showErrors = !o.silent || o.showError;
  const progress = !o.silent && !o.noMeter && !env.tty && !o.verbose;
  let stdout = "";
  let stderr = "";
  const verbose: string[] = [];
  const limit = o.maxTime ?? o.connectTimeout;
  const fail = (code: number, text: string): ProgramResult => {
    if (progress) stderr += meter(0, 0);
    if (o.verbose) stderr += verbose.map((l) => `${l}\n`).join("");
    if (o.writeOut) stdout += writeOut(o.writeOut, out, 0);
    if (showErrors) stderr += `curl: (${code}) ${text}\n`;
    return { stdout, stderr, exitCode: code };
  };
  if (!out.ok && out.error === "resolve") {
    if (limit !== undefined && out.reason.startsWith("DNS query dropped")) return fail(28, `Resolving timed out after ${Math.round(limit * 1000)} milliseconds`);
    verbose.push(`* Could not resolve host: ${url.host}`, "* Closing connection");
    return fail(6, `Could not resolve host: ${url.host}`);
  }
  verbose.push(`*   Trying ${out.ip}:${url.port}...`);
  if (!out.ok) {
    switch (out.error) {
      case "refused": {
        const ms = 2;
        verbose.push(`* connect to ${out.ip} port ${url.port} failed: Connection refused`, `* Failed to connect to ${url.host} port ${url.port} after ${ms} ms: Couldn't connect to server`, "* Closing connection");
        return fail(7, `Failed to connect to ${url.host} port ${url.port} after ${ms} ms: Couldn't connect to server`);
      }
      case "timeout": {
        if (limit !== undefined) {
          const ms = Math.round(limit * 1000) + 1;
          verbose.push(`* Connection timed out after ${ms} milliseconds`, "* Closing connection");
          return fail(28, `Failed to connect to ${url.host} port ${url.port} after ${ms} ms: Timeout was reached`);
        }
        // Linux gives up on an unanswered SYN after 6 retries (1+2+4+8+16+32+64 s + the last wait).
        const ms = 130_000 + 11;
        verbose.push(`* connect to ${out.ip} port ${url.port} failed: Connection timed out`, "* Closing connection");
        return fail(28, `Failed to connect to ${url.host} port ${url.port} after ${ms} ms: Couldn't connect to server`);
      }
      case "empty":
        verbose.push(`* Connected to ${url.host} (${out.ip}) port ${url.port}`, "* Empty reply from server", "* Closing connection");
        return fail(52, "Empty reply from server");
      case "tls":
        verbose.push(`* Connected to ${url.host} (${out.ip}) port ${url.port}`);
        return fail(35, "OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number");
      default:
        return fail(7, out.reason);
    }
  }
  verbose.push(`* Connected to ${url.host} (${out.ip}) port ${url.port}`);
  if (out.tls && !o.insecure) {
    verbose.push("* SSL certificate problem: self-signed certificate", "* Closing connection");
    return fail(60, "SSL certificate problem: self-signed certificate\nMore details here: https://curl.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the web page mentioned above.");
  }
  const res = out.response;
  const sentHeaders: [string, string][] = [["Host", hostHeader], ["User-Agent", `curl/${env.version}`], ["Accept", "*/*"], ...o.headers.filter(([k]) => k.toLowerCase() !== "host")];
  verbose.push(`> ${method} ${url.path} HTTP/1.1`, ...sentHeaders.map(([k, v]) => `> ${k}: ${v}`), "> ", `< ${statusLine(res.status)}`, ...res.headers.map(([k, v]) => `< ${k}: ${v}`), "< ");
  const head = `${statusLine(res.status)}\r\n${res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n`;
  if (o.fail && res.status >= 400) {
    verbose.push(`* The requested URL returned error: ${res.status}`, "* Closing connection");
    return fail(22, `The requested URL returned error: ${res.status}`);
  }
  const body = method === "HEAD" ? "" : res.body;
  const bytes = new TextEncoder().encode(body).length;
  const toStdout = o.output === undefined || o.output === "-";
  if (o.include || o.head) stdout += head;
  if (toStdout) stdout += body;
  if (progress) stderr += meter(bytes, 2);
  if (o.verbose) stderr += [...verbose, `* Connection #0 to host ${url.host} left intact`].map((l) => `${l}\n`).join("");
  if (o.writeOut) stdout += writeOut(o.writeOut, out, 2);
  return { stdout, stderr, exitCode: 0 };
}
