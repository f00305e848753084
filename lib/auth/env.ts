import crypto from "node:crypto";
import { z } from "zod";

// Accounts configuration from the environment, validated with zod like lib/db/env.ts.
// BETTER_AUTH_SECRET signs session cookies and verification tokens: production refuses to
// start without one (a default would let anyone forge sessions); development and tests get a
// random per-process secret with a warning (sessions end when the server restarts).
// No "server-only" import: instrumentation.ts reads this at start-up, outside the RSC layer;
// the modules that use the secret (auth.ts, server.ts) are server-only.

const optionalString = z.string().min(1).optional().or(z.literal("").transform(() => undefined));

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional()
      .or(z.literal("").transform(() => undefined)),
    // Public origin of the app (https://reconcile.example). Unset: taken from each request.
    BETTER_AUTH_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional()
      .or(z.literal("").transform(() => undefined)),
    GITHUB_CLIENT_ID: optionalString,
    GITHUB_CLIENT_SECRET: optionalString,
    // Mail: SMTP_URL sends over SMTP (nodemailer, see lib/auth/mail.ts);
    // MAIL_OUTBOX_DIR writes each mail as a JSON file (end-to-end tests read the links there);
    // otherwise mails are printed to the server console.
    SMTP_URL: z.string().regex(/^smtps?:\/\//, "must start with smtp:// or smtps://").optional()
      .or(z.literal("").transform(() => undefined)),
    MAIL_FROM: z.string().min(3).default("Reconcile <no-reply@reconcile.dev>"),
    MAIL_OUTBOX_DIR: optionalString,
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && !value.BETTER_AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["BETTER_AUTH_SECRET"], message: "is required in production (openssl rand -base64 32)" });
    }
    if (!!value.GITHUB_CLIENT_ID !== !!value.GITHUB_CLIENT_SECRET) {
      ctx.addIssue({ code: "custom", path: [value.GITHUB_CLIENT_ID ? "GITHUB_CLIENT_SECRET" : "GITHUB_CLIENT_ID"], message: "GitHub sign-in needs both GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET" });
    }
  });

export interface AuthEnv extends Omit<z.infer<typeof schema>, "BETTER_AUTH_SECRET"> {
  BETTER_AUTH_SECRET: string;
  /** True when the secret was generated for this process (development/test only). */
  generatedSecret: boolean;
}

export function parseAuthEnv(source: Record<string, string | undefined>): AuthEnv {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const { BETTER_AUTH_SECRET, ...rest } = result.data;
  return {
    ...rest,
    BETTER_AUTH_SECRET: BETTER_AUTH_SECRET ?? crypto.randomBytes(32).toString("base64url"),
    generatedSecret: !BETTER_AUTH_SECRET,
  };
}

let cached: AuthEnv | undefined;
export function authEnv(): AuthEnv {
  if (!cached) {
    cached = parseAuthEnv(process.env);
    if (cached.generatedSecret) {
      console.warn("[auth] BETTER_AUTH_SECRET is not set: using a random secret for this process; sessions end on restart.");
    }
  }
  return cached;
}
