// Fidelity cases the simulator cannot express yet, listed by id so none is silently dropped
// (WL-EVT/WL-RV cases live in watch-lifecycle-api.test.ts). Move each case to its group's test
// file as the engine grows; this file should shrink to nothing.
import { describe, expect, it } from "vitest";
import vectors from "./k8s-vectors.json";

interface Case {
  id: string;
  group: string;
}

const cases = vectors.cases as Case[];
const pending: { reason: string; select: (c: Case) => boolean }[] = [
  // deployment: engine cases run in deployment.test.ts, kubectl rollout texts in rollout.test.ts.
];

it("has nothing left waiting", () => expect(pending.flatMap(({ select }) => cases.filter(select))).toEqual([]));

for (const { reason, select } of pending) {
  describe(reason, () => {
    const ids = cases.filter(select).map((c) => c.id);
    it("lists the cases it is waiting for", () => expect(ids.length).toBeGreaterThan(0));
    for (const id of ids) it.todo(`${id}: ${reason}`);
  });
}
