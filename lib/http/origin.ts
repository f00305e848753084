// CSRF protection for route handlers that change state: a browser request from another site is
// refused with 403 before anything is read or stored. Server Actions get the same check from
// Next itself (it compares Origin with Host); this is the route-handler twin.
//
// Browsers send Origin on every POST/PUT/PATCH/DELETE (same-origin ones included), so:
// - Origin present: its host must be this server's host (Host, or X-Forwarded-Host behind a
//   trusted proxy) or one of ALLOWED_ORIGINS; "null" (sandboxed frames, privacy redirects) is refused.
// - Origin absent: Sec-Fetch-Site decides when the browser sent it ("same-origin" or "none" pass);
//   with neither header the caller is not a browser (curl, the load scripts), and without a
//   victim's browser there is no cross-site request to forge, so it passes — authentication
//   still applies as usual.
// The JSON-only bodies our routes take are a second line: a cross-site <form> cannot send
// application/json, and a script that tries needs a CORS preflight we never answer.

export interface OriginPolicy {
  /** Extra origins allowed to call us ("https://app.example.com"). */
  allowedOrigins?: readonly string[];
  /** Behind a trusted reverse proxy, the public host is X-Forwarded-Host. */
  trustForwardedHost?: boolean;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

export function checkOrigin(request: Request, policy: OriginPolicy = {}): OriginVerdict {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { ok: true };
  const origin = request.headers.get("origin");
  if (origin === null) {
    const site = request.headers.get("sec-fetch-site");
    if (site === null || site === "same-origin" || site === "none") return { ok: true };
    return { ok: false, reason: `a ${site} request without an Origin header` };
  }
  if (origin === "null") return { ok: false, reason: "an opaque (null) origin" };
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return { ok: false, reason: "a malformed Origin header" };
  }
  if (policy.allowedOrigins?.some((allowed) => sameOrigin(allowed, parsed))) return { ok: true };
  const host = expectedHost(request, policy);
  if (host !== null && parsed.host.toLowerCase() === host) return { ok: true };
  return { ok: false, reason: `origin ${parsed.origin} is not this site` };
}

function expectedHost(request: Request, policy: OriginPolicy): string | null {
  const forwarded = policy.trustForwardedHost ? request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const host = forwarded || request.headers.get("host");
  if (host) return host.toLowerCase();
  try {
    return new URL(request.url).host.toLowerCase();
  } catch {
    return null;
  }
}

function sameOrigin(allowed: string, origin: URL): boolean {
  try {
    return new URL(allowed).origin === origin.origin;
  } catch {
    return false;
  }
}

/**
 * The one call every state-changing route handler makes first: null to go on, or a 403.
 * `shape` matches the route's error bodies ({ error: { code, message } } or the quiz routes'
 * { error: message }).
 */
export function refuseCrossOrigin(request: Request, policy: OriginPolicy = {}, shape: "nested" | "flat" = "nested"): Response | null {
  const verdict = checkOrigin(request, policy);
  if (verdict.ok) return null;
  const message = "Cross-site request refused.";
  const error = shape === "flat" ? message : { code: "cross-origin", message };
  return new Response(JSON.stringify({ error }), {
    status: 403,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}
