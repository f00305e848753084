// Authoring safety for every exercise in the course: it is discovered, its start fails at
// least one check, the reference solution passes all of them, and each plausible wrong
// solution fails the intended check with the intended message.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTENT_DIR } from "@/lib/content/course";
import { EXERCISES } from "./catalog";
import { grade } from "./grade";
import { ALL_CHECKS, loadExercise } from "./server/registry";

const onDisk = (file: string) =>
  fs
    .readdirSync(CONTENT_DIR, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(`/${file}`))
    .map((f) => f.slice(0, -file.length - 1))
    .sort();

describe("exercise discovery", () => {
  it("lists every content/<module>/<lesson>/exercise.ts, each with its checks file, ids unique", () => {
    expect(EXERCISES.map((e) => e.lesson).sort()).toEqual(onDisk("exercise.ts"));
    expect(onDisk("exercise.checks.ts")).toEqual(onDisk("exercise.ts"));
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
    expect(ALL_CHECKS.map((c) => c.exerciseId).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
    for (const e of EXERCISES) expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("every checks file is server-only", () => {
    for (const dir of onDisk("exercise.checks.ts")) {
      expect(fs.readFileSync(`${CONTENT_DIR}/${dir}/exercise.checks.ts`, "utf8")).toMatch(/^import "server-only";/);
    }
  });
});

describe.each(EXERCISES.map((e) => [e.id] as const))("exercise %s", (id) => {
  const { exercise, checks } = loadExercise(id)!;
  const run = (actions: unknown) => {
    const out = grade(exercise, checks, actions);
    if (!out.ok) throw new Error(JSON.stringify(out.error));
    return out.report;
  };

  it("has a task, hints and check ids that are unique", () => {
    expect(exercise.task.length).toBeGreaterThan(100);
    expect(exercise.hints.length).toBeGreaterThan(0);
    expect(new Set(checks.checks.map((c) => c.id)).size).toBe(checks.checks.length);
  });

  it("the starting state fails at least one check", () => {
    expect(run([]).results.some((r) => !r.passed)).toBe(true);
  });

  it("the reference solution passes every check", () => {
    const report = run(checks.reference);
    expect(report.results.filter((r) => !r.passed)).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it.each((checks.wrong ?? []).map((w) => [w.name, w] as const))("wrong solution '%s' fails with the intended message", (_name, wrong) => {
    const report = run(wrong.actions);
    const result = report.results.find((r) => r.id === wrong.fails);
    expect(result, `no check ${wrong.fails}`).toBeDefined();
    expect(result!.passed, result!.message).toBe(false);
    if (wrong.message) expect(result!.message).toContain(wrong.message);
    expect(report.passed).toBe(false);
  });
});

describe("follow-the-scheduler", () => {
  it("api is already scheduled on a worker in the starting cluster (the solutions name its node)", async () => {
    const { API_NODE } = await import("@/content/01-why-kubernetes/02-cluster-anatomy/exercise.checks");
    expect(API_NODE).toMatch(/^kind-worker2?$/);
  });
});
