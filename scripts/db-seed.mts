// `npm run db:seed`: migrate, then create the demo instructor, cohort and learners with some
// progress on the real lessons in content/. Idempotent. Prints the demo credentials.
import { listCourse } from "@/lib/content/course";
import { openDatabase } from "@/lib/db/engine";
import { parseEnv } from "@/lib/db/env";
import { DEMO_ACCOUNTS, DEMO_COHORT, DEMO_PASSWORD, seedDemo } from "@/lib/db/seed";
import { seedDemoActivity } from "@/lib/db/seed-activity";

const env = parseEnv(process.env);
const lessons = (await listCourse()).flatMap((m) => m.lessons.map((l) => l.slug));
const [first, second] = lessons;
const db = await openDatabase(
  env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.PGLITE_DATA_DIR },
);
try {
  const { created } = await seedDemo(db.prisma, {
    "ada@reconcile.dev": { completed: first ? [first] : [], started: second ? [second] : [] },
    "alan@reconcile.dev": { completed: lessons, started: [] },
    "katherine@reconcile.dev": { completed: [], started: first ? [first] : [] },
  });
  await seedDemoActivity(db.prisma);
  console.log(`Seeded ${created} new demo account(s) in the ${db.engine} database.`);
  console.log(`Demo cohort "${DEMO_COHORT.name}", join code ${DEMO_COHORT.joinCode}. Password for every account: ${DEMO_PASSWORD}`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(10)} ${a.email}`);
} finally {
  await db.close();
}
