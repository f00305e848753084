// `npm run user:role -- <email> <learner|instructor>`: change an account's role (instructors
// see the cohort pages). Prints the change; unknown email or role → message and exit code 1,
// nothing changed.
import { openDatabase } from "@/lib/db/engine";
import { parseEnv } from "@/lib/db/env";
import { ROLES, setUserRole } from "@/lib/db/users";

const [email, role, ...extra] = process.argv.slice(2);
if (!email || !role || extra.length) {
  console.error(`Usage: npm run user:role -- <email> <${ROLES.join("|")}>`);
  process.exit(2);
}
if (!(ROLES as readonly string[]).includes(role)) {
  console.error(`Unknown role "${role}": expected one of ${ROLES.join(", ")}`);
  process.exit(1);
}
const env = parseEnv(process.env);
const db = await openDatabase(
  env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.PGLITE_DATA_DIR },
);
let code = 0;
try {
  const user = await setUserRole(db.prisma, email, role);
  console.log(`${user.email} (${user.name}) is now ${user.role}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  code = 1;
} finally {
  await db.close();
}
process.exit(code);
