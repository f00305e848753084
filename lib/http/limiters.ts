import "server-only";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/db/env";
import { makeLimiter, POLICIES, type Limiter, type LimitPolicy } from "./limits";

// The production limiters, bound to the server's database and environment. Built on first use
// so importing a route module never reads the environment during `next build`.
const cache = new Map<string, Limiter>();

function limiter(policy: LimitPolicy): Limiter {
  return (request, subject) => {
    let bound = cache.get(policy.name);
    if (!bound) {
      const { TRUSTED_PROXY_HOPS, RATE_LIMIT_MULTIPLIER } = env();
      bound = makeLimiter(prisma, policy, { trustedProxyHops: TRUSTED_PROXY_HOPS, multiplier: RATE_LIMIT_MULTIPLIER });
      cache.set(policy.name, bound);
    }
    return bound(request, subject);
  };
}

/** POST /api/exercises/<id>/check: per learner and per IP. */
export const gradingLimiter = limiter(POLICIES.grading);
/** POST /api/quizzes/<id>/submit: per learner and per IP (guests per IP). */
export const quizLimiter = limiter(POLICIES.quiz);
/** Sign-in: subject is the email being signed into; also per IP. */
export const signInLimiter = limiter(POLICIES.signIn);
/** Sign-up: per IP. */
export const signUpLimiter = limiter(POLICIES.signUp);
/** Password-reset and verification mails: subject is the address the mail goes to; also per IP. */
export const authMailLimiter = limiter(POLICIES.authMail);
