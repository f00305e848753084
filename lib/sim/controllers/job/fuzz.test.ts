// Seeded scenario fuzz (CONVENTIONS 7): random Job/CronJob workloads replayed twice give the
// same snapshot, and invariants hold after every step. The seed is in the test name.
import { describe, expect, it } from "vitest";
import { createCluster, type SimCluster } from "../../cluster";

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const IMAGES = [`busybox:1.36\n        command: ["sleep", "3"]`, `busybox:1.36\n        command: ["sh", "-c", "exit 2"]`, "ghcr.io/reconcile/crash:v1", `busybox:1.36\n        command: ["sleep", "40"]`];

function scenario(seed: number): { cluster: SimCluster; log: string[] } {
  const r = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const cluster = createCluster({ seed });
  const log: string[] = [];
  for (let step = 0; step < 12; step++) {
    const n = `w${step}`;
    const op = pick(["job", "indexed", "cron", "advance", "delete", "suspend"]);
    const image = pick(IMAGES);
    if (op === "job" || op === "indexed") {
      const extra = op === "indexed" ? "\n  completionMode: Indexed" : "";
      cluster.kubectl("apply -f -", `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ${n}\nspec:\n  completions: ${1 + Math.floor(r() * 4)}\n  parallelism: ${1 + Math.floor(r() * 3)}\n  backoffLimit: ${Math.floor(r() * 3)}${extra}\n  ttlSecondsAfterFinished: ${pick([5, 60, 600])}\n  template:\n    spec:\n      restartPolicy: ${pick(["Never", "OnFailure"])}\n      containers:\n      - name: c\n        image: ${image}\n`);
    } else if (op === "cron") {
      cluster.kubectl("apply -f -", `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: ${n}\nspec:\n  schedule: "${pick(["* * * * *", "*/2 * * * *", "@every 90s"])}"\n  concurrencyPolicy: ${pick(["Allow", "Forbid", "Replace"])}\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n          - name: c\n            image: ${image}\n`);
    } else if (op === "delete") {
      const jobs = cluster.internals.lister.list("jobs", "default");
      if (jobs.length) cluster.kubectl(`delete job ${pick([...jobs]).metadata.name}`);
    } else if (op === "suspend") {
      const jobs = cluster.internals.lister.list("jobs", "default");
      if (jobs.length) {
        cluster.internals.client("fuzz").patch("jobs", "default", pick([...jobs]).metadata.name, { spec: { suspend: r() < 0.5 } });
        cluster.internals.run();
      }
    }
    cluster.advance(Math.floor(r() * 90));
    log.push(`${op}:${cluster.now()}`);
    for (const j of cluster.internals.lister.list("jobs", "default")) {
      const st = j.status ?? {};
      const conds = (st.conditions ?? []).filter((c: { status: string }) => c.status === "True").map((c: { type: string }) => c.type);
      if (conds.includes("Complete") && conds.includes("Failed")) throw new Error(`seed ${seed}: ${j.metadata.name} both Complete and Failed`);
      if ((conds.includes("Complete") || conds.includes("Failed")) && (st.active ?? 0) > 0) throw new Error(`seed ${seed}: finished ${j.metadata.name} has active pods`);
      if ((st.ready ?? 0) > (st.active ?? 0)) throw new Error(`seed ${seed}: ${j.metadata.name} ready > active`);
      if (j.spec.completions !== undefined && j.spec.completionMode === "NonIndexed" && (st.succeeded ?? 0) > j.spec.completions + j.spec.parallelism) throw new Error(`seed ${seed}: ${j.metadata.name} succeeded runaway`);
    }
  }
  return { cluster, log };
}

describe("Job/CronJob seeded fuzz", () => {
  for (const seed of [1, 2, 3, 17, 42]) {
    it(`seed ${seed}: invariants hold and a replay gives the same snapshot`, () => {
      const a = scenario(seed);
      const b = scenario(seed);
      expect(b.log).toEqual(a.log);
      expect(JSON.stringify(b.cluster.snapshot())).toBe(JSON.stringify(a.cluster.snapshot()));
    });
  }
});
