// Check code must never reach the browser. The build-level proof (search .next/static for the
// canary in exercise.checks.ts) needs `next build`; this is the fast static half: only server
// code imports the checks files or lib/exercises/server, and the canary lives only there.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHECKS_CANARY } from "@/content/01-why-kubernetes/01-what-kubernetes-does/exercise.checks";

const ROOT = process.cwd();
const sources = (dir: string): string[] =>
  fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx|mts)$/.test(f) && !f.includes("node_modules"))
    .map((f) => path.join(dir, f));

const SERVER_ONLY_IMPORT = /from\s+["'][^"']*(exercise\.checks|lib\/exercises\/server|\.\.?\/server\/)[^"']*["']|import\(\s*["'][^"']*exercise\.checks/;
// Who may import them: API routes, the grader itself, tests, scripts, and any module marked
// `import "server-only"` (the build fails if a client component reaches one of those).
const SERVER_ONLY_MARK = /^import\s+["']server-only["'];?$/m;
const allowed = (f: string) =>
  f.startsWith("app/api/") || f.startsWith("lib/exercises/server/") || /\.test\.tsx?$/.test(f) || f.startsWith("scripts/") ||
  SERVER_ONLY_MARK.test(fs.readFileSync(path.join(ROOT, f), "utf8"));

describe("leak-proofing (static)", () => {
  it("no client-reachable module imports exercise checks or the grader", () => {
    const offenders = [...sources("app"), ...sources("lib"), ...sources("content")].filter((f) => !allowed(f) && SERVER_ONLY_IMPORT.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("the canary appears in its checks file only", () => {
    expect(CHECKS_CANARY).toMatch(/^reconcile-checks-canary-/);
    const holders = [...sources("app"), ...sources("lib"), ...sources("content")].filter((f) => !/\.test\.tsx?$/.test(f) && fs.readFileSync(path.join(ROOT, f), "utf8").includes(CHECKS_CANARY));
    expect(holders).toEqual(["content/01-why-kubernetes/01-what-kubernetes-does/exercise.checks.ts"]);
  });

  it("every module under lib/exercises/server is marked server-only", () => {
    for (const f of sources("lib/exercises/server").filter((f) => !/\.test\.ts$/.test(f))) {
      expect(fs.readFileSync(path.join(ROOT, f), "utf8"), f).toMatch(/^import "server-only";/);
    }
  });
});
