// The product's rate-limit policies and the limiter routes call, one place to read and tune.
// Figures are per fixed window; a human never reaches them (a learner checks an exercise a few
// times a minute at most), a script does. The per-IP figures are higher because a classroom
// behind one NAT shares an address.
import type { PrismaClient } from "@/lib/db/generated/client";
import { clientIp } from "./client-ip";
import { consumeAll, rateLimitedResponse, type RateLimitRule } from "./rate-limit";

const MINUTE = 60_000;

export interface LimitPolicy {
  /** Key prefix; buckets are "<name>:user:<id>" and "<name>:ip:<address>". */
  name: string;
  user?: Omit<RateLimitRule, "now">;
  ip: Omit<RateLimitRule, "now">;
  message: string;
  /** The error body's shape the route's client reads (see rateLimitedResponse). */
  shape?: "nested" | "flat";
}

export const POLICIES = {
  grading: {
    name: "grading",
    user: { limit: 60, windowMs: MINUTE },
    ip: { limit: 300, windowMs: MINUTE },
    message: "Too many checks in a short time. Wait a moment and check again.",
  },
  quiz: {
    name: "quiz",
    user: { limit: 60, windowMs: MINUTE },
    ip: { limit: 300, windowMs: MINUTE },
    message: "Too many quiz submissions in a short time. Wait a moment and submit again.",
    shape: "flat",
  },
  signIn: {
    name: "sign-in",
    // "user" here is the account being signed into (its email), so guessing one account's
    // password from many addresses is limited as well as one address trying many accounts.
    user: { limit: 10, windowMs: 15 * MINUTE },
    ip: { limit: 30, windowMs: 15 * MINUTE },
    message: "Too many sign-in attempts. Wait a few minutes and try again.",
  },
  signUp: {
    name: "sign-up",
    ip: { limit: 10, windowMs: 60 * MINUTE },
    message: "Too many accounts created from this network. Try again later.",
  },
  // Password-reset and verification mails: per target address (no mail-bombing one inbox) and per IP.
  authMail: {
    name: "auth-mail",
    user: { limit: 5, windowMs: 60 * MINUTE },
    ip: { limit: 20, windowMs: 60 * MINUTE },
    message: "Too many emails requested. Wait a while and try again.",
  },
} as const satisfies Record<string, LimitPolicy>;

export interface LimiterOptions {
  /** Reverse proxies in front that append to X-Forwarded-For (TRUSTED_PROXY_HOPS). */
  trustedProxyHops?: number;
  /** Multiplies every limit (RATE_LIMIT_MULTIPLIER): >1 only for load tests on loopback. */
  multiplier?: number;
  now?: () => number;
}

/** A route's rate-limit step: null to go on, or the 429 to answer with. */
export type Limiter = (request: Request, subject: string | null) => Promise<Response | null>;

export function makeLimiter(db: () => Promise<Pick<PrismaClient, "$queryRaw" | "$executeRaw">>, policy: LimitPolicy, options: LimiterOptions = {}): Limiter {
  const scale = (rule: Omit<RateLimitRule, "now">, now: number): RateLimitRule => ({
    limit: Math.max(1, Math.round(rule.limit * (options.multiplier ?? 1))),
    windowMs: rule.windowMs,
    now,
  });
  return async (request, subject) => {
    const now = options.now?.() ?? Date.now();
    const checks = [{ key: `${policy.name}:ip:${clientIp(request, options.trustedProxyHops ?? 0)}`, rule: scale(policy.ip, now) }];
    if (policy.user && subject) checks.unshift({ key: `${policy.name}:user:${subject.slice(0, 320)}`, rule: scale(policy.user, now) });
    const result = await consumeAll(await db(), checks);
    return result.allowed ? null : rateLimitedResponse(result, policy.message, policy.shape);
  };
}
