// Simulator throughput: N bare pods applied at once on a 50-node cluster, settled until every
// pod is Running. Prints medians of several runs (machines are noisy; compare ratios, not ms).
// Then the DESIGN.md budget figure: a 1,000-replica Deployment created until all available, then
// an image change rolled out to completion (budget < 250 ms for both together), the same at
// 10,000 replicas, and the heap a settled 10,000-pod cluster holds.
// Each figure is wall-clock ms with the process CPU ms beside it: on a shared machine the wall
// clock mostly measures the other processes, the CPU time much less so.
// Run: npx tsx scripts/bench-sim.ts   (BENCH_QUICK=1: one run per line; BENCH_ROLLOUTS=1000: sizes)
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createCluster, type NodeSpec } from "../lib/sim";

const QUICK = process.env.BENCH_QUICK === "1";
const RUNS = QUICK ? 1 : 5;
const workers: NodeSpec[] = [
  { role: "control-plane" },
  ...Array.from({ length: 50 }, () => ({ role: "worker" as const, pods: 250, cpu: "64", memory: "256Gi" })),
];

// A full collection before reading heapUsed, so the figure is what the cluster keeps alive.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapMiB = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

// kubectl caps one stdin at 500 documents, so larger N is applied in batches.
function podManifests(n: number): string[] {
  const batches: string[] = [];
  for (let start = 0; start < n; start += 500) {
    const docs: string[] = [];
    for (let i = start; i < Math.min(n, start + 500); i++) {
      docs.push(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  labels: {app: bench}\nspec:\n  containers:\n  - name: c\n    image: nginx:1.25\n`);
    }
    batches.push(docs.join("---\n"));
  }
  return batches;
}

const cpuMs = (since?: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

let heapAt10k: number | undefined;

function runOnce(n: number, manifests: string[]): { ms: number; cpu: number; running: number } {
  const base = n === 10_000 && heapAt10k === undefined ? heapMiB() : 0;
  const cluster = createCluster({ seed: 1, nodes: workers, maxPods: 1_000_000 });
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const batch of manifests) {
    const applied = cluster.kubectl("apply -f -", batch);
    if (applied.exitCode !== 0) throw new Error(applied.stderr);
  }
  cluster.settle(600);
  const ms = performance.now() - start;
  const cpuUsed = cpuMs(cpu);
  // Heap held by the settled cluster (measured once, before the kubectl listing below allocates).
  if (n === 10_000 && heapAt10k === undefined) heapAt10k = heapMiB() - base;
  const rows = cluster.kubectl("get pods --no-headers").stdout.trim().split("\n");
  return { ms, cpu: cpuUsed, running: rows.filter((r) => /\sRunning\s/.test(r)).length };
}

console.log("pods    median ms (cpu ms)   pods Running/s (per cpu s)   Running");
let previous: { n: number; cpu: number } | undefined;
for (const n of [100, 1000, 10_000]) {
  const manifests = podManifests(n);
  const results = Array.from({ length: n >= 10_000 ? Math.min(RUNS, 3) : RUNS }, () => runOnce(n, manifests));
  const ms = median(results.map((r) => r.ms));
  const cpu = median(results.map((r) => r.cpu));
  const growth = previous ? `  (x${(cpu / previous.cpu).toFixed(1)} cpu for x${n / previous.n} pods)` : "";
  const rate = `${((n / ms) * 1000).toFixed(0)} (${((n / cpu) * 1000).toFixed(0)})`;
  console.log(`${String(n).padEnd(7)} ${`${ms.toFixed(0)} (${cpu.toFixed(0)})`.padStart(17)}   ${rate.padStart(25)}   ${results[0]?.running}/${n}${growth}`);
  previous = { n, cpu };
}
console.log(`heap held by a settled 10,000-pod cluster: ${heapAt10k?.toFixed(0)} MiB`);

function deploymentYaml(replicas: number, image: string): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bench\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels: {app: bench}\n  template:\n    metadata:\n      labels: {app: bench}\n    spec:\n      containers:\n      - name: c\n        image: ${image}\n`;
}

function rolloutOnce(replicas: number): { create: number; rollout: number; createCpu: number; rolloutCpu: number; ok: boolean } {
  const cluster = createCluster({ seed: 1, nodes: workers, maxPods: 1_000_000 });
  const available = () => cluster.kubectl("get deployment bench --no-headers").stdout.split(/\s+/)[3];
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  if (cluster.kubectl("apply -f -", deploymentYaml(replicas, "nginx:1.25")).exitCode !== 0) throw new Error("apply failed");
  cluster.settle(3600);
  const created = performance.now();
  const createCpu = cpuMs(cpu0);
  const first = available();
  if (cluster.kubectl("apply -f -", deploymentYaml(replicas, "nginx:1.26")).exitCode !== 0) throw new Error("apply failed");
  cluster.settle(3600);
  const done = performance.now();
  const rolloutCpu = cpuMs(cpu0) - createCpu;
  const [, ready, upToDate, avail] = cluster.kubectl("get deployment bench --no-headers").stdout.split(/\s+/);
  const all = String(replicas);
  return { create: created - start, rollout: done - created, createCpu, rolloutCpu, ok: first === all && ready === `${all}/${all}` && upToDate === all && avail === all };
}

// BENCH_ROLLOUTS=1000 limits the Deployment figures to the listed sizes.
const rolloutSizes = (process.env.BENCH_ROLLOUTS ?? "1000,10000").split(",").map(Number).filter((n) => n > 0);
for (const replicas of rolloutSizes) {
  const label = replicas.toLocaleString("en-US");
  const budget = replicas === 1000 ? "   (budget: create + rollout < 250)" : "";
  console.log(`\n${label}-replica Deployment on 50 nodes   median ms${budget}`);
  const rollouts = Array.from({ length: replicas >= 10_000 ? Math.min(RUNS, 3) : RUNS }, () => rolloutOnce(replicas));
  const fig = (wall: (r: (typeof rollouts)[number]) => number, cpu: (r: (typeof rollouts)[number]) => number) =>
    `${median(rollouts.map(wall)).toFixed(0)} (${median(rollouts.map(cpu)).toFixed(0)} cpu)`.padStart(18);
  console.log(`create → ${label} available`.padEnd(27) + fig((r) => r.create, (r) => r.createCpu));
  console.log(`image change → complete`.padEnd(27) + fig((r) => r.rollout, (r) => r.rolloutCpu));
  console.log(`total`.padEnd(27) + fig((r) => r.create + r.rollout, (r) => r.createCpu + r.rolloutCpu) + `   ${rollouts.every((r) => r.ok) ? "all runs complete" : "SOME RUNS DID NOT COMPLETE"}`);
}
