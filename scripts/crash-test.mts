// Nothing lost: under load (autocannon on 127.0.0.1: exercise attempts and quiz submissions,
// each with a fresh idempotency key), kill -9 the server mid-run, restart it on the same data,
// and check that every acknowledged attempt and submission (HTTP 200/201) is in the database
// exactly once, and that the embedded database opens cleanly after the crash.
//
//   NEXT_DIST_DIR=.next node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/crash-test.mts [--port=3407]
//
// PGlite by default; PostgreSQL when DATABASE_URL is set (then use a scratch database).
import crypto from "node:crypto";
import autocannon from "autocannon";
import { checks } from "@/content/01-why-kubernetes/02-cluster-anatomy/exercise.checks";
import { exercise } from "@/content/01-why-kubernetes/02-cluster-anatomy/exercise";
import { openDatabase } from "@/lib/db/engine";
import { findQuiz } from "@/lib/quiz/catalog";
import { findQuizKey } from "@/lib/quiz/server/keys";
import { rightAnswers } from "@/lib/quiz/validate";
import { argValue, signIn, startServer } from "./load-server.mjs";

const port = Number(argValue("port", "3407"));
const QUIZ_ID = "01-why-kubernetes.01-what-kubernetes-does";
const answers = rightAnswers(findQuiz(QUIZ_ID)!, findQuizKey(QUIZ_ID)!);
const engine = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";

const first = await startServer({ port, env: { RATE_LIMIT_MULTIPLIER: "100000" } });
const dataDir = first.dataDir;
const cookie = await signIn(first.baseUrl, "alan@reconcile.dev", "reconcile-demo");
const acked = { attempts: new Set<string>(), quiz: new Set<string>() };
let sent = 0;
const headers = { "content-type": "application/json", cookie, origin: first.baseUrl };

const load = (path: string, kind: "attempts" | "quiz", make: (key: string) => string) =>
  autocannon({
    url: first.baseUrl,
    connections: 20,
    duration: 90,
    timeout: 10,
    requests: [
      {
        method: "POST",
        path,
        headers,
        setupRequest: (req, context) => {
          const key = `crash-${kind}-${crypto.randomUUID()}`;
          context.key = key;
          sent++;
          return { ...req, body: make(key) };
        },
        onResponse: (status, _body, context) => {
          if (status === 200 || status === 201) acked[kind].add(String(context.key));
        },
      },
    ],
  });

console.log(`crash test on ${engine}: 2 × 20 connections (attempts + quiz submissions), kill -9 once ≥ 10 writes are acknowledged`);
const runs = [
  load(`/api/exercises/${exercise.id}/check`, "attempts", (key) => JSON.stringify({ actions: checks.reference, idempotencyKey: key })),
  load(`/api/quizzes/${QUIZ_ID}/submit`, "quiz", (key) => JSON.stringify({ idempotencyKey: key, answers })),
];
// Kill once writes are being acknowledged (at least 4 s in and 10 acknowledged, or 60 s), so the
// kill lands mid-stream with requests in flight on both routes.
const t0 = Date.now();
while (Date.now() - t0 < 60_000 && (Date.now() - t0 < 4000 || acked.attempts.size + acked.quiz.size < 10)) await new Promise((r) => setTimeout(r, 100));
const ackedBeforeKill = acked.attempts.size + acked.quiz.size;
await first.crash();
console.log(`killed with SIGKILL after ${sent} requests sent, ${ackedBeforeKill} acknowledged (${acked.attempts.size} attempts, ${acked.quiz.size} quiz submissions)`);
// autocannon keeps retrying against the dead port until its duration ends; its figures are not needed.
void Promise.allSettled(runs);

// The database opens cleanly after the crash (PGlite recovers its WAL; the stale lock is taken over).
const started = performance.now();
const db = await openDatabase(process.env.DATABASE_URL ? { kind: "postgres", url: process.env.DATABASE_URL } : { kind: "pglite", dataDir: `${dataDir}/pglite` });
const openMs = performance.now() - started;
let failures = 0;
try {
  const attemptKeys = [...acked.attempts];
  const quizKeys = [...acked.quiz];
  const attemptRows = await db.prisma.exerciseAttempt.groupBy({ by: ["idempotencyKey"], where: { idempotencyKey: { in: attemptKeys } }, _count: { _all: true } });
  const quizRows = await db.prisma.quizAttempt.groupBy({ by: ["idempotencyKey"], where: { idempotencyKey: { in: quizKeys } }, _count: { _all: true } });
  const check = (label: string, keys: string[], rows: { idempotencyKey: string | null; _count: { _all: number } }[]) => {
    const counts = new Map(rows.map((r) => [r.idempotencyKey, r._count._all]));
    const missing = keys.filter((k) => !counts.has(k));
    const duplicated = [...counts].filter(([, n]) => n !== 1);
    console.log(`${label}: ${keys.length} acknowledged, ${keys.length - missing.length} found once, ${missing.length} missing, ${duplicated.length} duplicated`);
    failures += missing.length + duplicated.length;
  };
  check("exercise attempts", attemptKeys, attemptRows);
  check("quiz submissions", quizKeys, quizRows);
  const total = (await db.prisma.exerciseAttempt.count()) + (await db.prisma.quizAttempt.count());
  console.log(`database reopened after the crash in ${openMs.toFixed(0)} ms; ${total} attempts stored in all (acknowledged or not)`);
} finally {
  await db.close();
}

// And the app itself restarts on the same data and serves.
const second = await startServer({ port, dataDir, seed: false, env: { RATE_LIMIT_MULTIPLIER: "100000" } });
const res = await fetch(`${second.baseUrl}/api/quizzes/${QUIZ_ID}`, { headers: { cookie: await signIn(second.baseUrl, "alan@reconcile.dev", "reconcile-demo") } });
console.log(`restarted server answers: HTTP ${res.status}`);
if (res.status !== 200) failures++;
await second.stop();

console.log(failures === 0 ? "PASS: every acknowledged write survived exactly once" : `FAIL: ${failures} problems`);
process.exit(failures === 0 ? 0 : 1);
