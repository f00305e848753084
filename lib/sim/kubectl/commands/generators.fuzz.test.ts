// Seeded fuzz of the imperative generators (run, create <kind>, expose): random lines from their
// words and flags never throw, failures read like kubectl, and nothing JavaScript-shaped leaks.
import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster";

const WORDS = ["web", "x", "Bad_Name", "--image=nginx", "--image=NGINX", "--image=", "--image", "--port=80", "--port=http", "--port=-1", "--replicas=2", "--replicas=x",
  "--labels=a=b", "--labels=a", "-l", "a=b", "--env=A=1", "--env==", "--restart=Never", "--restart=x", "--command", "--", "sleep", "1", "--dry-run=client", "--dry-run=server",
  "--dry-run=x", "-o", "yaml", "json", "name", "wide", "--from-literal=a=1", "--from-literal=a", "--from-literal==", "--tcp=80:8080", "--tcp=x", "--tcp=80:http",
  "--node-port=30080", "--node-port=x", "--clusterip=None", "--external-name=a.b", "--type=NodePort", "--target-port=8080", "--name=svc", "--selector=app=web",
  "-n", "dev", "nope", "deployment", "deploy/web", "pod", "pod/web", "svc", "generic", "clusterip", "nodeport", "''", "--expose"];
const COMMANDS = ["run", "expose", "create deployment", "create deploy", "create namespace", "create configmap", "create secret", "create secret generic",
  "create service", "create service clusterip", "create service nodeport", "create service externalname", "create job"];

describe("generator commands fuzz", () => {
  it("seed 7: 1,500 random lines, kubectl-style failures only", () => {
    const c = createCluster({ seed: 7 });
    c.kubectl("create deployment web --image=nginx --port=80");
    c.kubectl("run web --image=nginx");
    c.advance(10);
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let i = 0; i < 1500; i++) {
      const line = [COMMANDS[rnd(COMMANDS.length)], ...Array.from({ length: 1 + rnd(5) }, () => WORDS[rnd(WORDS.length)])].join(" ");
      const r = c.kubectl(line);
      const out = r.stdout + r.stderr;
      if (/undefined|TypeError|is not a function|Cannot read|NaN|\[object /.test(out)) throw new Error(`seed 7, line ${i}: kubectl ${line}\n${out}`);
      if (r.exitCode !== 0) expect(r.stderr, `kubectl ${line}`).toMatch(/^(error: |Error from server|The )/);
    }
    expect(c.kubectl("get deploy web").exitCode).toBe(0);
  });
});
