import { describe, expect, it } from "vitest";
import { podPhase } from "./phase";

// kubelet_pods.go getPhase with restartable init containers (sidecars).
describe("podPhase with sidecars", () => {
  const running = { state: { running: {} }, started: true };
  const done = { state: { terminated: { exitCode: 0 } } };
  const killed = { state: { terminated: { exitCode: 137 } } };

  it("a running sidecar keeps a Never pod Running after its main container exits", () => {
    expect(podPhase("Never", [running], [done], 1, [true], true)).toBe("Running");
  });
  it("a stopped sidecar does not count: the pod Succeeds (even when it was killed)", () => {
    expect(podPhase("Never", [killed], [done], 1, [true], true)).toBe("Succeeded");
  });
  it("a sidecar not started yet holds the pod Pending until it has initialized", () => {
    const notStarted = { state: { running: {} }, started: false };
    expect(podPhase("Always", [notStarted], [{ state: { waiting: { reason: "PodInitializing" } } }], 1, [true], false)).toBe("Pending");
    expect(podPhase("Always", [notStarted], [running], 1, [true], true)).toBe("Running");
  });
  it("a restarting sidecar (waiting after a crash) does not hold the phase", () => {
    const backoff = { state: { waiting: { reason: "CrashLoopBackOff" } }, lastState: { terminated: {} } };
    expect(podPhase("Always", [backoff], [running], 1, [true], true)).toBe("Running");
  });
});
