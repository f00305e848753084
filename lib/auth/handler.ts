import type { Limiter } from "@/lib/http/limits";
import { readBodyCapped } from "@/lib/http/body";

// The /api/auth/* route: POSTs to the credential endpoints are counted against the shared
// rate-limit buckets (per IP, and per email where the endpoint names one) before better-auth
// sees them; a refused request gets 429 with Retry-After and changes nothing. Bodies are
// capped: every auth request is a small JSON object.

export const AUTH_BASE_PATH = "/api/auth";
export const AUTH_BODY_LIMIT = 16 * 1024;

export interface AuthHandlerDeps {
  auth: () => Promise<{ handler: (request: Request) => Promise<Response> }>;
  /** Endpoint path under /api/auth → its limiter (subject: the lower-cased email in the body). */
  limiters: Record<string, Limiter>;
}

export function makeAuthHandler(deps: AuthHandlerDeps) {
  return async function handle(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname.slice(AUTH_BASE_PATH.length).replace(/\/+$/, "");
    const limiter = request.method === "POST" ? deps.limiters[path] : undefined;
    if (!limiter) return (await deps.auth()).handler(request);

    const text = await readBodyCapped(request, AUTH_BODY_LIMIT);
    if (text == null) return Response.json({ code: "INVALID_BODY", message: "The request body is not valid UTF-8 or is too large." }, { status: 413 });
    const refused = await limiter(request, emailIn(text));
    if (refused) return refused;
    // The body stream is consumed: hand better-auth an identical request carrying the text.
    const forwarded = new Request(request.url, { method: request.method, headers: request.headers, body: text });
    return (await deps.auth()).handler(forwarded);
  };
}

function emailIn(text: string): string | null {
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === "object" && "email" in body && typeof body.email === "string") {
      const email = body.email.trim().toLowerCase();
      return email || null;
    }
  } catch {
    // Not JSON: better-auth answers with its own validation error; the per-IP limit still counts.
  }
  return null;
}
