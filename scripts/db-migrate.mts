// `npm run db:migrate`: apply committed migrations to the configured database, then exit
// (closing PGlite explicitly: a process that keeps it open never exits).
import { openDatabase } from "@/lib/db/engine";
import { parseEnv } from "@/lib/db/env";

const env = parseEnv(process.env);
const db = await openDatabase(
  env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.PGLITE_DATA_DIR },
);
await db.close();
console.log(db.applied.length ? `Applied migrations: ${db.applied.join(", ")}` : `Database (${db.engine}) is up to date.`);
