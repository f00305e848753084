import "server-only";
import { openDatabase, type Database } from "./engine";
import { env } from "./env";

// One database per server process (PGlite allows exactly one opener per data directory).
// Opened lazily on the first query, migrated on open, closed on SIGTERM/SIGINT.

const globalForDb = globalThis as typeof globalThis & { __reconcileDb?: Promise<Database> };

export function getDb(): Promise<Database> {
  globalForDb.__reconcileDb ??= open();
  return globalForDb.__reconcileDb;
}

async function open(): Promise<Database> {
  const { DATABASE_URL, PGLITE_DATA_DIR } = env();
  const db = await openDatabase(
    DATABASE_URL ? { kind: "postgres", url: DATABASE_URL } : { kind: "pglite", dataDir: PGLITE_DATA_DIR },
  ).catch((error: unknown) => {
    globalForDb.__reconcileDb = undefined;
    throw error;
  });
  const shutdown = (signal: NodeJS.Signals) => {
    void db.close().finally(() => process.exit(signal === "SIGTERM" ? 0 : 130));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
  return db;
}

export async function prisma() {
  return (await getDb()).prisma;
}
