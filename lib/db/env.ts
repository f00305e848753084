import "server-only";
import { z } from "zod";

// Typed, validated environment. Read once; a bad value fails loudly at start-up with the
// variable's name instead of surfacing later as a confusing connection error.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Set to use a real PostgreSQL server; unset means the embedded PGlite database.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Where the embedded database keeps its files (default .data/pglite).
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
  // Reverse proxies in front of the app that append to X-Forwarded-For (0: none; per-IP rate
  // limits then key on an address the client can forge, see lib/http/client-ip.ts).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Scales every rate limit; only load tests on loopback set it above 1.
  RATE_LIMIT_MULTIPLIER: z.coerce.number().positive().max(1_000_000).default(1),
  // Other origins allowed to POST to the route handlers (comma-separated, e.g. a separate
  // front end); the app's own host is always allowed (lib/http/origin.ts).
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().url("each ALLOWED_ORIGINS entry must be an origin like https://example.com"))),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
