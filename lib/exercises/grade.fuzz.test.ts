// Property tests for action logs sent to the grader (fast-check, fixed seeds): request bodies of
// any shape never throw out of the schema; valid-shaped logs (kubectl lines, editor applies,
// faults, waits; hostile lines and manifests included) grade to a report or to a clear
// "invalid-log"/"budget-exceeded" error, never to a simulator exception ("replay-failed"),
// with one result per check and a score within 0..maxScore; a forged verdict is refused.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRequestSchema } from "./action-log";
import { grade } from "./grade";
import { ALL_CHECKS, loadExercise } from "./server/registry";

const LINES = ["get pods", "kubectl get nodes -o wide", "apply -f -", "create deployment web --image=nginx:1.25 --replicas=3", "scale deploy web --replicas=0", "delete pod --all", "run x --image=busybox -- sh -c 'exit 1'", "label node kind-worker disk=ssd", "cordon kind-worker", "drain kind-worker2 --ignore-daemonsets", "rollout undo deploy/web", "get '", "ls", "kubectl", "", "get pods -w", "logs -f deploy/web"];
const MANIFESTS = [
  "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - {name: c, image: nginx:1.25}\n",
  "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: nginx:1.25}]\n",
  "a: &a [1,2]\nb: [*a,*a,*a]\n",
  "apiVersion: v1\nkind: Pod\nmetadata:\n  name: ÑAME\n",
  "{]",
];
const NODES = ["kind-worker", "kind-worker2", "kind-control-plane", "nope", "x".repeat(253)];

const action = fc.oneof(
  fc.record({ kind: fc.constant("kubectl"), payload: fc.record({ line: fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 60 })), stdin: fc.option(fc.constantFrom(...MANIFESTS), { nil: undefined }) }, { requiredKeys: ["line"] }) }),
  fc.record({ kind: fc.constant("apply"), payload: fc.record({ yaml: fc.oneof(fc.constantFrom(...MANIFESTS), fc.string({ maxLength: 80 })) }) }),
  fc.record({ kind: fc.constant("fault"), payload: fc.oneof(fc.record({ type: fc.constantFrom("failNode", "recoverNode", "cordon", "uncordon", "drain"), node: fc.constantFrom(...NODES) }), fc.record({ type: fc.constant("deletePod"), namespace: fc.constantFrom("default", "kube-system", "nope"), pod: fc.constantFrom("p", "web", "x") })) }),
  fc.record({ kind: fc.constant("wait") }),
);
/** A log with non-decreasing times (the schema's rule), sometimes broken on purpose. */
const log = fc.tuple(fc.array(fc.tuple(action, fc.integer({ min: 0, max: 120_000 })), { maxLength: 8 }), fc.boolean()).map(([steps, sorted]) => {
  let at = 0;
  return steps.map(([a, dt]) => ({ ...a, at: sorted ? (at += dt) : dt }));
});

describe("action-log fuzz against the grader (fast-check)", () => {
  it("arbitrary request bodies never throw out of the schema", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 5 }), fc.record({ actions: fc.jsonValue({ maxDepth: 3 }), idempotencyKey: fc.string(), passed: fc.boolean(), score: fc.integer() }, { requiredKeys: [] })), (body) => {
        const r = checkRequestSchema.safeParse(body);
        if (r.success) expect(r.data.actions.length).toBeLessThanOrEqual(500);
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it("a client-sent verdict or score is refused, not believed", () => {
    for (const forged of [{ passed: true }, { score: 6 }, { results: [] }]) {
      expect(checkRequestSchema.safeParse({ actions: [], idempotencyKey: "forged-key-1", ...forged }).success).toBe(false);
    }
  });

  it("valid-shaped logs grade to a report or a clear error, never a simulator exception", () => {
    const exercises = ALL_CHECKS.map((c) => loadExercise(c.exerciseId)!);
    fc.assert(
      fc.property(fc.nat({ max: exercises.length - 1 }), log, (pick, actions) => {
        const { exercise, checks } = exercises[pick]!;
        const outcome = grade(exercise, checks, actions);
        if (!outcome.ok) {
          expect(outcome.error.code, JSON.stringify({ exercise: exercise.id, actions, error: outcome.error }).slice(0, 1500)).toBe("invalid-log");
          return;
        }
        expect(outcome.report.results).toHaveLength(checks.checks.length);
        expect(outcome.report.score).toBeGreaterThanOrEqual(0);
        expect(outcome.report.score).toBeLessThanOrEqual(outcome.report.maxScore);
        expect(outcome.report.passed).toBe(outcome.report.score === outcome.report.maxScore && outcome.report.maxScore > 0);
        for (const r of outcome.report.results) expect(r.message, r.id).not.toMatch(/could not run|TypeError|undefined|\[object /);
      }),
      { seed: 2026, numRuns: 40 },
    );
  }, 120_000);
});
