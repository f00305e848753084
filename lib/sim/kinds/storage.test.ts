import { describe, expect, it } from "vitest";
import vectors from "../fidelity/k8s-vectors.json";
import { pvcKind } from "./persistentvolumeclaim";
import { nodeKind } from "./node";
import { createNodeObjects } from "../node/nodes";
import type { KubeObject } from "../types";

/* eslint-disable @typescript-eslint/no-explicit-any */
const byId = (id: string) => (vectors as any).cases.find((c: any) => c.id === id);
const headers = (cols: readonly { name: string; priority: number }[], wide: boolean) =>
  cols.filter((c) => wide || c.priority === 0).map((c) => c.name.toUpperCase());

describe("storage and node kinds", () => {
  it("KO-COL-12 PVC headers", () => {
    const c = byId("KO-COL-12");
    expect(headers(pvcKind.columns, false)).toEqual(c.expected.headers);
    expect(headers(pvcKind.columns, true)).toEqual(c.expected.wideHeaders);
  });
  it("default nodes look like kind", () => {
    const nodes = createNodeObjects() as KubeObject[];
    expect(nodes.map((n) => n.metadata.name)).toEqual(["kind-control-plane", "kind-worker", "kind-worker2"]);
    const cells = nodes.map((n) => nodeKind.columns.filter((c) => c.name !== "Age").map((c) => c.cell(n, 0)));
    expect(cells[0]).toEqual(["kind-control-plane", "Ready", "control-plane", "v1.34.0", "172.18.0.2", "<none>",
      "Debian GNU/Linux 12 (bookworm)", "6.8.0-1015-gcp", "containerd://2.1.3"]);
    expect(cells[2]![2]).toBe("<none>");
    nodes[1]!.spec.unschedulable = true;
    expect(nodeKind.columns[1]!.cell(nodes[1]!, 0)).toBe("Ready,SchedulingDisabled");
  });
});
