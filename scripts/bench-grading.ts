// Grading time per exercise: validate the reference solution's action log, replay it in a
// fresh cluster from the exercise's start, run every check, hash the final state — what the
// endpoint does per attempt, minus the database. Prints median and p99 of many runs after a
// warm-up (budget: < 20 ms median for a typical exercise, DESIGN.md "Performance budgets").
// Run: npm run bench:grading  (tsx with the react-server condition: checks files are server-only)
import os from "node:os";
import { grade } from "../lib/exercises/grade";
import { loadExercise } from "../lib/exercises/server/registry";
import { EXERCISES } from "../lib/exercises/catalog";

const WARMUP = 20;
const RUNS = Number(process.env.RUNS ?? 200);
const BUDGET_MS = 20;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

let worstMedian = 0;
console.log(`grading (replay + checks + state hash), ${RUNS} runs each after ${WARMUP} warm-up runs`);
for (const { id } of EXERCISES) {
  const { exercise, checks } = loadExercise(id)!;
  const log = JSON.parse(JSON.stringify(checks.reference)) as unknown;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = grade(exercise, checks, log);
    const ms = performance.now() - t0;
    const c1 = process.cpuUsage(c0);
    if (!out.ok || !out.report.passed) throw new Error(`${id}: the reference solution did not pass: ${JSON.stringify(out)}`);
    if (i >= WARMUP) {
      times.push(ms);
      cpu.push((c1.user + c1.system) / 1000);
    }
  }
  const median = quantile(times, 0.5);
  worstMedian = Math.max(worstMedian, median);
  const last = checks.reference.at(-1)?.at ?? 0;
  console.log(
    `${id.padEnd(34)} ${String(checks.reference.length).padStart(3)} actions, ${String(last / 1000).padStart(4)} s virtual  median ${median.toFixed(2).padStart(6)} ms  p99 ${quantile(times, 0.99).toFixed(2).padStart(6)} ms  (CPU median ${quantile(cpu, 0.5).toFixed(2)} ms)`,
  );
}
// Wall time suffers when other processes share the cores; the CPU median shows the work itself.
console.log(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
console.log(`worst median ${worstMedian.toFixed(2)} ms (budget < ${BUDGET_MS} ms): ${worstMedian < BUDGET_MS ? "within budget" : "OVER BUDGET"}`);
