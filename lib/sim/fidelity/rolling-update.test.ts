// Fidelity: the rolling-update group of k8s-vectors.json. The fencepost cases (RU-RF-*) run
// through resolveFenceposts; the step-by-step sequences need the Deployment controller.
import { describe, expect, it } from "vitest";
import { resolveFenceposts } from "../controllers/deployment/fenceposts";
import vectors from "./k8s-vectors.json";

interface Case {
  id: string;
  group: string;
  input: Record<string, unknown>;
  expected: Record<string, unknown>;
}

const cases = (vectors.cases as Case[]).filter((c) => c.group === "rolling-update");
const fenceposts = cases.filter((c) => c.id.startsWith("RU-RF"));
const waiting = cases.filter((c) => !c.id.startsWith("RU-RF"));

type IntOrString = number | string | null;

describe("rolling-update fenceposts", () => {
  it("has fencepost cases to run", () => expect(fenceposts.length).toBeGreaterThan(10));
  for (const c of fenceposts) {
    it(c.id, () => {
      const { maxSurge, maxUnavailable, replicas } = c.input as { maxSurge: IntOrString; maxUnavailable: IntOrString; replicas: number };
      const run = () => resolveFenceposts(maxSurge, maxUnavailable, replicas);
      if (c.expected.error) expect(run).toThrow();
      else expect(run()).toEqual(c.expected);
    });
  }
});

describe("rolling-update sequences", () => {
  for (const c of waiting) it.todo(`${c.id}: needs the Deployment controller driven through the cluster loop`);
});
