// Simulator throughput: N bare pods applied at once on a 50-node cluster, settled until every
// pod is Running. Prints medians of several runs (machines are noisy; compare ratios, not ms).
// Then the DESIGN.md budget figure: a 1,000-replica Deployment created until all available, then
// an image change rolled out to completion (budget < 250 ms for both together).
// Run: npx tsx scripts/bench-sim.ts
import { createCluster, type NodeSpec } from "../lib/sim";

const RUNS = 5;
const workers: NodeSpec[] = [
  { role: "control-plane" },
  ...Array.from({ length: 50 }, () => ({ role: "worker" as const, pods: 250, cpu: "64", memory: "256Gi" })),
];

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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function runOnce(n: number, manifests: string[]): { ms: number; running: number } {
  const cluster = createCluster({ seed: 1, nodes: workers });
  const start = performance.now();
  for (const batch of manifests) {
    const applied = cluster.kubectl("apply -f -", batch);
    if (applied.exitCode !== 0) throw new Error(applied.stderr);
  }
  cluster.settle(600);
  const ms = performance.now() - start;
  const rows = cluster.kubectl("get pods --no-headers").stdout.trim().split("\n");
  return { ms, running: rows.filter((r) => /\sRunning\s/.test(r)).length };
}

console.log("pods   median ms   pods Running/s   Running");
let previous: { n: number; ms: number } | undefined;
for (const n of [100, 1000, 5000]) {
  const manifests = podManifests(n);
  const results = Array.from({ length: n >= 5000 ? 3 : RUNS }, () => runOnce(n, manifests));
  const ms = median(results.map((r) => r.ms));
  const growth = previous ? `  (x${(ms / previous.ms).toFixed(1)} time for x${n / previous.n} pods)` : "";
  console.log(`${String(n).padEnd(6)} ${ms.toFixed(0).padStart(9)}   ${((n / ms) * 1000).toFixed(0).padStart(14)}   ${results[0]?.running}/${n}${growth}`);
  previous = { n, ms };
}
function deploymentYaml(image: string): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bench\nspec:\n  replicas: 1000\n  selector:\n    matchLabels: {app: bench}\n  template:\n    metadata:\n      labels: {app: bench}\n    spec:\n      containers:\n      - name: c\n        image: ${image}\n`;
}

function rolloutOnce(): { create: number; rollout: number; ok: boolean } {
  const cluster = createCluster({ seed: 1, nodes: workers });
  const available = () => cluster.kubectl("get deployment bench --no-headers").stdout.split(/\s+/)[3];
  const start = performance.now();
  if (cluster.kubectl("apply -f -", deploymentYaml("nginx:1.25")).exitCode !== 0) throw new Error("apply failed");
  cluster.settle(600);
  const created = performance.now();
  const first = available();
  if (cluster.kubectl("apply -f -", deploymentYaml("nginx:1.26")).exitCode !== 0) throw new Error("apply failed");
  cluster.settle(600);
  const done = performance.now();
  const [, ready, upToDate, avail] = cluster.kubectl("get deployment bench --no-headers").stdout.split(/\s+/);
  return { create: created - start, rollout: done - created, ok: first === "1000" && ready === "1000/1000" && upToDate === "1000" && avail === "1000" };
}

console.log("\n1,000-replica Deployment on 50 nodes   median ms (budget: create + rollout < 250)");
const rollouts = Array.from({ length: RUNS }, rolloutOnce);
const createMs = median(rollouts.map((r) => r.create));
const rolloutMs = median(rollouts.map((r) => r.rollout));
console.log(`create → 1000 available   ${createMs.toFixed(0).padStart(7)}`);
console.log(`image change → complete   ${rolloutMs.toFixed(0).padStart(7)}`);
console.log(`total                     ${median(rollouts.map((r) => r.create + r.rollout)).toFixed(0).padStart(7)}   ${rollouts.every((r) => r.ok) ? "all runs complete" : "SOME RUNS DID NOT COMPLETE"}`);

const heap = process.memoryUsage().heapUsed / 2 ** 20;
console.log(`heap after runs: ${heap.toFixed(0)} MiB`);
