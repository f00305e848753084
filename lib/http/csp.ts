// The Content-Security-Policy for HTML pages, built per request by proxy.ts.
//
// Scripts: no 'unsafe-inline', no 'unsafe-eval' (outside `next dev`). External scripts come from
// our own origin ('self': Next's chunks, the simulator's worker). Inline scripts are allowed one
// by one: on pages rendered per request by the nonce Next puts on its own scripts; on pages
// pre-rendered at build time (lessons, course map) by the SHA-256 of each inline script in the
// HTML that is served (lib/http/inline-script-hashes.ts), so those pages stay static.
// 'strict-dynamic' is deliberately absent: it would make the browser ignore 'self', and the
// pre-rendered pages' <script src> tags carry neither a nonce nor a hash.
//
// Styles: 'unsafe-inline' is allowed. CodeMirror injects <style> elements at run time and React
// renders style="" attributes; a nonce cannot reach them on pre-rendered pages. Injected CSS
// cannot run code, and with img-src/font-src/connect-src limited to our origin it cannot send
// what it reads anywhere.

export interface CspInput {
  /** Per-request nonce (base64) for scripts rendered on demand. */
  nonce?: string;
  /** 'sha256-…' sources for the pre-rendered page's inline scripts. */
  scriptHashes?: readonly string[];
  /** `next dev`: React needs eval for its debugging aids, inline dev scripts, and the HMR socket. */
  dev?: boolean;
  /** The page was requested over HTTPS: have the browser upgrade any stray http: URL. */
  https?: boolean;
}

export function buildCsp({ nonce, scriptHashes = [], dev = false, https = false }: CspInput): string {
  // `next dev` renders every page on demand with dev-only inline scripts and eval; a strict
  // policy there would only get in the way, so it is relaxed for development alone.
  const script = dev
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...scriptHashes.map((h) => `'${h}'`)];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", ...script],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(dev ? ["ws:", "wss:"] : [])],
    // The simulator runs in a module worker served from /_next/static (same origin).
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["media-src", "'self'"],
    ["object-src", "'none'"],
    ["frame-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}

/** A fresh 128-bit nonce, base64 (Web Crypto: works in the proxy and in tests alike). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
