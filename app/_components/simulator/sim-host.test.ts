import { describe, expect, it } from "vitest";
import type { FromWorker } from "./protocol";
import { SimHost } from "./sim-host";

const POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.27\n";

function host() {
  const out: FromWorker[] = [];
  // A wall clock that moves 50 ms per read: view pacing is then the same on a loaded machine.
  let wall = 0;
  const h = new SimHost({ seed: 1 }, (m) => out.push(m), () => (wall += 50));
  const last = <T extends FromWorker["type"]>(type: T) => out.filter((m) => m.type === type).at(-1) as Extract<FromWorker, { type: T }> | undefined;
  return { h, out, last };
}

describe("SimHost", () => {
  it("publishes the clock and a view with the kind nodes on start", () => {
    const { last } = host();
    expect(last("clock")).toEqual({ type: "clock", now: 0, playing: true, speed: 1 });
    expect(last("view")?.view.nodes.map((n) => n.name)).toEqual(["kind-control-plane", "kind-worker", "kind-worker2"]);
  });

  it("answers kubectl lines with stdout, stderr and exit code", () => {
    const { h, last } = host();
    h.handle({ type: "kubectl", id: 7, line: "get nodes" });
    expect(last("result")).toMatchObject({ id: 7, exitCode: 0, stderr: "" });
    expect(last("result")?.stdout).toMatch(/^NAME\s+STATUS\s+ROLES/);
    h.handle({ type: "kubectl", id: 8, line: "get pod nope" });
    expect(last("result")).toMatchObject({ id: 8, exitCode: 1, stdout: "", stderr: 'Error from server (NotFound): pods "nope" not found\n' });
  });

  it("applies YAML like kubectl apply -f - and shows the pod reach Running as time advances", () => {
    const { h, last } = host();
    h.handle({ type: "apply", id: 1, yaml: POD });
    expect(last("result")).toMatchObject({ id: 1, stdout: "pod/web created\n", exitCode: 0, diagnostics: [] });
    const pod = () => last("view")!.view.nodes.flatMap((n) => n.pods).find((p) => p.name === "web");
    expect(pod()?.status).toBe("ContainerCreating");
    for (let i = 0; i < 300 && pod()?.status !== "Running"; i++) h.tick(100);
    expect(pod()).toMatchObject({ status: "Running", tone: "ok", ready: "1/1", restarts: 0, images: ["nginx:1.27"] });
  });

  it("advances virtual time by real time × speed, and not when paused", () => {
    const { h, last } = host();
    h.tick(250);
    expect(last("clock")?.now).toBe(250);
    h.handle({ type: "speed", speed: 20 });
    h.tick(100);
    expect(last("clock")).toMatchObject({ now: 2250, speed: 20 });
    h.handle({ type: "pause" });
    h.tick(1000);
    expect(last("clock")).toMatchObject({ now: 2250, playing: false });
    h.handle({ type: "play" });
    h.tick(5000); // capped: a stalled tab does not jump minutes ahead
    expect(last("clock")?.now).toBe(2250 + 20_000);
  });

  it("steps to the next event, pausing the clock", () => {
    const { h, last } = host();
    h.handle({ type: "pause" });
    h.handle({ type: "apply", id: 1, yaml: POD });
    const t0 = last("clock")!.now;
    h.handle({ type: "step", id: 2 });
    const s = last("stepped")!;
    expect(s.events).toBeGreaterThan(0);
    expect(s.now).toBeGreaterThan(t0);
    expect(last("clock")?.playing).toBe(false);
  });

  it("stops stepping just after the event it reached", () => {
    const { h, out, last } = host();
    h.handle({ type: "pause" });
    h.handle({ type: "apply", id: 1, yaml: POD });
    for (let i = 0; i < 3; i++) {
      const before = last("clock")!.now;
      h.handle({ type: "step", id: 10 + i });
      const s = last("stepped")!;
      const entries = out.filter((m) => m.type === "trace").flatMap((m) => (m.type === "trace" ? m.entries : []));
      const reached = entries.filter((e) => e.at > before).map((e) => e.at);
      expect(s.events).toBeGreaterThan(0);
      // Probes are 10 ms apart for the first second, 100 ms up to a minute.
      expect(s.now - Math.min(...reached)).toBeLessThanOrEqual(s.now - before <= 1000 ? 10 : 100);
    }
  });

  it("forwards the learner's trace entries but not the view's own list calls", () => {
    const { h, out } = host();
    const before = out.filter((m) => m.type === "trace").length;
    h.tick(100);
    expect(out.filter((m) => m.type === "trace").length).toBe(before);
    h.handle({ type: "kubectl", id: 1, line: "get pods" });
    const entries = out.filter((m) => m.type === "trace").flatMap((m) => (m.type === "trace" ? m.entries : []));
    const lists = entries.filter((e) => e.type === "api" && e.verb === "list");
    expect(lists.map((e) => (e.type === "api" ? e.resource : ""))).toEqual(["pods"]);
  });

  it("paces view refreshes by their cost, but shows a learner's action at once", () => {
    const out: FromWorker[] = [];
    let wall = 0;
    // Every wall-clock read moves 100 ms: each refresh "costs" 100 ms, so the next waits 400 ms.
    const h = new SimHost({ seed: 1 }, (m) => out.push(m), () => (wall += 100));
    const views = () => out.filter((m) => m.type === "view").length;
    h.handle({ type: "speed", speed: 20 });
    h.handle({ type: "apply", id: 1, yaml: POD });
    const afterApply = views();
    let dirtyTicks = 0;
    for (let i = 0; i < 40; i++) {
      const traces = out.filter((m) => m.type === "trace").length;
      h.tick(100);
      if (out.filter((m) => m.type === "trace").length > traces) dirtyTicks++;
    }
    expect(dirtyTicks).toBeGreaterThan(3);
    expect(views() - afterApply).toBeLessThan(dirtyTicks);
    const before = views();
    h.handle({ type: "kubectl", id: 2, line: "delete pod web --grace-period=0 --force" });
    expect(views()).toBe(before + 1);
  });

  it("puts an apply validation error on the YAML line it names", () => {
    const { h, last } = host();
    h.handle({ type: "apply", id: 1, yaml: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: nginx\n" });
    expect(last("result")).toMatchObject({ exitCode: 1, diagnostics: [{ line: 7, message: "spec.containers[0].image: Required value" }] });
  });

  it("returns a snapshot that restores the same cluster", () => {
    const { h, last } = host();
    h.handle({ type: "apply", id: 1, yaml: POD });
    h.handle({ type: "snapshot", id: 2 });
    const restored = host();
    const copy = new SimHost({ snapshot: last("snapshot")!.snapshot }, (m) => restored.out.push(m));
    expect(copy.cluster.kubectl("get pods -o name").stdout).toBe("pod/web\n");
  });
});

describe("SimHost streams, completion, inspector and trace objects", () => {
  it("streams get -w rows while time runs, each at its own virtual time, until interrupted", () => {
    const { h, out, last } = host();
    h.handle({ type: "kubectl", id: 1, line: "get pods -w" });
    expect(last("result")).toMatchObject({ id: 1, stdout: "", streaming: true });
    h.handle({ type: "apply", id: 2, yaml: POD });
    for (let i = 0; i < 100; i++) h.tick(100);
    const rows = out.filter((m): m is Extract<FromWorker, { type: "stream" }> => m.type === "stream" && m.id === 1).map((m) => m.stdout).join("");
    expect(rows.startsWith("NAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Pending   0          0s\n")).toBe(true);
    expect(rows).toMatch(/web    1\/1     Running             0          \d+s\n$/);
    h.handle({ type: "interrupt", id: 1 });
    expect(last("stream")).toMatchObject({ id: 1, done: true });
    const count = out.length;
    h.handle({ type: "kubectl", id: 3, line: "label pod web x=1" });
    for (let i = 0; i < 5; i++) h.tick(100);
    expect(out.slice(count).some((m) => m.type === "stream")).toBe(false);
  });

  it("keeps a get -w stream open through the widget's other requests (editor apply, Tab, inspector, Delete pod); a new terminal line ends it", () => {
    const { h, out, last } = host();
    h.handle({ type: "kubectl", id: 1, line: "run web --image=nginx" });
    h.handle({ type: "kubectl", id: 2, line: "get pods -w" });
    for (let i = 0; i < 30; i++) h.tick(100);
    const streamed = () => out.filter((m): m is Extract<FromWorker, { type: "stream" }> => m.type === "stream" && m.id === 2);
    h.handle({ type: "apply", id: 3, yaml: POD.replace("name: web", "name: api") });
    h.handle({ type: "complete", id: 4, line: "kubectl get pods w", cursor: 18 });
    h.handle({ type: "inspect", id: 5, target: { resource: "pods", namespace: "default", name: "web" } });
    h.handle({ type: "snapshot", id: 6 });
    h.handle({ type: "fault", id: 7, fault: { type: "deletePod", namespace: "default", pod: "web" } });
    for (let i = 0; i < 5; i++) h.tick(100);
    const rows = streamed().map((m) => m.stdout).join("");
    expect(rows).toMatch(/^api\s+0\/1\s+Pending\s+0\s+0s$/m);
    expect(rows).toMatch(/^web\s+1\/1\s+Terminating\s+0\s+\d+s$/m);
    expect(streamed().some((m) => m.done)).toBe(false);
    h.handle({ type: "kubectl", id: 8, line: "get pods" });
    expect(streamed().at(-1)).toMatchObject({ done: true });
    expect(last("result")).toMatchObject({ id: 8, exitCode: 0 });
  });

  it("answers completions from the live cluster", () => {
    const { h, last } = host();
    h.handle({ type: "apply", id: 1, yaml: POD });
    h.handle({ type: "complete", id: 2, line: "kubectl get pods w", cursor: 18 });
    expect(last("completions")).toEqual({ type: "completions", id: 2, from: 17, candidates: ["web"] });
  });

  it("inspects an object through kubectl (yaml, events, describe) without forwarding those reads", () => {
    const { h, out, last } = host();
    h.handle({ type: "apply", id: 1, yaml: POD });
    for (let i = 0; i < 30; i++) h.tick(100);
    const traced = out.filter((m) => m.type === "trace").length;
    h.handle({ type: "inspect", id: 2, target: { resource: "pods", namespace: "default", name: "web" } });
    const r = last("inspected")!;
    expect(r.yaml.stdout).toMatch(/^apiVersion: v1\nkind: Pod\n/);
    expect(r.events.stdout).toMatch(/Scheduled\s+pod\/web\s+Successfully assigned default\/web/);
    expect(r.describe.stdout).toMatch(/^Name:\s+web\nNamespace:\s+default\n/);
    h.handle({ type: "inspect", id: 3, target: { resource: "nodes", name: "kind-worker" } });
    expect(last("inspected")!.yaml.stdout).toMatch(/kind: Node/);
    h.tick(100);
    const fresh = out.filter((m) => m.type === "trace").slice(traced).flatMap((m) => (m as { entries: { type: string; verb?: string; user?: string }[] }).entries);
    expect(fresh.filter((e) => e.type === "api" && e.user === "kubectl")).toEqual([]);
  });

  it("shows the object a trace entry is about, as stored at that revision", () => {
    const { h, out, last } = host();
    h.handle({ type: "apply", id: 1, yaml: POD });
    const entries = out.filter((m) => m.type === "trace").flatMap((m) => (m as { entries: { id: number; type: string; eventType?: string; key?: string }[] }).entries);
    const created = entries.find((e) => e.type === "store" && e.eventType === "ADDED" && e.key === "/registry/pods/default/web")!;
    h.handle({ type: "traceObject", id: 2, entry: created.id });
    const r = last("traceObject")!;
    expect(r.title).toMatch(/^ADDED \/registry\/pods\/default\/web at revision \d+$/);
    expect(r.yaml).toContain("phase: Pending");
    expect(r.yaml).not.toContain("nodeName");
    h.handle({ type: "traceObject", id: 3, entry: 10_000_000 });
    expect(last("traceObject")!.yaml).toMatch(/no longer kept/);
  });
});

describe("SimHost in exercise mode", () => {
  // The exercise of lesson 1.1 (a scripted crash of `web` at t=30s) and its server-side checks.
  const exerciseHost = async () => {
    const { exercise } = await import("@/content/01-why-kubernetes/01-what-kubernetes-does/exercise");
    const out: FromWorker[] = [];
    const h = new SimHost({ exercise: exercise.start }, (m) => out.push(m));
    const last = <T extends FromWorker["type"]>(type: T) => out.filter((m) => m.type === type).at(-1) as Extract<FromWorker, { type: T }> | undefined;
    return { h, out, last, exercise };
  };
  const HELLO = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: hello\n  labels:\n    app: hello\nspec:\n  containers:\n    - name: hello\n      image: nginx:1.27\n";

  it("starts from the exercise's starting cluster, the grader's startCluster", async () => {
    const { h, last, exercise } = await exerciseHost();
    const { startCluster } = await import("@/lib/exercises/start");
    const { stateHash } = await import("@/lib/exercises/state-hash");
    h.handle({ type: "attempt", id: 1 });
    expect(last("attempt")).toEqual({ type: "attempt", id: 1, actions: [{ at: 0, kind: "wait" }], stateHash: stateHash(startCluster(exercise.start)) });
  });

  it("records actions at their virtual time, fires the scripted crash, and the grader's replay agrees (verdict and state hash)", async () => {
    const { h, last, exercise } = await exerciseHost();
    for (let i = 0; i < 20; i++) h.tick(100); // 2 s
    h.handle({ type: "apply", id: 1, yaml: HELLO });
    h.handle({ type: "kubectl", id: 2, line: "kubectl get pods" });
    for (let i = 0; i < 430; i++) h.tick(100.3); // fractional real time must still give whole virtual ms
    h.handle({ type: "attempt", id: 3 });
    const attempt = last("attempt")!;
    expect(attempt.actions.map((a) => [a.at, a.kind])).toEqual([
      [2_000, "apply"],
      [2_000, "kubectl"],
      [attempt.actions[2]!.at, "wait"],
    ]);
    expect(attempt.actions.every((a) => Number.isInteger(a.at))).toBe(true);
    expect(attempt.actions[2]!.at).toBeGreaterThan(45_000);
    h.handle({ type: "kubectl", id: 4, line: "get pod web" });
    expect(last("result")?.stdout).toMatch(/web\s+1\/1\s+Running\s+1 \(/);

    const { checks } = await import("@/content/01-why-kubernetes/01-what-kubernetes-does/exercise.checks");
    const { grade } = await import("@/lib/exercises/grade");
    const outcome = grade(exercise, checks, attempt.actions);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report.results.filter((r) => !r.passed)).toEqual([]);
    expect(outcome.report.stateHash).toBe(attempt.stateHash);
  });

  it("a wrong attempt (stopping before the crash) is recorded as it happened and fails on the server", async () => {
    const { h, last, exercise } = await exerciseHost();
    h.handle({ type: "apply", id: 1, yaml: HELLO });
    for (let i = 0; i < 100; i++) h.tick(100);
    h.handle({ type: "attempt", id: 2 });
    const attempt = last("attempt")!;
    expect(attempt.actions).toEqual([
      { at: 0, kind: "apply", payload: { yaml: HELLO } },
      { at: 10_000, kind: "wait" },
    ]);
    const { checks } = await import("@/content/01-why-kubernetes/01-what-kubernetes-does/exercise.checks");
    const { grade } = await import("@/lib/exercises/grade");
    const outcome = grade(exercise, checks, attempt.actions);
    expect(outcome.ok && outcome.report.results.find((r) => r.id === "web-healed")).toMatchObject({ passed: false });
    expect(outcome.ok && outcome.report.stateHash).toBe(attempt.stateHash);
  });

  it("records fault buttons; the grader replays them to the same state, with a get -w stream open meanwhile", async () => {
    const { h, out, last, exercise } = await exerciseHost();
    h.handle({ type: "apply", id: 1, yaml: HELLO });
    h.handle({ type: "kubectl", id: 2, line: "kubectl get pods -w" });
    expect(last("result")).toMatchObject({ id: 2, streaming: true, exitCode: 0 });
    for (let i = 0; i < 50; i++) h.tick(100);
    const node = last("view")!.view.nodes.find((n) => n.pods.some((p) => p.name === "web"))!.name;
    h.handle({ type: "fault", id: 3, fault: { type: "cordon", node } });
    expect(last("result")).toMatchObject({ id: 3, exitCode: 0, stdout: "cordon done\n" });
    h.handle({ type: "fault", id: 4, fault: { type: "killContainer", namespace: "default", pod: "web", container: "web" } });
    h.handle({ type: "fault", id: 5, fault: { type: "failNode", node: "" } as never });
    expect(last("result")).toMatchObject({ id: 5, exitCode: 1 });
    for (let i = 0; i < 100; i++) h.tick(100);
    h.handle({ type: "interrupt", id: 2 });
    const streamed = out.filter((m) => m.type === "stream").map((m) => (m as { stdout: string }).stdout).join("");
    expect(streamed).toMatch(/web\s+0\/1\s+Error|web\s+0\/1\s+Completed|CrashLoopBackOff|web\s+1\/1\s+Running\s+1/);
    expect(out.filter((m) => m.type === "stream").at(-1)).toMatchObject({ done: true });
    h.handle({ type: "attempt", id: 6 });
    const attempt = last("attempt")!;
    expect(attempt.actions.map((a) => a.kind)).toEqual(["apply", "kubectl", "fault", "fault", "wait"]);
    const { checks } = await import("@/content/01-why-kubernetes/01-what-kubernetes-does/exercise.checks");
    const { grade } = await import("@/lib/exercises/grade");
    const outcome = grade(exercise, checks, attempt.actions);
    expect(outcome.ok && outcome.report.stateHash).toBe(attempt.stateHash);
  });

  it("a playground records nothing", () => {
    const { h, last } = host();
    h.handle({ type: "kubectl", id: 1, line: "get pods" });
    h.handle({ type: "attempt", id: 2 });
    expect(last("attempt")?.actions).toEqual([]);
  });
});
