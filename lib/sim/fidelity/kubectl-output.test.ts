// Fidelity cases of group "kubectl-output": AGE (util/duration), headers from KindSpec columns,
// tables through the kubectl tabwriter. Cases that need `kubectl` itself (empty lists, errors,
// name printer, delete text) are todo until kubectl/run.ts exists; pod STATUS/READY/RESTARTS
// cells run in kinds/podprint.test.ts against pod.ts's columns (node helper).
import { describe, expect, it } from "vitest";
import vectors from "./k8s-vectors.json";
import type { KindSpec } from "../types";
import { humanDuration } from "../util/duration";
import { formatTable } from "../kubectl/tabwriter";
import { podKind } from "../kinds/pod";
import { endpointsKind } from "../kinds/endpoints";
import { pvcKind } from "../kinds/persistentvolumeclaim";

/* eslint-disable @typescript-eslint/no-explicit-any */
const cases: any[] = (vectors as any).cases.filter((c: any) => c.group === "kubectl-output");

const headers = (k: KindSpec, wide: boolean) =>
  k.columns.filter((c) => wide || c.priority === 0).map((c) => c.name.toUpperCase());

const kindsByCommand: Record<string, KindSpec> = {
  "kubectl get endpoints": endpointsKind,
  "kubectl get persistentvolumeclaims": pvcKind,
};

describe("fidelity: kubectl-output", () => {
  it("covers every kubectl-output case", () => expect(cases.length).toBe(58));

  for (const c of cases.filter((c) => /^KO-AGE/.test(c.id))) {
    it(`${c.id} HumanDuration(${c.input.durationMs} ms) = ${c.expected.age}`, () => {
      expect(humanDuration(c.input.durationMs)).toBe(c.expected.age);
    });
  }

  for (const c of cases.filter((c) => /^KO-COL/.test(c.id))) {
    const kind = kindsByCommand[c.input.command];
    if (!kind) {
      it.todo(`${c.id} ${c.input.command}: kind not registered yet (workloads helper)`);
      continue;
    }
    it(`${c.id} ${c.input.command} headers`, () => {
      expect(headers(kind, false)).toEqual(c.expected.headers);
      expect(headers(kind, true)).toEqual(c.expected.wideHeaders);
    });
  }

  it("KO-TBL-02 pods -o wide through the tabwriter", () => {
    const c = cases.find((c) => c.id === "KO-TBL-02");
    expect(formatTable([headers(podKind, true), ...c.input.rows])).toBe(c.expected.stdout);
  });

  for (const c of cases.filter((c) => /^KO-POD/.test(c.id))) {
    it.todo(`${c.id} pod cells: asserted in kinds/podprint.test.ts against podKind columns`);
  }
  for (const c of cases.filter((c) => /^KO-(EMPTY|ERR|NAME|DEL)/.test(c.id))) {
    it.todo(`${c.id} ${c.input.command}: needs runKubectl (kubectl/ phase 3, not built yet)`);
  }
});
