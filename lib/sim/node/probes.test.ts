import { describe, expect, it } from "vitest";
import { podCells } from "../kinds/podprint";
import { parseScript, runProbe } from "./app";
import { setupKubelet as setup } from "./testing";
import { createCluster } from "../cluster";

/* eslint-disable @typescript-eslint/no-explicit-any */
const cs = (get: () => any) => get()!.status.containerStatuses[0];
const cond = (get: () => any, type: string) => get()!.status.conditions.find((c: any) => c.type === type)?.status;
const probe = (p: any) => ({ timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3, ...p });

describe("readiness probe", () => {
  it("runs at once when the container starts (manual trigger): nginx answers on :80 → Ready", () => {
    const { runUntil, get } = setup({ image: "nginx:1.25", readinessProbe: probe({ httpGet: { path: "/", port: 80 } }) });
    runUntil(1600);
    expect(cs(get).ready).toBe(true);
    expect(cond(get, "Ready")).toBe("True");
    expect(cond(get, "ContainersReady")).toBe("True");
  });

  it("waits initialDelaySeconds, then the next worker tick makes it ready", () => {
    const { runUntil, get } = setup({ image: "nginx:1.25", readinessProbe: probe({ httpGet: { path: "/", port: 80 }, initialDelaySeconds: 5 }) });
    runUntil(9_999);
    expect(cs(get).ready).toBe(false);
    expect(cond(get, "Ready")).toBe("False");
    expect(get()!.status.conditions.find((c: any) => c.type === "ContainersReady")).toMatchObject({ reason: "ContainersNotReady", message: "containers with unready status: [app]" });
    expect(podCells(get()!, 0)).toMatchObject({ ready: "0/1", status: "Running" });
    runUntil(10_000);
    expect(cs(get).ready).toBe(true);
  });

  it("slow-start app: connection refused until it listens 30 s after start; Unhealthy events", () => {
    const { log, runUntil, get } = setup({ image: "ghcr.io/reconcile/slow-start:v1", ports: [{ name: "http", containerPort: 8080 }],
      readinessProbe: probe({ httpGet: { path: "/readyz", port: "http" }, periodSeconds: 5 }) });
    runUntil(29_000);
    expect(cs(get).ready).toBe(false);
    const failed = log.filter((e) => e.reason === "Unhealthy");
    expect(failed[0]!.message).toBe('Readiness probe failed: Get "http://10.244.1.2:8080/readyz": dial tcp 10.244.1.2:8080: connect: connection refused');
    runUntil(31_000);
    expect(cs(get).ready).toBe(false);
    runUntil(35_000);
    expect(cs(get).ready).toBe(true);
    expect(cs(get).restartCount).toBe(0);
  });

  it("a ready app that starts failing goes NotReady after failureThreshold failures (not restarted)", () => {
    const { runUntil, get } = setup({ image: "ghcr.io/reconcile/unhealthy:v1", readinessProbe: probe({ httpGet: { path: "/healthz", port: 8080 } }) });
    runUntil(20_000);
    expect(cs(get).ready).toBe(true);
    // 500 from ~30.2 s: failures at 40, 50, 60 s → not ready at the third.
    runUntil(59_999);
    expect(cs(get).ready).toBe(true);
    runUntil(60_000);
    expect(cs(get).ready).toBe(false);
    expect(cs(get).restartCount).toBe(0);
  });
});

