import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Applies prisma/migrations/*/migration.sql in name order. Each migration runs in its own
// transaction together with its bookkeeping row, so a failure leaves no half-applied state,
// and re-running is a no-op (idempotent). On PostgreSQL an advisory lock serialises
// concurrent starters. The SQL files are the ones Prisma generates, committed to git.

export interface SqlExecutor {
  /** Runs fn inside one transaction; `exec` accepts multi-statement SQL without parameters. */
  transaction<T>(fn: (tx: { exec(sql: string): Promise<void>; rows(sql: string): Promise<Record<string, unknown>[]> }) => Promise<T>): Promise<T>;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(/*turbopackIgnore: true*/ dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

export async function applyMigrations(db: SqlExecutor, migrations: Migration[] = readMigrations()): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of migrations) {
    const didApply = await db.transaction(async (tx) => {
      // Serialise concurrent starters on PostgreSQL; PGlite is single-process anyway.
      await tx.exec("SELECT pg_advisory_xact_lock(727274)");
      await tx.exec(
        `CREATE TABLE IF NOT EXISTS "_reconcile_migrations" (
           name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const existing = await tx.rows(
        `SELECT checksum FROM "_reconcile_migrations" WHERE name = ${quote(migration.name)}`,
      );
      const row = existing[0];
      if (row) {
        if (row.checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was changed after it was applied (checksum differs).`);
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.exec(
        `INSERT INTO "_reconcile_migrations" (name, checksum) VALUES (${quote(migration.name)}, ${quote(migration.checksum)})`,
      );
      return true;
    });
    if (didApply) applied.push(migration.name);
  }
  return applied;
}
