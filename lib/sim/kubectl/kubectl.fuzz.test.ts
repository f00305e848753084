// Property tests for kubectl against a live cluster (fast-check, fixed seeds so a failure
// replays): command lines from kubectl's own vocabulary and arbitrary unicode never throw out
// of cluster.kubectl, exit codes are kubectl's (0 ok, 1 error), every failure reads like kubectl
// (error:/Error from server/usage text; exit 2 only for the shell's syntax errors), nothing JavaScript-shaped reaches the output, and the
// cluster's invariants (lib/sim/testing/invariants.ts) hold after every command.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCluster, type SimCluster } from "../cluster";
import { trackInvariants } from "../testing/invariants";

const JS_LEAK = /\bundefined\b|TypeError|RangeError|ReferenceError|is not a function|Cannot read prop|\bNaN\b|\[object |Maximum call stack|at Object\.|\.ts:\d+/;
const KUBECTL_FAILURE = /^(error: |Error from server|Error: |Warning: |Usage:|The |unknown |bash: |[A-Z][a-z]+ .*\n(Usage|Examples|Available Commands)|.*(not found|invalid|required|must|cannot|unknown))/m;

const SEED_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx:1.25
        ports: [{containerPort: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 80}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: default}
data: {mode: fast}
`;

const VERBS = ["get", "describe", "delete", "create", "apply", "run", "expose", "scale", "label", "annotate", "edit", "patch", "logs", "exec", "rollout", "set", "cordon", "uncordon", "drain", "taint", "top", "explain", "api-resources", "version", "config", "wait", "port-forward", "cp", "auth", "replace", "autoscale", "", "--help", "-h"];
const RESOURCES = ["pods", "po", "pod", "deploy", "deployments.apps", "rs", "svc", "services", "cm", "configmaps", "nodes", "no", "ns", "namespaces", "jobs", "cronjobs", "sts", "ds", "events", "ev", "all", "secrets", "pvc", "pv", "ingress", "netpol", "endpoints", "foo", "pods,svc", "deploy/web", "pod/web", "svc/web", "node/kind-worker", "ns/default", "nodes/kind-worker2"];
const NAMES = ["web", "settings", "kind-worker", "kind-control-plane", "nginx", "x", "a.b", "-", "--", "''", '""', "web-1", "WEB", "ñ", "a".repeat(254), "../etc", "%2e", "name with space", "*", "default", "kube-system"];
const FLAGS = ["-o", "yaml", "json", "wide", "name", "jsonpath={.items[*].metadata.name}", "jsonpath={", "custom-columns=N:.metadata.name", "go-template={{.}}", "-n", "kube-system", "-A", "--all-namespaces", "-l", "app=web", "app!=web", "app in (web,x)", "app=", "=", "--selector=app=web", "--field-selector=status.phase=Running", "--field-selector=bad", "-w", "--watch=false", "--replicas=3", "--replicas=-1", "--replicas=x", "--image=nginx:1.26", "--image=", "--image=UPPER", "--port=80", "--port=99999", "--dry-run=client", "--dry-run=server", "--dry-run=bogus", "-f", "-", "--force", "--grace-period=0", "--grace-period=-5", "--now", "--all", "--overwrite", "--cascade=orphan", "--cascade=foreground", "--cascade=nope", "--timeout=1s", "--show-labels", "-L", "app", "--sort-by=.metadata.name", "--sort-by={", "-p", '{"spec":{"replicas":1}}', "--type=merge", "--type=json", "-c", "web", "--tail=5", "--previous", "--", "sh", "-c", "echo hi", "--ignore-daemonsets", "--delete-emptydir-data", "key=value:NoSchedule", "key-", "app=web2", "a=b", "a-", "--record", "--v=9", "--unknown-flag", "-z", "--output", "--namespace=", "-n=", "--selector", ""];

const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...RESOURCES) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 5, arbitrary: fc.constantFrom(...FLAGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const commandLine = fc
  .tuple(fc.constantFrom(...VERBS), fc.array(word, { maxLength: 6 }))
  .map(([verb, rest]) => [verb, ...rest].join(" ").trim());
const stdin = fc.option(fc.oneof(fc.constant(SEED_YAML), fc.constant("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n"), fc.string({ maxLength: 80 })), { nil: undefined, freq: 4 });

function seeded(seed: number): SimCluster {
  const c = createCluster({ seed });
  const r = c.kubectl("apply -f -", SEED_YAML);
  if (r.exitCode !== 0) throw new Error(`seed workload failed: ${r.stderr}`);
  c.settle();
  return c;
}

function expectSane(line: string, r: { stdout: string; stderr: string; exitCode: number }) {
  const out = r.stdout + r.stderr;
  expect(JS_LEAK.test(out), `kubectl ${line}\n${out.slice(0, 600)}`).toBe(false);
  // 0 ok, 1 kubectl's errors, 2 the shell's syntax errors (an unmatched quote), as bash says.
  expect([0, 1, 2], `exit code of kubectl ${line}`).toContain(r.exitCode);
  if (r.exitCode === 2) expect(r.stderr).toMatch(/^bash: /);
  if (r.exitCode !== 0) {
    expect(r.stderr.length + r.stdout.length, `kubectl ${line} failed silently`).toBeGreaterThan(0);
    expect(out, `kubectl ${line}`).toMatch(KUBECTL_FAILURE);
  }
}

describe("kubectl fuzz (fast-check)", () => {
  it("sequences of vocabulary command lines: no throw, kubectl-shaped failures, invariants hold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(fc.tuple(commandLine, stdin), { minLength: 1, maxLength: 12 }), (seed, steps) => {
        const c = seeded(seed);
        const inv = trackInvariants(c);
        expect(inv.check()).toEqual([]);
        for (const [line, input] of steps) {
          let r: { stdout: string; stderr: string; exitCode: number };
          try {
            r = c.kubectl(line, input);
          } catch (e) {
            throw new Error(`kubectl ${line} threw: ${e instanceof Error ? e.stack : String(e)}`);
          }
          expectSane(line, r);
          expect(inv.check(), `after kubectl ${line}`).toEqual([]);
        }
        // Time passing (controllers, kubelets, GC) keeps the invariants too.
        c.advance(60);
        expect(inv.check(), "after 60 s of virtual time").toEqual([]);
      }),
      { seed: 20261202, numRuns: 40 },
    );
  }, 120_000);

  it("arbitrary unicode and control characters as a command line never throw", () => {
    const c = seeded(7);
    const inv = trackInvariants(c);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.option(fc.string({ unit: "binary", maxLength: 200 }), { nil: undefined }), (line, input) => {
        const r = c.kubectl(line, input);
        expect([0, 1, 2]).toContain(r.exitCode);
        expect(JS_LEAK.test(r.stdout + r.stderr), `${JSON.stringify(line)} → ${r.stderr.slice(0, 300)}`).toBe(false);
      }),
      { seed: 42, numRuns: 300 },
    );
    expect(inv.check()).toEqual([]);
  }, 120_000);

  it("very long lines and many arguments stay bounded", () => {
    const c = seeded(3);
    for (const line of ["get " + "pods ".repeat(5000), "get pods -l " + "a=b,".repeat(3000) + "a=b", "label pod web " + Array.from({ length: 2000 }, (_, i) => `k${i}=v`).join(" "), "get " + "x".repeat(100_000)]) {
      expectSane(line.slice(0, 60), c.kubectl(line));
    }
    expect(trackInvariants(c).check()).toEqual([]);
    // Bounded: the test's own timeout (lib/sim may not read wall-clock time).
  }, 20_000);
});
