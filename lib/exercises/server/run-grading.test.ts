import { describe, expect, it } from "vitest";
import { checks } from "@/content/01-why-kubernetes/01-what-kubernetes-does/exercise.checks";
import { exercise } from "@/content/01-why-kubernetes/01-what-kubernetes-does/exercise";
import { grade } from "../grade";
import { gradeOffLoop } from "./run-grading";

describe("gradeOffLoop", () => {
  it("gives the same verdict as a synchronous grade", async () => {
    const { outcome } = await gradeOffLoop(exercise, checks, checks.reference);
    expect(outcome).toEqual(grade(exercise, checks, checks.reference));
  });

  it("lets other work run between slices", async () => {
    // A fake clock where every step costs 2.5 ms: with 8 ms slices the grading yields every few
    // steps, and a 1 ms interval timer gets to run while the grading is still going.
    let t = 0;
    const clock = () => (t += 2.5);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    const grading = gradeOffLoop(exercise, checks, checks.reference, { cpuMs: 1e9, sliceMs: 8 }, clock);
    const { outcome } = await grading;
    clearInterval(ticker);
    expect(outcome.ok).toBe(true);
    expect(ticks).toBeGreaterThan(0);
  });

  it("stops at the CPU budget, counting only its own slices", async () => {
    let t = 0;
    const { outcome, cpuMs } = await gradeOffLoop(exercise, checks, checks.reference, { cpuMs: 20, sliceMs: 8 }, () => (t += 3));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.code).toBe("budget-exceeded");
    expect(cpuMs).toBeGreaterThan(20);
    expect(cpuMs).toBeLessThan(40);
  });
});
