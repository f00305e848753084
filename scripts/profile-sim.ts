// Profiling harness for the simulator (not a benchmark): runs one scenario so that
// `node --cpu-prof --import tsx scripts/profile-sim.ts <scenario>` records where time goes, then
// `npx tsx scripts/profile-sim.ts --summary <file.cpuprofile>` prints self time per function and
// per file. Scenarios: rollout (1,000-replica Deployment create + image change, the budget
// figure, twice), pods [N] (5,000 bare pods), big [N] (10,000-replica Deployment).
import { readFileSync } from "node:fs";
import { createCluster, type NodeSpec } from "../lib/sim";

const workers: NodeSpec[] = [
  { role: "control-plane" },
  ...Array.from({ length: 50 }, () => ({ role: "worker" as const, pods: 250, cpu: "64", memory: "256Gi" })),
];

function deployment(replicas: number, image: string): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bench\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels: {app: bench}\n  template:\n    metadata:\n      labels: {app: bench}\n    spec:\n      containers:\n      - name: c\n        image: ${image}\n`;
}

function rollout(replicas: number): void {
  const cluster = createCluster({ seed: 1, nodes: workers, maxPods: 1_000_000 });
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  if (cluster.kubectl("apply -f -", deployment(replicas, "nginx:1.25")).exitCode !== 0) throw new Error("apply failed");
  cluster.settle(3600);
  const t1 = performance.now();
  if (cluster.kubectl("apply -f -", deployment(replicas, "nginx:1.26")).exitCode !== 0) throw new Error("apply failed");
  cluster.settle(3600);
  const t2 = performance.now();
  const used = process.cpuUsage(cpu);
  console.log(`${replicas} replicas: create ${(t1 - t0).toFixed(0)} ms, rollout ${(t2 - t1).toFixed(0)} ms, cpu ${((used.user + used.system) / 1000).toFixed(0)} ms; revision ${cluster.internals.store.revision}; ${cluster.kubectl("get deploy bench --no-headers").stdout.trim()}`);
}

function pods(n: number): void {
  const cluster = createCluster({ seed: 1, nodes: workers, maxPods: 1_000_000 });
  const t0 = performance.now();
  for (let start = 0; start < n; start += 500) {
    const docs: string[] = [];
    for (let i = start; i < Math.min(n, start + 500); i++) docs.push(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  labels: {app: bench}\nspec:\n  containers:\n  - name: c\n    image: nginx:1.25\n`);
    cluster.kubectl("apply -f -", docs.join("---\n"));
  }
  cluster.settle(600);
  console.log(`${n} pods: ${(performance.now() - t0).toFixed(0)} ms`);
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

function summary(file: string): void {
  const p = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  const files = new Map<string, number>();
  for (const [id, t] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const f = url.replace(/^.*\/work\/main\//, "").replace(/^file:\/\//, "");
    fn.set(`${functionName || "(anon)"} ${f}:${lineNumber + 1}`, (fn.get(`${functionName || "(anon)"} ${f}:${lineNumber + 1}`) ?? 0) + t);
    files.set(f || functionName, (files.get(f || functionName) ?? 0) + t);
  }
  // Inclusive time per function name (each sample counted once per distinct frame on its stack).
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  for (const [id, t] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const { functionName, url, lineNumber } = byId.get(cur)!.callFrame;
      const k = `${functionName || "(anon)"} ${url.replace(/^.*\/work\/main\//, "")}:${lineNumber + 1}`;
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + t);
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`).join("\n");
  console.log(`total ${(total / 1000).toFixed(0)} ms\n--- self by function\n${top(fn, 45)}\n--- self by file\n${top(files, 30)}\n--- inclusive\n${top(incl, 70)}`);
}

const [arg, file] = process.argv.slice(2);
const n = Number(file);
if (arg === "--summary") summary(file!);
else if (arg === "pods") pods(n || 5000);
else if (arg === "big") rollout(n || 10_000);
else { rollout(1000); rollout(1000); }
