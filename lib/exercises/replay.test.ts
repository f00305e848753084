import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Action } from "./action-log";
import { noPodDeletedByLearner } from "./checks/history";
import { historyCheck, pass } from "./checks/define";
import { podsReady } from "./checks/state";
import { grade, type GradeOutcome } from "./grade";
import { replay, timeline } from "./replay";
import { startCluster } from "./start";
import { stateHash } from "./state-hash";
import { advanceToNow } from "./timing";
import type { Exercise, ExerciseChecks, ObjectChange } from "./types";

const POD = (name: string, image = "nginx:1.27") => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels: {app: ${name}}
spec:
  containers:
  - name: ${name}
    image: ${image}
`;

const exercise: Exercise = {
  id: "test-exercise",
  lesson: "00-test/00-test",
  title: "test",
  task: "test",
  hints: [],
  start: { seed: 3, nodes: 3, objects: POD("web"), events: [{ at: 20_000, fault: { type: "killContainer", namespace: "default", pod: "web", container: "web" } }] },
  panels: ["terminal"],
};

// A history check that records everything it saw, to test what replay feeds checks.
const seen: { begin: number; changes: ObjectChange[] }[] = [];
const recorder = historyCheck("recorder", "records", () => {
  const mine = { begin: 0, changes: [] as ObjectChange[] };
  seen.push(mine);
  return {
    begin: (c) => void (mine.begin = c.list("pods").length),
    onChange: (c) => void mine.changes.push(c),
    finish: () => pass("ok"),
  };
});

const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [podsReady("hello", "app=hello", 1), noPodDeletedByLearner("no-delete"), recorder],
  reference: [],
};

const run = (log: unknown) => grade(exercise, checks, log);
const report = (log: unknown) => {
  const out = run(log);
  if (!out.ok) throw new Error(JSON.stringify(out.error));
  return out.report;
};

const solution: Action[] = [
  { at: 1_000, kind: "kubectl", payload: { line: "get pods" } },
  { at: 2_500, kind: "apply", payload: { yaml: POD("hello") } },
  { at: 31_234, kind: "wait" },
];

describe("replay", () => {
  it("grades the same log to the same verdict and state hash, twice", () => {
    const a = report(solution);
    const b = report(solution);
    expect(a).toEqual(b);
    expect(a.passed).toBe(true);
    expect(a.virtualMs).toBe(31_234);
    expect(a.stateHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("matches a cluster driven by hand from startCluster (what the widget does)", () => {
    const c = startCluster(exercise.start);
    advanceToNow(c, 1_000);
    c.kubectl("get pods");
    advanceToNow(c, 2_500);
    c.kubectl("apply -f -", POD("hello"));
    advanceToNow(c, 20_000);
    // The scripted event fires at 20 s: replay's result must include it.
    const replayed = report(solution);
    const gen = replay(exercise, solution);
    let step = gen.next();
    while (!step.done) step = gen.next();
    const restarts = step.value.cluster.internals.lister.get("pods", "default", "web")?.status?.containerStatuses?.[0]?.restartCount;
    expect(restarts).toBe(1);
    expect(replayed.stateHash).toBe(stateHash(step.value.cluster));
  });

  it("waiting in many small steps or one big one reaches the same state", () => {
    const small: Action[] = [...solution.slice(0, 2)];
    for (let t = 3_000; t < 31_234; t += 777) small.push({ at: t, kind: "wait" });
    small.push({ at: 31_234, kind: "wait" });
    expect(report(small).stateHash).toBe(report(solution).stateHash);
  });

  it("keeps the clock on whole milliseconds whatever the gaps", () => {
    const gen = replay(exercise, [{ at: 1_234, kind: "wait" }, { at: 5_678_901, kind: "wait" }]);
    let step = gen.next();
    while (!step.done) step = gen.next();
    expect(step.value.cluster.now()).toBe(5_678_901);
  });

  it("runs a scripted event before a learner action due at the same time, and drops events after the last action", () => {
    expect(timeline(exercise, [{ at: 20_000, kind: "wait" }]).map((s) => s.kind)).toEqual(["event", "action"]);
    expect(timeline(exercise, [{ at: 19_999, kind: "wait" }]).map((s) => s.kind)).toEqual(["action"]);
  });

  it("feeds history checks the starting state and every write, each with its virtual time", () => {
    seen.length = 0;
    report(solution);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.begin).toBe(1);
    const helloAdded = seen[0]!.changes.find((c) => c.type === "ADDED" && c.resource === "pods" && c.object.metadata.name === "hello");
    expect(helloAdded?.at).toBe(2_500);
    const times = seen[0]!.changes.map((c) => c.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("attributes a learner's pod deletion to its command and time", () => {
    const log: Action[] = [{ at: 4_000, kind: "kubectl", payload: { line: "kubectl delete pod web" } }, { at: 10_000, kind: "wait" }];
    expect(report(log).results.find((r) => r.id === "no-delete")).toEqual({
      id: "no-delete",
      passed: false,
      message: "At t=4s you deleted pod web by hand (`kubectl delete pod web`). Let the controllers replace pods instead.",
    });
    // The same pod removed by a fault button is not the learner's kubectl.
    const fault: Action[] = [{ at: 4_000, kind: "fault", payload: { type: "deletePod", namespace: "default", pod: "web" } }];
    expect(report(fault).results.find((r) => r.id === "no-delete")?.passed).toBe(true);
  });

  it("reports kubectl errors and impossible faults as action outcomes, not failures of the replay", () => {
    const log: Action[] = [
      { at: 0, kind: "kubectl", payload: { line: "frobnicate" } },
      { at: 1, kind: "apply", payload: { yaml: "a: [unclosed" } },
      { at: 2, kind: "fault", payload: { type: "failNode", node: "no-such-node" } },
      { at: 3, kind: "fault", payload: { type: "killContainer", namespace: "default", pod: "ghost", container: "x" } },
    ];
    const gen = replay(exercise, log);
    let step = gen.next();
    while (!step.done) step = gen.next();
    expect(step.value.records.map((r) => r.exitCode)).toEqual([1, 1, 1, 1]);
    expect(step.value.records[2]!.stderr).toBe("node no-such-node does not exist\n");
  });

  it("stops with budget-exceeded when the caller's budget runs out", () => {
    let steps = 0;
    const out = grade(exercise, checks, solution, { shouldStop: () => ++steps > 3 });
    expect(out).toEqual({ ok: false, error: { code: "budget-exceeded", message: expect.stringContaining("took longer than the grader allows") } });
  });
});

describe("malformed logs", () => {
  it("a log that is not an action array is an invalid-log error with field messages", () => {
    const out = run([{ at: 0, kind: "kubectl" }]);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error.code).toBe("invalid-log");
    expect(!out.ok && out.error.details?.length).toBeGreaterThan(0);
  });

  it("never throws on arbitrary input (fast-check)", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const out = run(input);
        expect(out.ok === false ? out.error.code : "ok").toMatch(/^(invalid-log|ok)$/);
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });

  // Well-formed but arbitrary logs: odd commands, broken YAML, faults on anything. The replay
  // must finish without throwing and give the same verdict twice.
  const word = fc.constantFrom("get", "pods", "pod", "web", "delete", "apply", "-f", "-", "create", "nodes", "-o", "yaml", "wide", "--all", "-n", "kube-system", "--force", "--grace-period=0", "'", '"', "|");
  const action = fc.oneof(
    fc.record({ kind: fc.constant("kubectl"), payload: fc.record({ line: fc.array(word, { maxLength: 6 }).map((w) => w.join(" ")) }) }),
    fc.record({ kind: fc.constant("apply"), payload: fc.record({ yaml: fc.oneof(fc.constant(POD("x")), fc.constant(POD("y", "nope:1"))
      , fc.string({ maxLength: 40 }), fc.constant("a: &a [*a, *a]"), fc.constant(`${POD("web")}---\nkind: Deployment\n`)) }) }),
    fc.record({ kind: fc.constant("fault"), payload: fc.oneof(
      fc.record({ type: fc.constantFrom("failNode", "recoverNode", "cordon", "uncordon", "drain"), node: fc.constantFrom("kind-worker", "kind-worker2", "kind-control-plane", "x") }),
      fc.record({ type: fc.constant("killContainer"), namespace: fc.constant("default"), pod: fc.constantFrom("web", "x"), container: fc.constantFrom("web", "x") }),
      fc.record({ type: fc.constant("deletePod"), namespace: fc.constant("default"), pod: fc.constantFrom("web", "x") }),
    ) }),
    fc.record({ kind: fc.constant("wait") }),
  );
  const log = fc.array(fc.tuple(fc.integer({ min: 0, max: 120_000 }), action), { maxLength: 12 }).map((xs) => {
    const times = xs.map(([t]) => t).sort((a, b) => a - b);
    return xs.map(([, a], i) => ({ at: times[i]!, ...a }));
  });

  it("replays any well-formed log without throwing, deterministically (fast-check)", () => {
    fc.assert(
      fc.property(log, (actions) => {
        const a: GradeOutcome = run(actions);
        expect(a.ok).toBe(true);
        expect(run(actions)).toEqual(a);
      }),
      { numRuns: 40, seed: 20261202 },
    );
  });
});

describe("stateHash", () => {
  it("changes with the objects and the clock, not with how the cluster got there", () => {
    const a = startCluster(exercise.start);
    const b = startCluster(exercise.start);
    expect(stateHash(a)).toBe(stateHash(b));
    advanceToNow(a, 5_000);
    expect(stateHash(a)).not.toBe(stateHash(b));
    for (let t = 1_000; t <= 5_000; t += 1_000) advanceToNow(b, t);
    expect(stateHash(a)).toBe(stateHash(b));
    a.kubectl("apply -f -", POD("hello"));
    expect(stateHash(a)).not.toBe(stateHash(b));
  });
});
