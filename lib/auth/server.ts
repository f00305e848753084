import "server-only";
import { prisma } from "@/lib/db/client";
import { createAuth, type Auth } from "./auth";
import { authEnv } from "./env";
import { selectTransport } from "./mail";

// The server's one better-auth instance, bound to the process's database. Created on first use:
// the database is opened lazily (lib/db/client.ts) and never during `next build`, and a
// production start without BETTER_AUTH_SECRET fails here, on the first request, with the
// variable's name (scripts/db-migrate.mts checks it before `next start` too).

const globalForAuth = globalThis as typeof globalThis & { __reconcileAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.__reconcileAuth ??= (async () => {
    const env = authEnv();
    return createAuth({ db: await prisma(), env, mail: selectTransport(env) });
  })().catch((error: unknown) => {
    globalForAuth.__reconcileAuth = undefined;
    throw error;
  });
  return globalForAuth.__reconcileAuth;
}
