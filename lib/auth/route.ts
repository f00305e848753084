import "server-only";
import { authMailLimiter, signInLimiter, signUpLimiter } from "@/lib/http/limiters";
import { makeAuthHandler } from "./handler";
import { getAuth } from "./server";

/** The production /api/auth/* handler: the server's auth instance and rate limiters. */
export const handleAuthRequest = makeAuthHandler({
  auth: getAuth,
  limiters: {
    "/sign-in/email": signInLimiter,
    "/sign-up/email": signUpLimiter,
    "/request-password-reset": authMailLimiter,
    "/send-verification-email": authMailLimiter,
  },
});
