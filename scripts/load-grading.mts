// Grading endpoint under load: `next start` on 127.0.0.1, a signed-in learner posting the
// reference solution of an exercise (a fresh idempotency key per request, so every request is
// graded and stored), at 10, 50 and 200 concurrent connections.
//
//   NEXT_DIST_DIR=.next node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/load-grading.mts [--long] [--port=3406]
//
// 10 s per level by default (--long: 30 s, as the figures). DATABASE_URL set: PostgreSQL.
// Rate limits are scaled up (RATE_LIMIT_MULTIPLIER) for this run only: the point is the
// grader's throughput, not the limiter refusing one user's flood.
import crypto from "node:crypto";
import autocannon from "autocannon";
import { checks } from "@/content/01-why-kubernetes/02-cluster-anatomy/exercise.checks";
import { exercise } from "@/content/01-why-kubernetes/02-cluster-anatomy/exercise";
import { arg, argValue, signIn, startServer } from "./load-server.mjs";

const duration = arg("long") ? 30 : 10;
const port = Number(argValue("port", "3406"));
const levels = [10, 50, 200];

const server = await startServer({ port, env: { RATE_LIMIT_MULTIPLIER: "100000" } });
try {
  const cookie = await signIn(server.baseUrl, "ada@reconcile.dev", "reconcile-demo");
  const body = (key: string) => JSON.stringify({ actions: checks.reference, idempotencyKey: key });
  // Warm-up: the first grading loads the simulator modules.
  for (let i = 0; i < 3; i++) {
    const res = await fetch(`${server.baseUrl}/api/exercises/${exercise.id}/check`, { method: "POST", headers: { "content-type": "application/json", cookie, origin: server.baseUrl }, body: body(`warm-${crypto.randomUUID()}`) });
    if (res.status !== 200) throw new Error(`warm-up grading failed: HTTP ${res.status} ${await res.text()}`);
  }
  const engine = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";
  console.log(`grading ${exercise.id} (${checks.reference.length} actions) on next start + ${engine}, ${duration} s per level`);
  console.log("connections  req/s   p50 ms  p99 ms  2xx     non-2xx  errors");
  const rows: { connections: number; rps: number; p50: number; p99: number }[] = [];
  for (const connections of levels) {
    const result = await autocannon({
      url: server.baseUrl,
      connections,
      duration,
      timeout: 60,
      requests: [
        {
          method: "POST",
          path: `/api/exercises/${exercise.id}/check`,
          headers: { "content-type": "application/json", cookie, origin: server.baseUrl },
          setupRequest: (req) => ({ ...req, body: body(`load-${crypto.randomUUID()}`) }),
        },
      ],
    });
    rows.push({ connections, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
    console.log(
      `${String(connections).padStart(11)}  ${result.requests.average.toFixed(1).padStart(6)}  ${String(result.latency.p50).padStart(6)}  ${String(result.latency.p99).padStart(6)}  ${String(result["2xx"]).padStart(6)}  ${String(result.non2xx).padStart(7)}  ${String(result.errors + result.timeouts).padStart(6)}`,
    );
  }
  const base = rows[0]!;
  for (const r of rows.slice(1)) console.log(`${r.connections} vs ${base.connections} connections: throughput ×${(r.rps / base.rps).toFixed(2)}, p50 ×${(r.p50 / base.p50).toFixed(1)}`);
} finally {
  await server.stop();
}
