import { handleAuthRequest } from "@/lib/auth/route";

// /api/auth/*: better-auth's endpoints (sign-up, sign-in, sign-out, session, verification,
// password reset, OAuth callbacks), behind the database-backed rate limits (lib/auth/route.ts).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