describe("liveness probe", () => {
  it("the exec tutorial: cat /tmp/healthy fails after rm, Killing, sh killed at the 30 s grace (137), restarted", () => {
    const { log, runUntil, get } = setup({ image: "busybox:1.36", args: ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"],
      livenessProbe: probe({ exec: { command: ["cat", "/tmp/healthy"] }, initialDelaySeconds: 5, periodSeconds: 5 }) });
    runUntil(34_000);
    expect(log.filter((e) => e.reason === "Unhealthy")).toEqual([]);
    runUntil(45_000);
    const unhealthy = log.filter((e) => e.reason === "Unhealthy");
    expect(unhealthy.map((e) => e.at)).toEqual([35_000, 40_000, 45_000]);
    expect(unhealthy[0]!.message).toBe("Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory");
    expect(log.at(-1)).toEqual({ at: 45_000, reason: "Killing", message: "Container app failed liveness probe, will be restarted" });
    expect(cs(get).state.running).toBeDefined();
    runUntil(74_999);
    expect(cs(get).restartCount).toBe(0);
    runUntil(76_000);
    expect(cs(get).restartCount).toBe(1);
    expect(cs(get).lastState.terminated).toMatchObject({ exitCode: 137, reason: "Error" });
    expect(cs(get).state.running).toBeDefined();
    expect(podCells(get()!, 76_000, 0).restarts).toMatch(/^1 \(/);
  });

  it("HTTP 500 from the unhealthy app: killed (server exits 0 on SIGTERM) and restarted; healthy again after restart", () => {
    const { log, runUntil, get } = setup({ image: "ghcr.io/reconcile/unhealthy:v1", livenessProbe: probe({ httpGet: { path: "/healthz", port: 8080 } }) });
    runUntil(61_000);
    expect(log.filter((e) => e.reason === "Unhealthy").map((e) => e.message)).toEqual(Array(3).fill("Liveness probe failed: HTTP probe failed with statuscode: 500"));
    expect(cs(get).restartCount).toBe(1);
    expect(cs(get).lastState.terminated).toMatchObject({ exitCode: 0, reason: "Completed" });
    expect(cs(get).state.running).toBeDefined();
  });

  it("nginx has no /healthz: 404", () => {
    const { log, runUntil } = setup({ image: "nginx:1.27", livenessProbe: probe({ httpGet: { path: "/healthz", port: 80 } }) });
    runUntil(10_000);
    expect(log.find((e) => e.reason === "Unhealthy")!.message).toBe("Liveness probe failed: HTTP probe failed with statuscode: 404");
  });

  it("tcpSocket on a port nothing listens on", () => {
    const { log, runUntil } = setup({ image: "redis:7", livenessProbe: probe({ tcpSocket: { port: 6380 } }) });
    runUntil(10_000);
    expect(log.find((e) => e.reason === "Unhealthy")!.message).toBe("Liveness probe failed: dial tcp 10.244.1.2:6380: connect: connection refused");
  });
});

describe("startup probe", () => {
  it("gates liveness and readiness: started=false until it succeeds, then ready", () => {
    const { log, runUntil, get } = setup({ image: "ghcr.io/reconcile/slow-start:v1",
      startupProbe: probe({ httpGet: { path: "/healthz", port: 8080 }, periodSeconds: 2, failureThreshold: 30 }),
      livenessProbe: probe({ httpGet: { path: "/healthz", port: 8080 }, periodSeconds: 1 }),
      readinessProbe: probe({ httpGet: { path: "/readyz", port: 8080 }, periodSeconds: 5 }) });
    runUntil(20_000);
    expect(cs(get).started).toBe(false);
    expect(cs(get).ready).toBe(false);
    expect(log.filter((e) => e.reason === "Unhealthy").every((e) => e.message.startsWith("Startup probe failed: "))).toBe(true);
    runUntil(33_000);
    expect(cs(get).started).toBe(true);
    expect(cs(get).ready).toBe(true);
    expect(cs(get).restartCount).toBe(0);
  });

  it("failing startup probe kills the container", () => {
    const { log, runUntil, get } = setup({ image: "ghcr.io/reconcile/slow-start:v1", startupProbe: probe({ tcpSocket: { port: 8080 }, periodSeconds: 2, failureThreshold: 3 }) });
    runUntil(7_000);
    expect(log.find((e) => e.reason === "Killing")!.message).toBe("Container app failed startup probe, will be restarted");
    runUntil(8_000);
    expect(cs(get).restartCount).toBe(1);
  });
});

describe("app behaviours", () => {
  it("batch image completes: exit 0 after 10 s, pod Succeeded with restartPolicy Never", () => {
    const { runUntil, get } = setup({ image: "ghcr.io/reconcile/batch:v1" }, { restartPolicy: "Never" });
    runUntil(9_000);
    expect(get()!.status.phase).toBe("Running");
    runUntil(12_000);
    expect(get()!.status.phase).toBe("Succeeded");
    expect(cs(get).state.terminated).toMatchObject({ exitCode: 0, reason: "Completed" });
    expect(podCells(get()!, 12_000).status).toBe("Completed");
  });

  it("demo images take N from env: EXIT_AFTER/EXIT_CODE, READY_AFTER", () => {
    const batch = setup({ image: "ghcr.io/reconcile/batch:v1", env: [{ name: "EXIT_AFTER", value: "3" }, { name: "EXIT_CODE", value: "2" }] }, { restartPolicy: "Never" });
    batch.runUntil(4_000);
    expect(cs(batch.get).state.terminated).toMatchObject({ exitCode: 2, reason: "Error" });
    const web = setup({ image: "ghcr.io/reconcile/web:v1", env: [{ name: "READY_AFTER", value: "12" }], readinessProbe: probe({ tcpSocket: { port: 8080 }, periodSeconds: 5 }) });
    web.runUntil(10_000);
    expect(cs(web.get).ready).toBe(false);
    web.runUntil(15_000);
    expect(cs(web.get).ready).toBe(true);
  });

  it("failing batch tag exits 1: pod Failed with Never", () => {
    const { runUntil, get } = setup({ image: "ghcr.io/reconcile/batch:fail" }, { restartPolicy: "Never" });
    runUntil(10_000);
    expect(get()!.status.phase).toBe("Failed");
    expect(podCells(get()!, 10_000).status).toBe("Error");
  });

  it("parseScript: sleeps add up, files appear and disappear, infinite loops never exit", () => {
    expect(parseScript(["sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"]))
      .toEqual({ exitAfterMs: 630_000, exitCode: 0, files: [{ path: "/tmp/healthy", fromMs: 0, untilMs: 30_000 }] });
    expect(parseScript(["sleep", "3600"])).toEqual({ exitAfterMs: 3_600_000, exitCode: 0, files: [] });
    expect(parseScript(["sh", "-c", "echo hi && sleep 2 && exit 3"])).toEqual({ exitAfterMs: 2000, exitCode: 3, files: [] });
    expect(parseScript(["sh", "-c", "while true; do echo x; sleep 1; done"])!.exitAfterMs).toBe(Infinity);
    expect(parseScript(["nginx", "-g", "daemon off;"])).toBeUndefined();
  });

  it("exec client probes succeed while the server serves", () => {
    expect(runProbe({ exec: { command: ["redis-cli", "ping"] } }, { image: "redis:7" }, "10.0.0.1", 1000)).toEqual({ ok: true, output: "" });
    expect(runProbe({ exec: { command: ["ls", "/ready"] } }, { image: "redis:7" }, "10.0.0.1", 1000)).toEqual({ ok: false, output: "ls: /ready: No such file or directory" });
  });
});

describe("probes in a cluster", () => {
  it("kubectl shows 0/1 then 1/1; Unhealthy events in the namespace", () => {
    const c = createCluster();
    c.kubectl("apply -f -", `apiVersion: v1
kind: Pod
metadata:
  name: slow
spec:
  containers:
  - name: app
    image: ghcr.io/reconcile/slow-start:v1
    readinessProbe:
      tcpSocket:
        port: 8080
      periodSeconds: 5
`);
    c.advance(3);
    expect(c.kubectl("get pod slow --no-headers").stdout).toMatch(/^slow\s+0\/1\s+Running\s+0\s/);
    c.advance(40);
    expect(c.kubectl("get pod slow --no-headers").stdout).toMatch(/^slow\s+1\/1\s+Running\s+0\s/);
    expect(c.kubectl("get events --field-selector reason=Unhealthy --no-headers").stdout).toMatch(/Readiness probe failed: dial tcp 10\.244\.\d+\.\d+:8080: connect: connection refused/);
  });
});

describe("probes and settle()", () => {
  const manifest = (probe: string) => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: app
    image: ghcr.io/reconcile/slow-start:v1
    readinessProbe:
${probe}
`;
  it("waits for a readiness probe that will still succeed (slow start), not for a steady one", () => {
    const c = createCluster();
    c.kubectl("apply -f -", manifest("      tcpSocket:\n        port: 8080\n      periodSeconds: 5"));
    c.settle();
    expect(c.kubectl("get pod p --no-headers").stdout).toMatch(/^p\s+1\/1\s+Running/);
    const settledAt = c.now();
    expect(settledAt).toBeGreaterThanOrEqual(30_000);
    expect(settledAt).toBeLessThan(40_000);
    c.settle();
    expect(c.now()).toBe(settledAt);
  });

  it("a probe that can never succeed does not hold settle()", () => {
    const c = createCluster();
    c.kubectl("apply -f -", manifest("      tcpSocket:\n        port: 9999"));
    c.settle();
    expect(c.now()).toBe(10_000); // the first worker tick, then only housekeeping
    expect(c.kubectl("get pod p --no-headers").stdout).toMatch(/^p\s+0\/1\s+Running/);
  });
});
