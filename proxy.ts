// Next 16's request proxy (formerly middleware): sets each HTML page's Content-Security-Policy.
// The other security headers are static and come from next.config.mjs for every response;
// the CSP differs per page (nonce, pre-rendered script hashes), so it is built here.
// See lib/http/csp.ts for the policy and README "Security" for the trade-offs.
import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, newNonce } from "@/lib/http/csp";
import { PrerenderedHashes } from "@/lib/http/inline-script-hashes";

const dev = process.env.NODE_ENV === "development";
const prerendered = new PrerenderedHashes(process.env.NEXT_DIST_DIR || ".next");

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const { pathname } = request.nextUrl;
  // A pre-rendered page's hashes; every other page is rendered now and gets the nonce, plus the
  // not-found page's hashes (it is pre-rendered and shares the root layout's inline theme script,
  // which React renders without a nonce).
  const hashes = prerendered.hashesFor(pathname) ?? prerendered.notFoundHashes();
  const https = request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
  const csp = buildCsp({ nonce, scriptHashes: hashes, dev, https });

  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Documents only: route handlers (their headers come from next.config.mjs, and a proxy
      // on them would buffer request bodies past the routes' own caps), build assets, and
      // prefetches and Server Action posts, which return RSC payloads, not HTML.
      source: "/((?!api/|_next/static/|_next/image|favicon\\.ico|.*\\.(?:png|jpg|jpeg|gif|svg|ico|webp|avif|woff2?|txt|xml|json|webmanifest)$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
        { type: "header", key: "next-action" },
      ],
    },
  ],
};
