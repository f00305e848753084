import crypto from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../engine";

// The engines every data test runs against: a fresh in-memory PGlite always, and a fresh
// database on a real PostgreSQL server when TEST_DATABASE_URL is set (CI sets it).
export const testEngines = ["pglite", ...(process.env.TEST_DATABASE_URL ? ["postgres" as const] : [])] as const;
export type TestEngine = (typeof testEngines)[number];

export interface TestDatabase extends Database {
  dispose(): Promise<void>;
}

export async function openTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  if (engine === "pglite") {
    const db = await openDatabase({ kind: "memory" });
    return { ...db, dispose: db.close };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `reconcile_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: "postgres", url: url.toString() });
  return {
    ...db,
    async dispose() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
