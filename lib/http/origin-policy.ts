import "server-only";
import { env } from "@/lib/db/env";
import { refuseCrossOrigin } from "./origin";

/** refuseCrossOrigin with the server's configuration (ALLOWED_ORIGINS, TRUSTED_PROXY_HOPS). */
export function guardOrigin(request: Request, shape: "nested" | "flat" = "nested"): Response | null {
  const { ALLOWED_ORIGINS, TRUSTED_PROXY_HOPS } = env();
  return refuseCrossOrigin(request, { allowedOrigins: ALLOWED_ORIGINS, trustForwardedHost: TRUSTED_PROXY_HOPS > 0 }, shape);
}
