import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { AuthEnv } from "./env";
import { resetPasswordMail, verificationMail, type MailTransport } from "./mail";
import { hashPassword, verifyPassword } from "./password";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, nameProblem, passwordProblem } from "./rules";

// better-auth, configured for Reconcile: email + password (verified email required to sign in),
// sessions in the database (Session table via the Prisma adapter), optional GitHub sign-in.
// Built per database so tests run it on a PGlite database; the server's instance is getAuth()
// in lib/auth/server.ts, created on the first request (never during `next build`).

export interface AuthDeps {
  db: PrismaClient;
  env: AuthEnv;
  mail: MailTransport;
}

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/** Cookies are Secure in production, except when the app's own URL is plain-HTTP loopback (e2e). */
export function secureCookies(env: Pick<AuthEnv, "NODE_ENV" | "BETTER_AUTH_URL">): boolean {
  if (env.NODE_ENV !== "production") return false;
  if (!env.BETTER_AUTH_URL) return true;
  const url = new URL(env.BETTER_AUTH_URL);
  return !(url.protocol === "http:" && LOOPBACK_HOSTS.includes(url.hostname));
}

/**
 * Origins better-auth accepts besides BETTER_AUTH_URL: on a loopback URL, the other spellings of
 * loopback on the same port, so a learner who opens http://127.0.0.1:3000 after `npm run up`
 * (which sets http://localhost:3000) can sign in rather than get a 403. Never widened elsewhere.
 */
export function loopbackAliases(appUrl: string | undefined): string[] {
  if (!appUrl) return [];
  const url = new URL(appUrl);
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return [];
  const port = url.port ? `:${url.port}` : "";
  return LOOPBACK_HOSTS.filter((h) => h !== url.hostname).map((h) => `${url.protocol}//${h}${port}`);
}

export function createAuth({ db, env, mail }: AuthDeps) {
  const secure = secureCookies(env);
  const send = (message: Parameters<MailTransport["send"]>[0]) => mail.send(message);
  return betterAuth({
    appName: "Reconcile",
    secret: env.BETTER_AUTH_SECRET,
    baseURL: env.BETTER_AUTH_URL,
    basePath: "/api/auth",
    trustedOrigins: loopbackAliases(env.BETTER_AUTH_URL),
    database: prismaAdapter(db, { provider: "postgresql", transaction: true }),
    user: {
      additionalFields: {
        // Set by the seed and `npm run user:role`; input: false so sign-up cannot choose it.
        role: { type: ["learner", "instructor"], required: false, defaultValue: "learner", input: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      requireEmailVerification: true,
      autoSignIn: false,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      password: { hash: hashPassword, verify: verifyPassword },
      sendResetPassword: async ({ user, url }) => {
        await send({ from: env.MAIL_FROM, ...resetPasswordMail(user.email, user.name, url) });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      // An unverified user who tries to sign in gets a fresh link rather than a dead end.
      sendOnSignIn: true,
      autoSignInAfterVerification: false,
      expiresIn: 24 * 60 * 60,
      sendVerificationEmail: async ({ user, url }) => {
        await send({ from: env.MAIL_FROM, ...verificationMail(user.email, user.name, url) });
      },
    },
    socialProviders:
      env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET
        ? { github: { clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET } }
        : {},
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
    },
    // Sign-in, sign-up and reset requests are limited in the route handler against the shared
    // RateLimitBucket table (lib/http/limiters.ts); better-auth's own limiter keeps its
    // counters in process memory, which several instances would not share.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: "reconcile",
      // better-auth skips its Origin check when NODE_ENV is test; keep it on so tests see production's behaviour.
      disableOriginCheck: false,
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure, path: "/" },
    },
    hooks: {
      // Rules beyond better-auth's length limits; the same function gives the forms their inline errors.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-up/email") {
          const body = (ctx.body ?? {}) as { email?: unknown; name?: unknown; password?: unknown };
          const problem =
            nameProblem(typeof body.name === "string" ? body.name : "") ??
            passwordProblem(typeof body.password === "string" ? body.password : "", {
              email: typeof body.email === "string" ? body.email : undefined,
            });
          if (problem) throw new APIError("BAD_REQUEST", { message: problem, code: "INVALID_INPUT" });
        }
        if (ctx.path === "/reset-password") {
          const body = (ctx.body ?? {}) as { newPassword?: unknown };
          const problem = passwordProblem(typeof body.newPassword === "string" ? body.newPassword : "");
          if (problem) throw new APIError("BAD_REQUEST", { message: problem, code: "PASSWORD_TOO_WEAK" });
        }
      }),
    },
    // Must stay last: lets server components read the session without trying to set cookies.
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
