import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client";
import { lockDataDir, type DirLock } from "./lock";
import { applyMigrations, type SqlExecutor } from "./migrate";

// Opens one database: PostgreSQL through @prisma/adapter-pg when a url is given, otherwise
// embedded PGlite (in memory for tests, or on disk under a locked data directory).
// Migrations are applied on open, so a fresh directory or database is ready at once.

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string }
  | { kind: "memory" };

export interface Database {
  prisma: PrismaClient;
  engine: "postgres" | "pglite";
  /** Migrations applied by this open (empty when the schema was already current). */
  applied: string[];
  close(): Promise<void>;
}

export async function openDatabase(target: DatabaseTarget, options: { migrate?: boolean } = {}): Promise<Database> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The database must not be opened during `next build`; this page should be dynamic.");
  }
  const database = target.kind === "postgres" ? await openPostgres(target.url) : await openPglite(target);
  let applied: string[] = [];
  if (options.migrate ?? true) {
    try {
      applied = await applyMigrations(database.executor);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return { prisma: database.prisma, engine: database.engine, applied, close: database.close };
}

async function openPostgres(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const executor: SqlExecutor = {
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({
          exec: async (sql) => void (await client.query(sql)),
          rows: async (sql) => (await client.query(sql)).rows as Record<string, unknown>[],
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    engine: "postgres" as const,
    executor,
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openPglite(target: { kind: "pglite"; dataDir: string } | { kind: "memory" }) {
  let lock: DirLock | undefined;
  let client: PGlite;
  if (target.kind === "pglite") {
    const dir = path.resolve(target.dataDir);
    lock = lockDataDir(dir);
    try {
      // PGlite only creates the last folder of its path.
      fs.mkdirSync(path.dirname(dir), { recursive: true });
      client = await PGlite.create(dir);
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    client = await PGlite.create();
  }
  const executor: SqlExecutor = {
    transaction: (fn) =>
      client.transaction((tx) =>
        fn({
          exec: async (sql) => void (await tx.exec(sql)),
          rows: async (sql) => (await tx.query<Record<string, unknown>>(sql)).rows,
        }),
      ),
  };
  // pglite-prisma-adapter bundles its own copy of @prisma/driver-adapter-utils whose types
  // are nominally different but structurally the same protocol; the cast bridges the copies.
  const adapter = new PrismaPGlite(client) as unknown as PrismaPg;
  const prisma = new PrismaClient({ adapter });
  let closed = false;
  return {
    prisma,
    engine: "pglite" as const,
    executor,
    close: async () => {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await client.close();
      lock?.release();
    },
  };
}
