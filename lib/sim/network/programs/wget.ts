// BusyBox wget (the one in busybox/alpine images), as learners use it: `wget -qO- URL`,
// `wget -O- URL`, `wget URL` (saves index.html), `-T SEC`, `--header 'Host: …'`, `-S`.
// Its messages: "wget: bad address 'x'", "wget: can't connect to remote host (ip): Connection
// refused", "wget: server returned error: HTTP/1.1 404 Not Found", "wget: download timed out".
import { httpRequest, parseUrl, type NetEnv } from "../request";
import { statusLine, type HttpRequest } from "../http";
import type { RouteSource } from "../route";
import type { ProgramResult } from "./result";

const USAGE = `BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.

Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]
	[--post-data STR | --post-file FILE] [-Y on/off]
	[--no-check-certificate] [-P DIR] [-U AGENT] [-T SEC] URL...

Retrieve files via HTTP or FTP
`;

export function wget(env: NetEnv & { from: RouteSource }, argv: readonly string[]): ProgramResult {
  let quiet = false;
  let output: string | undefined;
  let timeout: number | undefined;
  let serverResponse = false;
  const headers: [string, string][] = [];
  let urlText: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--header") {
      const v = argv[++i] ?? "";
      const c = v.indexOf(":");
      if (c > 0) headers.push([v.slice(0, c).trim(), v.slice(c + 1).trim()]);
    } else if (a.startsWith("--header=")) {
      const v = a.slice(9);
      const c = v.indexOf(":");
      if (c > 0) headers.push([v.slice(0, c).trim(), v.slice(c + 1).trim()]);
    } else if (a === "--spider" || a === "--no-check-certificate") continue;
    else if (a.startsWith("-") && a.length > 1 && !a.startsWith("--")) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (c === "q") quiet = true;
        else if (c === "S") serverResponse = true;
        else if (c === "c") continue;
        else if (c === "O" || c === "T") {
          const v = a.slice(j + 1) || argv[++i];
          if (v === undefined) return { stdout: "", stderr: `wget: option requires an argument -- '${c}'\n${USAGE}`, exitCode: 1 };
          if (c === "O") output = v;
          else timeout = Number(v);
          break;
        } else return { stdout: "", stderr: `wget: unrecognized option: ${c}\n${USAGE}`, exitCode: 1 };
      }
    } else if (a.startsWith("--")) return { stdout: "", stderr: `wget: unrecognized option '${a}'\n${USAGE}`, exitCode: 1 };
    else urlText ??= a;
  }
  if (!urlText) return { stdout: "", stderr: USAGE, exitCode: 1 };
  const url = parseUrl(urlText);
  if ("error" in url) return { stdout: "", stderr: `wget: not an http or ftp url: ${urlText}\n`, exitCode: 1 };
  const host = headers.find(([k]) => k.toLowerCase() === "host")?.[1] ?? url.host;
  const req: HttpRequest = { method: "GET", host: host.replace(/:\d+$/, ""), path: url.path, headers };
  const out = httpRequest(env, env.from, url, req, `wget ${argv.join(" ")}`);
  let stderr = "";
  if (!out.ok) {
    if (out.error === "resolve") return { stdout: "", stderr: `wget: bad address '${url.host}${url.explicitPort ? `:${url.port}` : ""}'\n`, exitCode: 1 };
    if (!quiet) stderr += `Connecting to ${url.host}${url.explicitPort ? `:${url.port}` : ""} (${out.ip}:${url.port})\n`;
    if (out.error === "refused") return { stdout: "", stderr: `${stderr}wget: can't connect to remote host (${out.ip}): Connection refused\n`, exitCode: 1 };
    if (out.error === "timeout") return { stdout: "", stderr: `${stderr}${timeout !== undefined ? "wget: download timed out" : `wget: can't connect to remote host (${out.ip}): Connection timed out`}\n`, exitCode: 1 };
    return { stdout: "", stderr: `${stderr}wget: error getting response: Connection reset by peer\n`, exitCode: 1 };
  }
  const res = out.response;
  if (!quiet) stderr += `Connecting to ${url.host}${url.explicitPort ? `:${url.port}` : ""} (${out.ip}:${url.port})\n`;
  if (serverResponse) stderr += `  ${statusLine(res.status)}\n${res.headers.map(([k, v]) => `  ${k}: ${v}\n`).join("")}`;
  if (res.status >= 400) return { stdout: "", stderr: `${stderr}wget: server returned error: ${statusLine(res.status)}\n`, exitCode: 1 };
  const size = new TextEncoder().encode(res.body).length;
  const toStdout = output === "-";
  const file = output ?? (url.path.split("?")[0]!.split("/").pop() || "index.html");
  if (!quiet) {
    stderr += toStdout ? "writing to stdout\n" : `saving to '${file}'\n`;
    stderr += `${(toStdout ? "-" : file).padEnd(20).slice(0, 20)} 100% |********************************|   ${size}  0:00:00 ETA\n`;
    stderr += toStdout ? "written to stdout\n" : `'${file}' saved\n`;
  }
  return { stdout: toStdout ? res.body : "", stderr, exitCode: 0 };
}
