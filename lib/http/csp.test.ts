import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCsp, newNonce } from "./csp";
import { inlineScriptHashes, inlineScripts, PrerenderedHashes, sha256Source } from "./inline-script-hashes";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.split(" ")[0] === name);

describe("buildCsp", () => {
  it("production: scripts from self, the nonce and the page's hashes only; no unsafe-inline/eval", () => {
    const csp = buildCsp({ nonce: "abc=", scriptHashes: ["sha256-AAA=", "sha256-BBB="] });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc=' 'sha256-AAA=' 'sha256-BBB='");
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(directive(csp, "script-src")).not.toMatch(/unsafe-inline/);
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "worker-src")).toBe("worker-src 'self'");
    expect(directive(csp, "connect-src")).toBe("connect-src 'self'");
    expect(csp).not.toMatch(/upgrade-insecure-requests/);
  });
  it("upgrades insecure requests only when the page came over HTTPS", () => {
    expect(buildCsp({ https: true })).toMatch(/; upgrade-insecure-requests$/);
  });
  it("development relaxes scripts (eval, inline) and allows the HMR socket", () => {
    const csp = buildCsp({ nonce: "n", dev: true });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(directive(csp, "connect-src")).toBe("connect-src 'self' ws: wss:");
  });
  it("nonces are fresh 128-bit base64 values", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});

describe("inline script hashes", () => {
  const html = `<!DOCTYPE html><html><head><script>(()=>{theme()})();</script><script src="/_next/static/a.js" async=""></script></head>
<body><script id="_R_">self.__next_f.push([1,"é"])</script><script type="module" src='/x.js'></script><script>self.__next_f.push([1,"é"])</script></body></html>`;
  it("finds inline scripts and skips external ones", () => {
    expect(inlineScripts(html)).toEqual(["(()=>{theme()})();", 'self.__next_f.push([1,"é"])', 'self.__next_f.push([1,"é"])']);
  });
  it("hashes the UTF-8 bytes as CSP sha256 sources, once per distinct script", () => {
    // printf '%s' 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(sha256Source("alert(1)")).toBe("sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=");
    expect(inlineScriptHashes(html)).toHaveLength(2);
  });

  it("maps pathnames to pre-rendered files inside the output folder only, re-reading changed files", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "csp-"));
    const app = path.join(dist, "server", "app");
    fs.mkdirSync(path.join(app, "learn", "m1"), { recursive: true });
    fs.writeFileSync(path.join(app, "index.html"), "<script>home()</script>");
    fs.writeFileSync(path.join(app, "learn", "m1", "l1.html"), "<script>lesson()</script>");
    fs.writeFileSync(path.join(app, "_not-found.html"), "<script>nf()</script>");
    const p = new PrerenderedHashes(dist);
    expect(p.hashesFor("/")).toEqual([sha256Source("home()")]);
    expect(p.hashesFor("/learn/m1/l1")).toEqual([sha256Source("lesson()")]);
    expect(p.hashesFor("/learn/m1/l1/")).toEqual([sha256Source("lesson()")]);
    expect(p.hashesFor("/instructor")).toBeNull();
    expect(p.notFoundHashes()).toEqual([sha256Source("nf()")]);
    for (const evil of ["/../../etc/passwd", "/learn/%2e%2e/%2e%2e/x", "/a\\b", "/%E0%A4%A", "/learn/m1/l1%00", "/.hidden"]) {
      expect(p.fileFor(evil)).toBeNull();
    }
    const file = path.join(app, "learn", "m1", "l1.html");
    fs.writeFileSync(file, "<script>lesson(2)</script><script>more()</script>");
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(p.hashesFor("/learn/m1/l1")).toEqual([sha256Source("lesson(2)"), sha256Source("more()")]);
    fs.rmSync(dist, { recursive: true, force: true });
  });
});
