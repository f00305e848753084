// Seeded fuzz of the workload commands against a live cluster: random command lines built from
// their words and flags never throw, every failure reads like kubectl (error:/Error from
// server/help text), and nothing JavaScript-shaped leaks into the output.
import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster";

const WORDS = ["deploy/web", "deploy", "web", "rs", "pods", "po", "sts/x", "svc", "node", "ns/default", "--replicas=3", "--replicas=-2", "--replicas",
  "--to-revision=1", "--revision=2", "--revision=x", "--timeout=1s", "--timeout=1h", "--current-replicas=1", "-l", "app=web", "--all", "--overwrite", "a=b", "a-",
  "web=nginx:1.26", "*=nginx", "=x", "-", "==", "a=b=c", "--list", "-n", "kube-system", "--containers=web", "A=1", "B-", "-f", "--watch=false", "-w",
  "deployment.apps/web", "pod/", "/x", "''"];
const COMMANDS = ["rollout status", "rollout history", "rollout undo", "rollout pause", "rollout resume", "rollout restart", "rollout", "scale", "set image", "set env", "set", "label", "annotate", "describe"];

describe("workload commands fuzz", () => {
  it("seed 11: 1,500 random lines, kubectl-style failures only", () => {
    const c = createCluster({ seed: 11 });
    c.kubectl("create -f -", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.25\n");
    c.settle();
    let seed = 11;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let i = 0; i < 1500; i++) {
      const line = [COMMANDS[rnd(COMMANDS.length)], ...Array.from({ length: 1 + rnd(4) }, () => WORDS[rnd(WORDS.length)])].join(" ");
      const r = c.kubectl(line, rnd(10) === 0 ? "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n" : undefined);
      const out = r.stdout + r.stderr;
      if (/undefined|TypeError|is not a function|Cannot read|NaN|\[object /.test(out)) throw new Error(`seed 11, line ${i}: kubectl ${line}\n${out}`);
      if (r.exitCode !== 0) expect(r.stderr, `kubectl ${line}`).toMatch(/^(error: |Error from server|Warning: |Manage the rollout|Configure application|label "|The )/m);
    }
  });
});
