// kubectl-output KO-POD-* cases against printPod's READY/STATUS/RESTARTS (and AGE).
import { describe, expect, it } from "vitest";
import vectors from "../fidelity/k8s-vectors.json";
import type { KubeObject } from "../types";
import { podCells } from "./podprint";
import { podKind } from "./pod";
import { humanDuration } from "../util/duration";

/* eslint-disable @typescript-eslint/no-explicit-any */
const NOW = 1_000_000_000; // virtual ms; epoch 0 so timestamps are "now - ago"
const iso = (ms: number) => {
  // Build an RFC 3339 string for epoch ms without Date (test-local, seconds resolution).
  const s = Math.floor(ms / 1000);
  const days = Math.floor(s / 86400);
  const rem = s % 86400;
  const pad = (n: number) => String(n).padStart(2, "0");
  // 1970-01-DD is enough for the offsets used here (< 28 days).
  return `1970-01-${pad(days + 1)}T${pad(Math.floor(rem / 3600))}:${pad(Math.floor(rem / 60) % 60)}:${pad(rem % 60)}Z`;
};
const ago = (sec: number) => iso(NOW - sec * 1000);

function toPod(p: any): KubeObject {
  const spec: any = { containers: Array.from({ length: p.spec.containers }, (_, i) => ({ name: `c${i}` })) };
  if (p.spec.initContainers) spec.initContainers = Array.from({ length: p.spec.initContainers }, (_, i) => ({ name: `i${i}` }));
  const conv = (c: any) => {
    const out: any = { ...c };
    const lt = c.lastTerminationState?.terminated;
    if (lt) {
      out.lastState = { terminated: { ...lt, finishedAt: ago(lt.finishedAtAgoSeconds) } };
      delete out.lastTerminationState;
    }
    return out;
  };
  const status: any = { ...p.status };
  if (status.containerStatuses) status.containerStatuses = status.containerStatuses.map(conv);
  if (status.initContainerStatuses) status.initContainerStatuses = status.initContainerStatuses.map(conv);
  const created = p.age ? NOW - ageMs(p.age) : undefined;
  return {
    apiVersion: "v1", kind: "Pod", spec, status,
    metadata: { name: p.name, uid: "u", resourceVersion: "1", creationTimestamp: created === undefined ? "" : iso(created),
      ...(p.spec.deletionTimestampAgoSeconds ? { deletionTimestamp: ago(p.spec.deletionTimestampAgoSeconds) } : {}) },
  };
}
const ageMs = (a: string) => Number(a.slice(0, -1)) * (a.endsWith("m") ? 60_000 : 1000);

const cases = (vectors as any).cases.filter((c: any) => /^KO-POD-/.test(c.id));

describe("printPod cells", () => {
  it("has the KO-POD cases", () => expect(cases.length).toBe(15));
  for (const c of cases) {
    it(c.id, () => {
      const pod = toPod(c.input.pod);
      const cols = podKind.columns.filter((x) => x.priority === 0);
      const got = cols.map((x) => x.cell(pod, NOW, 0));
      // KO-POD-D07 gives age "1m", which HumanDuration never prints (60-119 s print as seconds);
      // the AGE cell is checked by the other cases and humanDuration's own test.
      if (c.id === "KO-POD-D07") expect(got.slice(0, 4)).toEqual(c.expected.cells.slice(0, 4));
      else expect(got).toEqual(c.expected.cells);
    });
  }
  it("Terminating / NodeLost → Unknown", () => {
    const pod = toPod({ name: "x", spec: { containers: 1, deletionTimestampAgoSeconds: 5 }, status: { phase: "Running", reason: "NodeLost" } });
    expect(podCells(pod, NOW, 0).status).toBe("Unknown");
  });
  it("humanDuration boundaries", () => {
    expect([119_000, 120_000, 150_000, 600_000, 3 * 3600_000, 864_000_000].map(humanDuration))
      .toEqual(["119s", "2m", "2m30s", "10m", "3h", "10d"]);
  });
});
