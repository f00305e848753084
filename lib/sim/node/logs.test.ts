import { describe, expect, it } from "vitest";
import { containerLogs, rfc3339Nano } from "./logs";
import { EPOCH_MS } from "../clock";

const pod = (container: object, status: object) => ({ metadata: { name: "p" }, spec: { containers: [{ name: "c", ...container }] }, status: { containerStatuses: [{ name: "c", ...status }] } });
const texts = (r: ReturnType<typeof containerLogs>) => ("lines" in r ? r.lines.map((l) => l.text) : r.error);

describe("containerLogs", () => {
  it("prints busybox echoes as virtual time passes, repeating a while loop", () => {
    const p = pod({ image: "busybox", command: ["sh", "-c", "echo start; while true; do echo tick; sleep 5; done"] }, { state: { running: { startedAt: "2026-01-01T00:00:00Z" } } });
    expect(texts(containerLogs(p, "c", "current", 12_000, EPOCH_MS))).toEqual(["start", "tick", "tick", "tick"]);
  });

  it("a batch job reports progress until it finishes", () => {
    const p = pod({ image: "ghcr.io/reconcile/batch:fail" }, { state: { terminated: { startedAt: "2026-01-01T00:00:01Z", finishedAt: "2026-01-01T00:00:06Z", exitCode: 1 } } });
    expect(texts(containerLogs(p, "c", "current", 60_000, EPOCH_MS))).toEqual(["batch: processing 5 items", "batch: processed 1/5", "batch: processed 2/5", "batch: processed 3/5", "batch: processed 4/5", "batch: error: item 3 failed (exit code 1)"]);
  });

  it("is pure: the same pod and time give the same lines", () => {
    const p = pod({ image: "redis:7" }, { state: { running: { startedAt: "2026-01-01T00:00:00Z" } } });
    expect(containerLogs(p, "c", "current", 5000, EPOCH_MS)).toEqual(containerLogs(p, "c", "current", 5000, EPOCH_MS));
  });

  it("stamps RFC3339Nano with trailing zeros trimmed", () => {
    expect(rfc3339Nano({ atMs: 1500, nanos: 0, text: "" }, EPOCH_MS)).toBe("2026-01-01T00:00:01.5Z");
    expect(rfc3339Nano({ atMs: 2000, nanos: 120, text: "" }, EPOCH_MS)).toBe("2026-01-01T00:00:02.00000012Z");
  });
});
